/// What a key does while the accounts filter is typed.
public enum FilterAction: CaseIterable, Hashable, Sendable { case type, edit, keep, clear, walk, quit }

/// What a key does during a review, before the normal mode's keys.
public enum ReviewAction: CaseIterable, Hashable, Sendable {
  case deposit, plan, snooze, skip, next, back, end, scrollDown, scrollUp
  /// Keys that would change the accounts list under the card, refused until the review ends.
  case held, heldOnCard
}

/// What a key does in a form.
public enum FormAction: CaseIterable, Hashable, Sendable {
  case save, cancel, nextField, previousField, upDown, newLine, weight, wholeAccount, edit, type
}

/// What a key does while Rapport asks whether a contact's next job is still the one they want.
public enum QuestionAction: CaseIterable, Hashable, Sendable { case edit, keep }

/// What a key does while Rapport asks to keep a promise or mark it missed.
public enum ConfirmAction: CaseIterable, Hashable, Sendable { case confirm, cancel, another }

/// What a key does over the help or an account's detail.
public enum OverlayAction: CaseIterable, Hashable, Sendable {
  case close, down, up, pageDown, pageUp, top, bottom, wheel, quit
  /// In an event's detail: void it, or correct it.
  case void, correct
  /// In a brief: write it to a Markdown file.
  case write
}

/// What a key does in the conflict form, when a sync stopped on fields both sides changed.
public enum ConflictAction: CaseIterable, Hashable, Sendable {
  case down, up, ours, theirs, allOurs, allTheirs, sync, leave
}

/// Keys the terminal takes before the dashboard sees them, in every mode.
public enum TerminalAction: CaseIterable, Hashable, Sendable { case redraw, suspend }

extension KeyMap {
  static let filterSection = "While filtering"
  static let reviewSection = "During a review (the other keys work too)"
  static let formSection = "In a form"
  static let questionSection = "Asked whether a next job still holds"
  static let overlaySection = "In the help and the detail"
  static let confirmSection = "Asked to keep a promise or mark it missed"
  static let terminalSection = "Everywhere"
  static let conflictSection = "When a sync stops on a field both sides changed"

  public static let filter = KeyTable<FilterAction>(
    mode: "Filter",
    [
      bind(
        patterns: [.anyCharacter], .type,
        "Typed into the search: accounts and their contacts (names, ids, roles, career); accents and case ignored",
        in: filterSection),
      bind(
        [.backspace, .delete], .edit, "Delete the character before or under the cursor (the filter stays open)",
        in: filterSection),
      bind(
        [.control("u"), .control("k"), .control("w")], .edit,
        "Delete to the start or the end, or the word before", in: filterSection),
      bind([.left, .right], .edit, "Move the cursor", in: filterSection),
      bind([.home, .control("a")], .edit, "Start of the filter", in: filterSection),
      bind([.end, .control("e")], .edit, "End of the filter", in: filterSection),
      bind(
        [.enter], .keep, "Keep the filter and go back to the list; a row found through a contact selects them too",
        in: filterSection, hint: "keep"),
      bind([.escape], .clear, "Clear the filter and go back to the list", in: filterSection, hint: "clear"),
      bind([.down, .up, .pageDown, .pageUp], .walk, "Walk the list while typing", in: filterSection),
      bind([.control("c")], .quit, "Quit", in: filterSection),
    ])

  public static let review = KeyTable<ReviewAction>(
    mode: "Review",
    [
      bind([.character("d")], .deposit, "Record a deposit for the account", in: reviewSection, hint: "deposit"),
      bind([.character("p")], .plan, "Plan the next touch", in: reviewSection, hint: "plan"),
      bind([.character("z")], .snooze, "Snooze the account, saying why", in: reviewSection, hint: "snooze"),
      bind(
        [.character("n"), .character(" ")], .skip, "Next account (this one skipped)", in: reviewSection, hint: "next"),
      bind([.character("j"), .down], .next, "From the accounts pane: next account", in: reviewSection),
      bind(
        [.character("k"), .up], .back, "From the accounts pane: the account before", in: reviewSection, hint: "back"),
      bind([.character("q"), .escape], .end, "End the review, with a summary", in: reviewSection, hint: "end"),
      bind([.pageDown], .scrollDown, "From the accounts pane: scroll the card down", in: reviewSection),
      bind([.pageUp], .scrollUp, "From the accounts pane: scroll the card up", in: reviewSection),
      bind(
        [.character("/"), .character("s"), .character("S"), .character("t")], .held,
        "Filter, sort and tier wait for the end",
        in: reviewSection),
      bind(
        [.home, .character("<"), .end, .character(">"), .character("G")], .heldOnCard,
        "From the accounts pane: first and last row wait too", in: reviewSection),
    ])

  public static let form = KeyTable<FormAction>(
    mode: "Form",
    [
      bind([.enter], .save, "Save the form", in: formSection, hint: "save"),
      bind(
        [.escape, .control("c")], .cancel, "Cancel (twice when something was changed)", in: formSection, hint: "cancel"),
      bind([.tab], .nextField, "Next field", in: formSection, hint: "next field"),
      bind([.backTab], .previousField, "Previous field", in: formSection),
      bind(
        [.down, .up], .upDown, "Pick from a list, or a line of a longer field; else next or previous field",
        in: formSection),
      bind([.control("j")], .newLine, "New line in a longer field (Alt-Enter too)", in: formSection),
      bind(
        [.character("+"), .character("-")], .weight,
        "In a record's kind or weight: heavier or lighter by one whole point, a deposit's or a withdrawal's (1 to 100)",
        in: formSection),
      bind(
        [.character("0")], .wholeAccount, "In a record's contact or kind, untyped: for the whole account",
        in: formSection),
      bind([.left, .right], .edit, "Move the cursor", in: formSection),
      bind([.home, .control("a")], .edit, "Start of the line", in: formSection),
      bind([.end, .control("e")], .edit, "End of the line", in: formSection),
      bind([.backspace, .delete], .edit, "Delete the character before or under the cursor", in: formSection),
      bind(
        [.control("u"), .control("k"), .control("w")], .edit,
        "Delete to the start or end of the line, or the word before", in: formSection),
      bind(
        patterns: [.anyCharacter], .type, "Typed or pasted into the field; in a list, narrows it, and 1-9 picks",
        in: formSection),
    ])

  public static let question = KeyTable<QuestionAction>(
    mode: "Question",
    [
      bind([.enter], .edit, "Edit their next job in the contact's form", in: questionSection, hint: "edit it"),
      bind([.escape, .control("c")], .keep, "Keep their next job as it is", in: questionSection, hint: "keep it"),
    ])

  public static let confirm = KeyTable<ConfirmAction>(
    mode: "Promise question",
    [
      bind([.enter], .confirm, "Keep it, or mark it missed, as asked", in: confirmSection),
      bind([.escape, .control("c")], .cancel, "Cancel: nothing is written", in: confirmSection, hint: "cancel"),
      bind(
        [.down, .up, .tab], .another, "Ask about the next (↓ Tab) or previous (↑) open promise", in: confirmSection,
        hint: "another"),
    ])

  public static let overlay = KeyTable<OverlayAction>(
    mode: "Help and detail",
    [
      bind(
        patterns: [.key(.escape), .key(.character("?")), .key(.function(1)), .key(.enter), .mouse(.press)], .close,
        "Close", in: overlaySection, hint: "close"),
      bind([.down, .character("j")], .down, "Scroll down", in: overlaySection, hint: "scroll"),
      bind([.up, .character("k")], .up, "Scroll up", in: overlaySection),
      bind([.pageDown, .control("f"), .character(" ")], .pageDown, "Scroll a page down", in: overlaySection),
      bind([.pageUp, .control("b")], .pageUp, "Scroll a page up", in: overlaySection),
      bind([.home, .character("<")], .top, "The top", in: overlaySection),
      bind([.end, .character(">"), .character("G")], .bottom, "The end", in: overlaySection),
      bind(patterns: [.mouse(.wheelUp), .mouse(.wheelDown)], .wheel, "Scroll by three lines", in: overlaySection),
      bind(
        [.character("v")], .void, "An event's detail: void it (v again to confirm)", in: overlaySection, hint: "void"),
      bind(
        [.character("c")], .correct, "An event's detail: correct it in the record form", in: overlaySection,
        hint: "correct"),
      bind(
        [.character("w")], .write,
        "A brief: write it as Markdown to brief-ACCOUNT-DAY.md in the folder Rapport was started from",
        in: overlaySection, hint: "write"),
      bind([.character("q"), .control("c")], .quit, "Quit", in: overlaySection, hint: "quit"),
    ])

  public static let conflicts = KeyTable<ConflictAction>(
    mode: "Sync conflicts",
    [
      bind([.down, .character("j")], .down, "Next field", in: conflictSection),
      bind([.up, .character("k")], .up, "Previous field", in: conflictSection),
      bind(
        [.character("o"), .left], .ours, "Keep this clone's value (ours) for the field", in: conflictSection,
        hint: "ours"),
      bind(
        [.character("t"), .right], .theirs, "Take the value pulled in (theirs) for the field", in: conflictSection,
        hint: "theirs"),
      bind([.character("O")], .allOurs, "Ours for every field", in: conflictSection),
      bind([.character("T")], .allTheirs, "Theirs for every field", in: conflictSection),
      bind(
        [.enter], .sync, "Sync again with these choices (once every field has one)", in: conflictSection,
        hint: "sync"),
      bind(
        [.escape, .control("c")], .leave, "Leave without syncing: nothing is changed", in: conflictSection,
        hint: "leave"),
    ])

  /// Keys the event loop hands to the terminal (`Terminal.perform`) in every mode.
  public static let terminal = KeyTable<TerminalAction>(
    mode: "Everywhere",
    [
      bind([.control("l")], .redraw, "Redraw the screen", in: terminalSection),
      bind([.control("z")], .suspend, "Suspend to the shell (fg resumes)", in: terminalSection),
    ])
}
