/// What a key does over an account's key account plan.
public enum PlanAction: CaseIterable, Hashable, Sendable {
  case down, up, top, bottom, addInitiative, addObjective, edit, cycleStatus, remove, reviewDay, help, close, quit
}

/// What a key does in the agenda.
public enum AgendaAction: CaseIterable, Hashable, Sendable {
  case down, up, pageDown, pageUp, top, bottom, moreDays, fewerDays, open, touch, keep, plan, help, close, quit
}

extension KeyMap {
  static let planSection = "In the key account plan"
  static let agendaSection = "In the agenda (one key acts on the line)"

  public static let plan = KeyTable<PlanAction>(
    mode: "Key account plan",
    [
      bind([.down, .character("j")], .down, "Next objective or initiative", in: planSection),
      bind([.up, .character("k")], .up, "The one before", in: planSection),
      bind([.home, .character("<")], .top, "The first", in: planSection),
      bind([.end, .character(">"), .character("G")], .bottom, "The last", in: planSection),
      bind(
        [.character("i"), .character("a")], .addInitiative, "Add an initiative: text, status, due, owner, contact",
        in: planSection, hint: "initiative"),
      bind([.character("O")], .addObjective, "Add an objective", in: planSection, hint: "objective"),
      bind([.enter, .character("e")], .edit, "Edit the objective or initiative", in: planSection, hint: "edit"),
      bind(
        [.character(" "), .character("s")], .cycleStatus, "The initiative's status: idea, active, done, idea",
        in: planSection, hint: "status"),
      bind(
        [.character("x"), .delete], .remove, "Remove the objective or initiative (press twice; no undo)",
        in: planSection, hint: "remove"),
      bind([.character("R")], .reviewDay, "Set the plan's review day (+90d, a date)", in: planSection, hint: "review"),
      bind([.character("?"), .function(1)], .help, "The keys, the plan's first", in: planSection, hint: "help"),
      bind([.escape, .character("o"), .character("q")], .close, "Close the plan", in: planSection, hint: "close"),
      bind([.control("c")], .quit, "Quit", in: planSection),
    ])

  public static let agenda = KeyTable<AgendaAction>(
    mode: "Agenda",
    [
      bind([.down, .character("j")], .down, "Next line", in: agendaSection),
      bind([.up, .character("k")], .up, "Line before", in: agendaSection),
      bind([.pageDown, .control("f")], .pageDown, "Page down", in: agendaSection),
      bind([.pageUp, .control("b")], .pageUp, "Page up", in: agendaSection),
      bind([.home, .character("<")], .top, "First line", in: agendaSection),
      bind([.end, .character(">"), .character("G")], .bottom, "Last line", in: agendaSection),
      bind(
        [.character("+"), .character("=")], .moreDays, "More days ahead (1, 3, 7, 14, 30, 90)", in: agendaSection,
        hint: "days"),
      bind([.character("-")], .fewerDays, "Fewer days ahead", in: agendaSection),
      bind([.enter], .open, "Open the line's account in the panes", in: agendaSection, hint: "open"),
      bind(
        [.character("d")], .touch, "Record a touch (a deposit) with the line's contact", in: agendaSection,
        hint: "touch"),
      bind([.character("K")], .keep, "Keep the line's promise (asks first)", in: agendaSection, hint: "keep"),
      bind([.character("e"), .character("o")], .plan, "The line's key account plan", in: agendaSection, hint: "plan"),
      bind([.character("?"), .function(1)], .help, "The keys, the agenda's first", in: agendaSection, hint: "help"),
      bind([.escape, .character("D"), .character("q")], .close, "Close the agenda", in: agendaSection, hint: "close"),
      bind([.control("c")], .quit, "Quit", in: agendaSection),
    ])
}
