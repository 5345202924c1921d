/// The dashboard's panes.
public enum Pane: Int, CaseIterable, Sendable {
  case accounts, contacts, timeline

  var title: String {
    switch self {
    case .accounts: return "Accounts"
    case .contacts: return "Contacts"
    case .timeline: return "Equity"
    }
  }
}

/// Where each pane goes for a terminal size.
///
/// - wide (100 columns or more): accounts and contacts side by side, the timeline below; the
///   accounts pane no wider than its names need, never narrower than
///   `accountsAtLeast` nor wider than eleven twentieths;
/// - medium (60 or more, 16 rows or more): accounts on the left, contacts over the timeline on the right;
/// - narrow: the focused pane alone, with tabs to show the others;
/// - below 20x6: no panes, a "window too small" notice.
struct Layout: Equatable {
  static let minimumWidth = 20
  static let minimumHeight = 6
  /// The accounts pane's width in the wide layout when the names need less: what it has at 120
  /// columns, so that only wider windows give the rest to the contacts.
  static let accountsAtLeast = 66

  var width: Int
  var height: Int
  /// The title row (row 0), when there is room for it.
  var titleRow: Int?
  /// The tabs row in narrow layouts.
  var tabsRow: Int?
  var statusRow: Int
  var panes: [Pane: Rect]

  var tooSmall: Bool { width < Layout.minimumWidth || height < Layout.minimumHeight }

  /// `accountsWidth` is what the accounts pane needs to show its names whole (up to a cap): in
  /// the wide layout it takes no more, and the contacts pane beside it gets the rest.
  init(width: Int, height: Int, focus: Pane, accountsWidth: Int? = nil) {
    self.width = width
    self.height = height
    statusRow = height - 1
    panes = [:]
    guard width >= Layout.minimumWidth, height >= Layout.minimumHeight else { return }
    let top = height >= 10 ? 1 : 0
    titleRow = top == 1 ? 0 : nil
    let bodyHeight = height - top - 1
    if width >= 100, height >= 20 {
      let upper = max(8, bodyHeight * 11 / 20)
      let left = min(width * 11 / 20, max(Layout.accountsAtLeast, accountsWidth ?? .max))
      panes[.accounts] = Rect(x: 0, y: top, width: left, height: upper)
      panes[.contacts] = Rect(x: left, y: top, width: width - left, height: upper)
      panes[.timeline] = Rect(x: 0, y: top + upper, width: width, height: bodyHeight - upper)
    } else if width >= 60, height >= 16 {
      let left = width * 9 / 20
      let upper = bodyHeight / 2
      panes[.accounts] = Rect(x: 0, y: top, width: left, height: bodyHeight)
      panes[.contacts] = Rect(x: left, y: top, width: width - left, height: upper)
      panes[.timeline] = Rect(x: left, y: top + upper, width: width - left, height: bodyHeight - upper)
    } else {
      tabsRow = top
      panes[focus] = Rect(x: 0, y: top + 1, width: width, height: bodyHeight - 1)
    }
  }

  /// The pane under a cell, if any.
  func pane(atX x: Int, y: Int) -> Pane? {
    panes.first { $0.value.contains(x: x, y: y) }?.key
  }
}
