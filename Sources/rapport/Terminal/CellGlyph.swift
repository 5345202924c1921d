import CNCurses

/// The characters sent to ncurses for one cell: a whole grapheme cluster when one cell can hold
/// it, so that an emoji ZWJ sequence (👩‍💻, 👨‍👩‍👧) reaches the terminal whole.
///
/// An ncurses cell (`cchar_t`) holds at most `CCHARW_MAX` wide characters (5 in ncurses 6.4).
/// A longer cluster (👨‍👩‍👧‍👦 is seven) is cut to its first character and the non-spacing ones
/// right after it (a variation selector, a combining mark), never a joiner: 👨 in the same two
/// columns `DisplayWidth` counts for the cluster, so the screen never shifts. A cluster of one
/// character and its combining marks keeps as many marks as fit. tmux 3.3 shows a ZWJ sequence
/// sent whole in two columns; a terminal that draws it as several glyphs cannot be helped here.
enum CellGlyph {
  /// How many characters one ncurses cell holds.
  static let capacity = Int(rapport_cchar_max())

  /// The scalars of `text` (one grapheme cluster) to put in one cell; empty text is a space.
  static func scalars(_ text: String, capacity: Int = capacity) -> [Unicode.Scalar] {
    let all = Array(text.unicodeScalars)
    guard let first = all.first else { return [" "] }
    if all.count <= capacity { return all }
    var kept = [first]
    for scalar in all.dropFirst() {
      guard kept.count < capacity, isNonSpacing(scalar) else { break }
      kept.append(scalar)
    }
    return kept
  }

  /// A mark or selector that joins the character before it; the zero-width joiner is not one
  /// (it asks for the next spacing character to join).
  private static func isNonSpacing(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value == 0x200D { return false }
    if (0xFE00...0xFE0F).contains(scalar.value) || (0xE0100...0xE01EF).contains(scalar.value) { return true }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .spacingMark: return true
    default: return false
    }
  }
}
