import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// The agenda (D): its cursor, its span, and the one key that acts on each line; after an
/// action it is made again from the store.
@Suite struct AgendaViewTests {
  private func agenda() throws -> Dashboard {
    let dashboard = try PlanFixture.dashboard()
    _ = dashboard.render(width: 120, height: 40)
    press(dashboard, [.character("D")])
    #expect(dashboard.agendaView != nil)
    return dashboard
  }

  /// The words of the items, in agenda order.
  private func items(_ dashboard: Dashboard) -> [String] {
    dashboard.agenda(days: dashboard.agendaView?.days ?? 7).items.map {
      Dashboard.agendaWord($0.kind) + " " + ($0.text.isEmpty ? dashboard.ledger.accounts[$0.account].id : $0.text)
    }
  }

  /// Moves the cursor onto the first item whose words start with `words`.
  private func move(_ dashboard: Dashboard, to words: String) throws {
    let position = try #require(items(dashboard).firstIndex { $0.hasPrefix(words) })
    press(dashboard, [.character("<")] + Array(repeating: Key.down, count: position))
    #expect(dashboard.agendaView?.cursor == position)
  }

  @Test func itListsOverdueFirstThenByDay() throws {
    let dashboard = try agenda()
    #expect(
      items(dashboard) == [
        "plan-review acme", "promise Send the benchmark", "initiative Benchmark study for the board",
        "reassess acme", "promise Call back about the invoice", "touch Lunch with Lars",
        "initiative A joint innovation day",
      ])
  }

  @Test func theCursorStaysOnTheItems() throws {
    let dashboard = try agenda()
    press(dashboard, [.up])
    #expect(dashboard.agendaView?.cursor == 0)
    press(dashboard, [.character("G")])
    #expect(dashboard.agendaView?.cursor == 6)
    press(dashboard, [.down, .character("j")])
    #expect(dashboard.agendaView?.cursor == 6)
    press(dashboard, [.character("k"), .pageUp])
    #expect(dashboard.agendaView?.cursor == 0)
  }

  @Test func plusAndMinusChangeTheDaysAhead() throws {
    let dashboard = try agenda()
    press(dashboard, [.character("+"), .character("+")])
    #expect(dashboard.agendaView?.days == 30)
    #expect(items(dashboard).contains("promise Fix the invoice run"))
    press(dashboard, [.character("-"), .character("-"), .character("-"), .character("-")])
    #expect(dashboard.agendaView?.days == 1)
    #expect(!items(dashboard).contains("touch Lunch with Lars"))
    press(dashboard, [.character("-")])
    #expect(dashboard.message == "Today is the shortest agenda")
  }

  @Test func enterOpensTheAccountEvenWhenTheTierFilterHidIt() throws {
    let dashboard = try PlanFixture.dashboard()
    _ = dashboard.render(width: 120, height: 40)
    press(dashboard, [.character("t"), .character("t")])  // tier B: Beta only
    press(dashboard, [.character("D"), .down, .enter])
    #expect(dashboard.agendaView == nil)
    #expect(dashboard.selectedAccount.map { dashboard.ledger.accounts[$0].id } == "acme")
    #expect(dashboard.focus == .contacts)
    #expect(dashboard.ledger.contacts[dashboard.selectedContacts[dashboard.contactCursor.index]].id == "lars")
  }

  @Test func kKeepsTheLinesPromiseAfterAskingAndItLeavesTheAgenda() throws {
    let dashboard = try agenda()
    try move(dashboard, to: "promise Call back")
    press(dashboard, [.character("K")])
    let question = try #require(dashboard.promiseQuestion)
    #expect(question.promises == ["promise002"])
    press(dashboard, [.enter])
    #expect(dashboard.agendaView != nil)
    #expect(dashboard.ledger.promise(id: "promise002")?.status == .kept)
    #expect(!items(dashboard).contains("promise Call back about the invoice"))
    #expect(dashboard.message.hasPrefix("Kept 'Call back about the invoice' for Ole Dahl: promise-kept +2"))
    // Esc on the question writes nothing and comes back too.
    try move(dashboard, to: "promise Send")
    press(dashboard, [.character("K"), .escape])
    #expect(dashboard.agendaView != nil && dashboard.ledger.promise(id: "promise001")?.isOpen == true)
  }

  @Test func kOnALineThatIsNoPromiseSaysSo() throws {
    let dashboard = try agenda()
    press(dashboard, [.character("K")])
    #expect(dashboard.promiseQuestion == nil && dashboard.agendaView != nil)
    #expect(dashboard.message == "K keeps a promise: this line is a plan-review")
  }

  @Test func dRecordsATouchWithTheLinesContactAndThePlannedTouchLeaves() throws {
    let dashboard = try agenda()
    try move(dashboard, to: "initiative Benchmark")
    press(dashboard, [.character("d")])
    let form = try #require(dashboard.form)
    #expect(form[.contact].choice?.value == "Lars Berg")
    #expect(form.title == "Deposit · Acme Corp")
    press(dashboard, [.enter])
    #expect(dashboard.agendaView != nil)
    let written = try #require(try PromiseFixture.lines(dashboard).last)
    #expect(written.hasPrefix("2026-11-23 acme/lars deposit"))
    // The touch recorded was the planned one: its line is gone.
    #expect(!items(dashboard).contains("touch Lunch with Lars"))
  }

  @Test func eOpensThePlanOnTheInitiativeAndEscComesBack() throws {
    let dashboard = try agenda()
    try move(dashboard, to: "initiative A joint")
    press(dashboard, [.character("e")])
    let view = try #require(dashboard.planView)
    #expect(dashboard.planRow(view) == .initiative(0))
    // Done from the plan: it leaves the agenda.
    press(dashboard, [.character(" "), .character(" ")])
    press(dashboard, [.escape])
    #expect(dashboard.agendaView != nil)
    #expect(!items(dashboard).contains("initiative A joint innovation day"))
    press(dashboard, [.escape])
    if case .normal = dashboard.mode {} else { Issue.record("not back on the panes") }
  }

  @Test func theAgendaWaitsForTheEndOfAReview() throws {
    let dashboard = try PlanFixture.dashboard()
    _ = dashboard.render(width: 120, height: 40)
    press(dashboard, [.character("r"), .character("D")])
    #expect(dashboard.agendaView == nil && dashboard.review != nil)
    #expect(dashboard.message == "The agenda waits for the end of the review")
  }

  @Test func anEmptyAgendaSaysSo() throws {
    let dashboard = try PromiseFixture.dashboard(
      events: PeopleFixture.events, accounts: "account acme \"Acme Corp\" tier:C\n")
    _ = dashboard.render(width: 80, height: 24)
    press(dashboard, [.character("D"), .enter])
    #expect(dashboard.render(width: 80, height: 24).text.contains("Nothing due or overdue (2026-11-23 to 2026-11-29)."))
    #expect(dashboard.message == "Nothing on the agenda")
  }

  @Test func theHelpListsTheAgendaAndPlanKeys() throws {
    let dashboard = try PlanFixture.dashboard()
    let lines = dashboard.helpLines().map(\.0)
    #expect(
      lines.contains { $0.hasPrefix("D ") && $0.hasSuffix("The agenda: what is due in the next days, overdue first (of the owner m shows)") })
    #expect(lines.contains { $0.hasPrefix("o ") && $0.contains("key account plan") })
    #expect(lines.contains(KeyMap.agendaSection) && lines.contains(KeyMap.planSection))
  }
}
