import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// The plan overlay's edits: each one writes the account's record in accounts.txt, and a
/// refusal, said at its field, writes nothing.
@Suite struct PlanEditTests {
  /// Acme's plan open (PlanFixture), the cursor on its first row.
  private func acmePlan() throws -> Dashboard {
    let dashboard = try PlanFixture.dashboard()
    _ = dashboard.render(width: 120, height: 40)
    dashboard.select("acme")
    press(dashboard, [.character("o")])
    #expect(dashboard.planView?.account == "acme")
    return dashboard
  }

  /// The record of Acme as written, without the Beta line.
  private func acmeRecord(_ dashboard: Dashboard) throws -> [String] {
    try PlanFixture.accountsText(dashboard).split(separator: "\n").map(String.init).filter {
      !$0.hasPrefix("account beta")
    }
  }

  @Test func theRowsAreTheObjectivesThenTheInitiativesActiveFirst() throws {
    let dashboard = try acmePlan()
    let plan = dashboard.ledger.accounts[dashboard.ledger.accountIndex("acme")!].keyPlan
    #expect(plan.rows == [.objective(0), .initiative(1), .initiative(0), .initiative(2)])
    press(dashboard, [.down, .down])
    #expect(dashboard.planRow(dashboard.planView!) == .initiative(0))
    press(dashboard, [.character("G")])
    #expect(dashboard.planRow(dashboard.planView!) == .initiative(2))
    press(dashboard, [.down, .down])
    #expect(dashboard.planView?.cursor == 3)
    press(dashboard, [.character("<"), .up])
    #expect(dashboard.planView?.cursor == 0)
  }

  @Test func addingAnInitiativeWritesItsLineWithTheContactPickedByName() throws {
    let dashboard = try acmePlan()
    press(dashboard, [.character("i")])
    let form = try #require(dashboard.form)
    #expect(form.fields.map(\.key) == [.what, .status, .due, .owner, .contact])
    #expect(form[.owner].string == "sam" && form[.due].string == "+30d" && form[.status].choice?.value == "idea")
    press(
      dashboard,
      Key.typing("Price review for the fleet") + [.tab] + Key.typing("act") + [.tab] + Key.typing("2026-12-01")
        + [.tab, .tab] + Key.typing("ole") + [.enter])
    #expect(dashboard.form == nil)
    #expect(
      try acmeRecord(dashboard).last
        == "  initiative: status:active due:2026-12-01 owner:sam for:ole Price review for the fleet")
    // Back on the plan, on the new initiative (the second active one).
    #expect(dashboard.planRow(try #require(dashboard.planView)) == .initiative(3))
    #expect(dashboard.message == "Added the initiative 'Price review for the fleet'")
  }

  @Test func editingAnInitiativeKeepsItsPlaceAndAPastDueDayItHad() throws {
    let dashboard = try acmePlan()
    press(dashboard, [.down, .enter])
    let form = try #require(dashboard.form)
    #expect(form[.what].string == "Benchmark study for the board" && form[.due].string == "2026-11-20")
    #expect(form[.contact].choice?.value == "Lars Berg")
    press(dashboard, [.tab, .tab, .tab] + Key.typing("Kim Lee") + [.enter])
    #expect(dashboard.form == nil)
    let record = try acmeRecord(dashboard)
    #expect(
      record[4] == "  initiative: status:active due:2026-11-20 owner:\"Kim Lee\" for:lars Benchmark study for the board"
    )
  }

  @Test(arguments: [
    (["", "", ""], FieldKey.what, "Say what the initiative is"),
    (["due:friday the rest", "", ""], .what, "Reword it: an initiative's text cannot start with 'due:'"),
    (["A study", "2026-11-01", ""], .due, "Give a due day from today on: 2026-11-01 is before 2026-11-23"),
    (["A study", "someday", ""], .due, "'someday' is not a day"),
    (["A study", "", "nobody"], .contact, "No contact matches 'nobody'"),
    (["A study\u{1B}[2J", "", ""], .what, "What"),
  ])
  func aRefusedInitiativeIsSaidAtItsFieldAndWritesNothing(typed: [String], field: FieldKey, problem: String) throws {
    let dashboard = try acmePlan()
    let before = try PlanFixture.accountsText(dashboard)
    press(dashboard, [.character("i")] + Key.typing(typed[0]) + [.tab, .tab])
    if !typed[1].isEmpty { press(dashboard, Key.typing(typed[1])) } else { press(dashboard, [.control("u")]) }
    press(dashboard, [.tab, .tab] + Key.typing(typed[2]) + [.enter])
    let form = try #require(dashboard.form)
    #expect(form.problem.hasPrefix(problem) || form.problem.contains(problem), "\(form.problem)")
    #expect(form.focused.key == field)
    #expect(try PlanFixture.accountsText(dashboard) == before)
  }

  @Test func spaceCyclesAnInitiativesStatusAndTheCursorFollowsIt() throws {
    let dashboard = try acmePlan()
    press(dashboard, [.down, .down, .character(" ")])
    #expect(try acmeRecord(dashboard)[3] == "  initiative: status:active due:2026-11-27 A joint innovation day")
    #expect(dashboard.planRow(dashboard.planView!) == .initiative(0))
    press(dashboard, [.character(" ")])
    #expect(try acmeRecord(dashboard)[3] == "  initiative: status:done due:2026-11-27 A joint innovation day")
    #expect(dashboard.planRow(dashboard.planView!) == .initiative(0))
    press(dashboard, [.character(" ")])
    #expect(try acmeRecord(dashboard)[3] == "  initiative: status:idea due:2026-11-27 A joint innovation day")
    // An objective has no status: nothing is written.
    let before = try PlanFixture.accountsText(dashboard)
    press(dashboard, [.character("<"), .character(" ")])
    #expect(dashboard.message == "Only an initiative has a status")
    #expect(try PlanFixture.accountsText(dashboard) == before)
  }

  @Test func removingAsksForASecondPressAndAnyOtherKeyKeepsIt() throws {
    let dashboard = try acmePlan()
    let before = try PlanFixture.accountsText(dashboard)
    press(dashboard, [.character("G"), .character("x")])
    #expect(dashboard.planView?.removing == .initiative(2))
    #expect(try PlanFixture.accountsText(dashboard) == before)
    press(dashboard, [.up, .down, .character("x")])
    #expect(try PlanFixture.accountsText(dashboard) == before)
    press(dashboard, [.character("x")])
    #expect(!(try PlanFixture.accountsText(dashboard)).contains("Fix the invoicing run"))
    #expect(dashboard.message == "Removed the initiative 'Fix the invoicing run'")
    press(dashboard, [.character("<"), .delete, .delete])
    #expect(!(try PlanFixture.accountsText(dashboard)).contains("objective:"))
  }

  @Test func anObjectiveIsAddedAndEdited() throws {
    let dashboard = try acmePlan()
    press(dashboard, [.character("O")] + Key.typing("Run their spare parts logistics") + [.enter])
    #expect(try acmeRecord(dashboard)[3] == "  objective: Run their spare parts logistics")
    #expect(dashboard.planRow(dashboard.planView!) == .objective(1))
    press(dashboard, [.enter, .control("u")] + Key.typing("Run all their logistics") + [.enter])
    #expect(try acmeRecord(dashboard)[3] == "  objective: Run all their logistics")
    // An empty one is refused.
    press(dashboard, [.character("O"), .enter])
    #expect(dashboard.form?.problem.hasPrefix("Say what the account should reach") == true)
  }

  @Test func theReviewDayIsSetFromToday() throws {
    let dashboard = try acmePlan()
    press(dashboard, [.character("R")])
    #expect(dashboard.form?[.review].string == "2026-11-10")
    press(dashboard, Key.typing("+90d") + [.enter])
    #expect(try acmeRecord(dashboard)[0].hasSuffix("plan-review:2027-02-21"))
    #expect(dashboard.message == "The plan is next reviewed on 2027-02-21")
    let before = try PlanFixture.accountsText(dashboard)
    press(dashboard, [.character("R")] + Key.typing("2026-11-01") + [.enter])
    #expect(dashboard.form?.problem == "The next review is today or later: 2026-11-01 is before 2026-11-23")
    #expect(try PlanFixture.accountsText(dashboard) == before)
  }

  @Test func escapeGoesBackToThePlanThenThePanes() throws {
    let dashboard = try acmePlan()
    press(dashboard, [.character("i"), .escape])
    #expect(dashboard.planView != nil)
    press(dashboard, [.escape])
    #expect(dashboard.planView == nil)
    if case .normal = dashboard.mode {} else { Issue.record("not back on the panes: \(dashboard.mode)") }
  }

  @Test func aReadOnlyStoreShowsThePlanButEditsNothing() throws {
    let dashboard = try PlanFixture.dashboard()
    let readOnly = Dashboard(
      store: try Store(path: dashboard.store.path, writable: false, today: PeopleFixture.today),
      today: PeopleFixture.today)
    _ = readOnly.render(width: 120, height: 40)
    readOnly.select("acme")
    press(readOnly, [.character("o"), .character("i")])
    #expect(readOnly.planView != nil && readOnly.form == nil)
    #expect(readOnly.message.hasPrefix("Read-only"))
    press(readOnly, [.down, .character(" ")])
    #expect(readOnly.message.hasPrefix("Read-only"))
  }
}
