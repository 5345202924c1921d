/// The dashboard's modes as the key listing names them.
public enum KeyMode: CaseIterable, Sendable {
  case normal, filter, review, form, question, confirm, overlay, plan, agenda, conflicts, terminal
}

/// The key tables of every mode, one per mode (see `NormalKeys` and `ModeKeys`): each drives
/// its mode's handling, and the `?` help, `rapport keys` and the README's key tables are made
/// from them.
public enum KeyMap {
  /// A mode's table as the listing needs it: its name, its sections, its duplicates.
  static func listing(of mode: KeyMode) -> [KeyListing] {
    switch mode {
    case .normal: return normal.listing
    case .filter: return filter.listing
    case .review: return review.listing
    case .form: return form.listing
    case .question: return question.listing
    case .confirm: return confirm.listing
    case .overlay: return overlay.listing
    case .plan: return plan.listing
    case .agenda: return agenda.listing
    case .conflicts: return conflicts.listing
    case .terminal: return terminal.listing
    }
  }

  /// Every mode's keys, those of `first` first, then the others in their usual order.
  public static func listing(first: KeyMode = .normal) -> [KeyListing] { listings[first]! }

  /// The listings for each mode first, made once.
  private static let listings: [KeyMode: [KeyListing]] = Dictionary(
    uniqueKeysWithValues: KeyMode.allCases.map { first in
      (first, ([first] + KeyMode.allCases.filter { $0 != first }).flatMap(listing(of:)))
    })

  /// Columns for the keys in a listing: the widest keys and two spaces, at most 24.
  public static let keyColumnWidth: Int = min(
    24, 2 + listing().flatMap(\.entries).map { DisplayWidth.of($0.keys) }.max()!)

  /// Every mode's table as Markdown, for the README (`rapport keys --markdown`).
  public static func markdown() -> String {
    [
      normal.markdown, filter.markdown, review.markdown, form.markdown, question.markdown, confirm.markdown,
      overlay.markdown, plan.markdown, agenda.markdown, conflicts.markdown, terminal.markdown,
    ]
    .joined(separator: "\n")
  }
}
