/// Everything a key can ask of the dashboard in its normal mode, over the panes.
public enum Action: String, CaseIterable, Sendable {
  case quit, help, nextPane, previousPane, focusLeft, focusRight
  case up, down, pageUp, pageDown, top, bottom
  case open, back, filter, sort, reverseSort, tier, owner, zoomIn, zoomOut
  case showAccounts, showContacts, showTimeline
  case deposit, withdrawal, favourGiven, favourAsked, undo, redo, void, correct
  case editContact, editAccount, addContact, addAccount, review
  case promise, keepPromise, missPromise, dropPromise
  case keyPlan, agenda, brief
  case archive, showArchived
  case sync
  /// A click on a row or a pane, and the wheel over a pane.
  case click, wheel
}

extension KeyMap {
  /// The normal mode's keys: the panes, the list, recording and editing.
  public static let normal = KeyTable<Action>(
    mode: "Normal",
    [
      bind([.down, .character("j")], .down, "Move down", in: "Move"),
      bind([.up, .character("k")], .up, "Move up", in: "Move"),
      bind([.pageDown, .control("f")], .pageDown, "Page down", in: "Move"),
      bind([.pageUp, .control("b")], .pageUp, "Page up", in: "Move"),
      bind([.home, .character("<")], .top, "First row", in: "Move"),
      bind([.end, .character(">"), .character("G")], .bottom, "Last row", in: "Move"),
      bind([.tab], .nextPane, "Next pane", in: "Panes", hint: "pane"),
      bind([.character("1")], .showAccounts, "Accounts pane", in: "Panes"),
      bind([.character("2")], .showContacts, "Contacts pane", in: "Panes"),
      bind([.character("3")], .showTimeline, "Equity timeline pane", in: "Panes"),
      bind([.backTab], .previousPane, "Previous pane", in: "Panes"),
      bind([.right, .character("l")], .focusRight, "Pane to the right / below", in: "Panes"),
      bind([.left, .character("h")], .focusLeft, "Pane to the left / above", in: "Panes"),
      bind(
        [.enter], .open, "Account detail, or the event's in the timeline", in: "Panes", hint: "detail"),
      bind([.escape], .back, "Close, or clear the filter", in: "Panes"),
      bind(
        [.character("/")], .filter, "Search accounts and their contacts as you type", in: "Accounts", hint: "filter"),
      bind(
        [.character("s")], .sort, "Sort by drift, name, equity, decayed equity, last touch (oldest first)",
        in: "Accounts", hint: "sort"),
      bind([.character("S")], .reverseSort, "Reverse the sort (the list's title says which way)", in: "Accounts"),
      bind([.character("t")], .tier, "Show tier A, B, C or all", in: "Accounts", hint: "tier"),
      bind(
        [.character("m")], .owner, "Show my accounts, then each other owner's, then all (r and D follow it)",
        in: "Accounts"),
      bind(
        [.character("+"), .character("=")], .zoomIn, "Timeline: finer (quarters, months, weeks)", in: "Timeline",
        hint: "zoom"),
      bind([.character("-")], .zoomOut, "Timeline: coarser", in: "Timeline"),
      bind([.character("d")], .deposit, "Record a deposit", in: "Record"),
      bind([.character("w")], .withdrawal, "Record a withdrawal", in: "Record"),
      bind([.character("g")], .favourGiven, "Record a favour given", in: "Record"),
      bind([.character("a")], .favourAsked, "Record a favour asked (it counts too)", in: "Record"),
      bind(
        [.character("u")], .undo,
        "Undo your own last event, void, correction or promise; a line without by: is yours only in a solo store",
        in: "Record"),
      bind([.control("r")], .redo, "Redo what was undone", in: "Record"),
      bind(
        [.character("v")], .void, "Void the event selected in the timeline (v again to confirm)", in: "Timeline",
        hint: "void"),
      bind(
        [.character("c")], .correct,
        "Correct the event selected in the timeline: void it, record the form in its place",
        in: "Timeline", hint: "correct"),
      bind([.character("e")], .editContact, "Edit the selected contact", in: "Edit"),
      bind([.character("E")], .editAccount, "Edit the selected account", in: "Edit"),
      bind([.character("C")], .addContact, "Add a contact to the account", in: "Edit"),
      bind([.character("A")], .addAccount, "Add an account", in: "Edit"),
      bind(
        [.character("Z")], .archive,
        "Archive or unarchive the selected contact (contacts pane) or account: asks, y does it", in: "Edit",
        hint: "archive"),
      bind([.character("z")], .showArchived, "Show or hide archived accounts and contacts", in: "Accounts"),
      bind(
        [.character("P")], .promise, "Make a promise to the account, or the selected contact", in: "Record",
        hint: "promise"),
      bind(
        [.character("K")], .keepPromise, "Keep a promise: asks, then records promise-kept +2", in: "Record",
        hint: "keep"),
      bind(
        [.character("M")], .missPromise, "Mark a promise missed: asks, then records missed-promise -3",
        in: "Record", hint: "miss"),
      bind(
        [.character("X")], .dropPromise, "Drop a promise, saying why: records nothing", in: "Record", hint: "drop"),
      bind(
        [.character("o")], .keyPlan, "The account's key account plan: objectives, initiatives, review day",
        in: "Plan", hint: "plan"),
      bind(
        [.character("D")], .agenda, "The agenda: what is due in the next days, overdue first (of the owner m shows)",
        in: "Plan",
        hint: "agenda"),
      bind(
        [.character("b")], .brief,
        "The account's brief: facts, story, culture, people, promises, plans, drift (w in it writes it)",
        in: "Plan"),
      bind(
        [.character("r")], .review, "Review who drifts, worst first, of the owner m shows (keys: During a review)",
        in: "Review"),
      bind(
        [.character("Y")], .sync,
        "Sync with the team through the store's git repository: commit, pull, merge, check, push. Git may not"
          + " ask anything here (no terminal prompts, ssh in batch mode): when it needs a password or a key's"
          + " passphrase, run rapport sync in a shell once",
        in: "Team", hint: "sync"),
      bind([.character("?"), .function(1)], .help, "This help", in: "General", hint: "help"),
      bind([.character("q"), .control("c")], .quit, "Quit", in: "General", hint: "quit"),
      bind(
        patterns: [.mouse(.press)], .click, "Select a row or focus a pane; on a header, sort by it (twice: reversed)",
        in: "Mouse"),
      bind(patterns: [.mouse(.wheelUp), .mouse(.wheelDown)], .wheel, "Scroll the pane under the pointer", in: "Mouse"),
    ])
}
