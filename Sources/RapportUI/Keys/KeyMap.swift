/// Everything a key can ask the dashboard to do.
public enum Action: String, CaseIterable, Sendable {
  case quit, help, nextPane, previousPane, focusLeft, focusRight
  case up, down, pageUp, pageDown, top, bottom
  case open, back, filter, sort, tier, zoomIn, zoomOut
  case showAccounts, showContacts, showTimeline
  case deposit, withdrawal, favourGiven, favourAsked, undo, redo
  case editContact, editAccount, addContact, addAccount, review
}

/// One line of the key map: keys, what they do, and where.
public struct Binding: Sendable {
  public var keys: [Key]
  public var action: Action
  public var summary: String
  public var section: String
}

/// The single source of truth for keys: the dashboard's handling, the `?` help screen and the
/// README's key list are all made from this table.
public enum KeyMap {
  public static let bindings: [Binding] = [
    Binding(keys: [.down, .character("j")], action: .down, summary: "Move down", section: "Move"),
    Binding(keys: [.up, .character("k")], action: .up, summary: "Move up", section: "Move"),
    Binding(keys: [.pageDown, .control("f")], action: .pageDown, summary: "Page down", section: "Move"),
    Binding(keys: [.pageUp, .control("b")], action: .pageUp, summary: "Page up", section: "Move"),
    Binding(keys: [.home, .character("<")], action: .top, summary: "First row", section: "Move"),
    Binding(keys: [.end, .character(">"), .character("G")], action: .bottom, summary: "Last row", section: "Move"),
    Binding(keys: [.tab], action: .nextPane, summary: "Next pane", section: "Panes"),
    Binding(keys: [.character("1")], action: .showAccounts, summary: "Accounts pane", section: "Panes"),
    Binding(keys: [.character("2")], action: .showContacts, summary: "Contacts pane", section: "Panes"),
    Binding(keys: [.character("3")], action: .showTimeline, summary: "Equity timeline pane", section: "Panes"),
    Binding(keys: [.backTab], action: .previousPane, summary: "Previous pane", section: "Panes"),
    Binding(
      keys: [.right, .character("l")], action: .focusRight, summary: "Pane to the right / below", section: "Panes"),
    Binding(keys: [.left, .character("h")], action: .focusLeft, summary: "Pane to the left / above", section: "Panes"),
    Binding(keys: [.enter], action: .open, summary: "Account detail: culture, do's, don'ts, people", section: "Panes"),
    Binding(keys: [.escape], action: .back, summary: "Close, or clear the filter", section: "Panes"),
    Binding(keys: [.character("/")], action: .filter, summary: "Filter accounts as you type", section: "Accounts"),
    Binding(
      keys: [.character("s")], action: .sort, summary: "Sort by drift, name, equity, last touch", section: "Accounts"),
    Binding(keys: [.character("t")], action: .tier, summary: "Show tier A, B, C or all", section: "Accounts"),
    Binding(
      keys: [.character("+"), .character("=")], action: .zoomIn, summary: "Timeline: finer (quarters, months, weeks)",
      section: "Timeline"),
    Binding(keys: [.character("-")], action: .zoomOut, summary: "Timeline: coarser", section: "Timeline"),
    Binding(keys: [.character("d")], action: .deposit, summary: "Record a deposit", section: "Record"),
    Binding(keys: [.character("w")], action: .withdrawal, summary: "Record a withdrawal", section: "Record"),
    Binding(keys: [.character("g")], action: .favourGiven, summary: "Record a favour given", section: "Record"),
    Binding(
      keys: [.character("a")], action: .favourAsked, summary: "Record a favour asked (it counts too)",
      section: "Record"),
    Binding(keys: [.character("u")], action: .undo, summary: "Undo the last recorded event", section: "Record"),
    Binding(keys: [.control("r")], action: .redo, summary: "Redo what was undone", section: "Record"),
    Binding(keys: [.character("e")], action: .editContact, summary: "Edit the selected contact", section: "Edit"),
    Binding(keys: [.character("E")], action: .editAccount, summary: "Edit the selected account", section: "Edit"),
    Binding(keys: [.character("C")], action: .addContact, summary: "Add a contact to the account", section: "Edit"),
    Binding(keys: [.character("A")], action: .addAccount, summary: "Add an account", section: "Edit"),
    Binding(
      keys: [.character("r")], action: .review,
      summary: "Review who drifts, worst first: d deposit, p plan, z snooze, n next, k back, q end", section: "Review"),
    Binding(keys: [.character("?"), .function(1)], action: .help, summary: "This help", section: "General"),
    Binding(keys: [.character("q"), .control("c")], action: .quit, summary: "Quit", section: "General"),
  ]

  /// Keys in the forms that record and edit, listed with the others.
  public static let formKeys: [(keys: String, summary: String)] = [
    ("Enter", "Save the form"), ("Esc", "Cancel (twice when something was changed)"),
    ("Tab Shift-Tab", "Next and previous field (↓ ↑ outside lists and text)"),
    ("1-9 ↑ ↓", "Pick from a list; typing narrows it"), ("+ -", "Weight up or down by one"),
    ("Ctrl-J Alt-Enter", "New line in a longer field"),
    ("Ctrl-U Ctrl-K Ctrl-W", "Delete to the start or end of the line, or the word before"),
  ]

  /// Keys and mouse actions handled by the terminal layer itself, listed with the others.
  public static let terminalKeys: [(keys: String, summary: String)] = [
    ("Ctrl-L", "Redraw the screen"), ("Ctrl-Z", "Suspend to the shell (fg resumes)"),
    ("click", "Select a row or focus a pane"), ("wheel", "Scroll the pane under the pointer"),
  ]

  private static let table: [Key: Action] = {
    var table: [Key: Action] = [:]
    for binding in bindings {
      for key in binding.keys {
        precondition(table[key] == nil, "\(key.label) is bound twice")
        table[key] = binding.action
      }
    }
    return table
  }()

  public static func action(for key: Key) -> Action? { table[key] }

  /// The first key bound to an action, as a label for hints.
  public static func label(_ action: Action) -> String {
    bindings.first { $0.action == action }?.keys.first?.label ?? ""
  }

  /// Sections in the order they first appear.
  public static var sections: [String] {
    var seen: [String] = []
    for binding in bindings where !seen.contains(binding.section) { seen.append(binding.section) }
    return seen
  }

  /// Every key by section, the terminal's own last: each entry the keys' labels and what they do.
  public static var listing: [(section: String, entries: [(keys: String, summary: String)])] {
    sections.map { section in
      (
        section,
        bindings.filter { $0.section == section }.map { ($0.keys.map(\.label).joined(separator: " "), $0.summary) }
      )
    } + [("Forms", formKeys), ("Terminal", terminalKeys)]
  }

  /// Columns for the keys in a listing: the widest keys and two spaces, at most 24.
  public static var keyColumnWidth: Int {
    min(24, 2 + listing.flatMap(\.entries).map { DisplayWidth.of($0.keys) }.max()!)
  }

  /// The key list as Markdown, for the README (`rapport keys --markdown`).
  public static func markdown() -> String {
    var out = "| keys | action |\n|---|---|\n"
    for section in sections {
      for binding in bindings where binding.section == section {
        let keys = binding.keys.map { "`\($0.label)`" }.joined(separator: " ")
        out += "| \(keys) | \(binding.summary) |\n"
      }
    }
    for (keys, summary) in formKeys + terminalKeys { out += "| `\(keys)` | \(summary) |\n" }
    return out
  }
}
