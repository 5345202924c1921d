import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// The plan overlay when accounts.txt changes on disk while it is open: a key never acts on an
/// item other than the one the user chose, and a form's edit never undoes theirs.
@Suite struct PlanDiskChangeTests {
  /// Acme's plan open (PlanFixture) with the cursor on "A joint innovation day" (row 2).
  private func acmePlanOnTheIdea() throws -> Dashboard {
    let dashboard = try PlanFixture.dashboard()
    _ = dashboard.render(width: 120, height: 40)
    dashboard.select("acme")
    press(dashboard, [.character("o"), .down, .down])
    #expect(dashboard.planRow(dashboard.planView!) == .initiative(0))
    return dashboard
  }

  /// Rewrites accounts.txt as another program would (a later modification time), then lets the
  /// dashboard notice, as its idle look at the files does.
  private func changeOnDisk(_ dashboard: Dashboard, _ edit: (String) -> String) throws {
    let path = dashboard.store.path + "/" + Store.accountsFile
    try edit(try PlanFixture.accountsText(dashboard)).write(toFile: path, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes(
      [.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: path)
    _ = dashboard.handleIdle()
    _ = dashboard.render(width: 120, height: 40)
  }

  @Test func removingAfterADiskChangeRemovesTheItemUnderTheCursor() throws {
    let dashboard = try acmePlanOnTheIdea()
    // A colleague marks the active initiative done: the rows' order changes under the cursor.
    try changeOnDisk(dashboard) {
      $0.replacingOccurrences(of: "status:active due:2026-11-20", with: "status:done due:2026-11-20")
    }
    #expect(dashboard.message == "accounts.txt changed on disk: the plan shows it now")
    #expect(
      dashboard.planRow(dashboard.planView!).map { row in
        if case .initiative(let k) = row { return dashboard.ledger.accounts[0].keyPlan.initiatives[k].text }
        return ""
      } == "A joint innovation day")
    press(dashboard, [.character("x")])
    #expect(screen(dashboard).contains("again removes the initiative 'A joint innovation day' (no undo)"))
    press(dashboard, [.character("x")])
    let text = try PlanFixture.accountsText(dashboard)
    #expect(!text.contains("A joint innovation day"))
    #expect(text.contains("status:done due:2026-11-20 owner:sam for:lars Benchmark study for the board"))
  }

  @Test func aKeyPressedBeforeTheDiskChangeIsSeenActsOnNothing() throws {
    let dashboard = try acmePlanOnTheIdea()
    let path = dashboard.store.path + "/" + Store.accountsFile
    // The store is read again (by another path than the idle look), and the key comes before
    // the overlay was settled.
    try (try PlanFixture.accountsText(dashboard)).replacingOccurrences(
      of: "status:active due:2026-11-20", with: "status:done due:2026-11-20"
    ).write(toFile: path, atomically: true, encoding: .utf8)
    try dashboard.store.reload()
    let before = try PlanFixture.accountsText(dashboard)
    _ = dashboard.handle(.character(" "))
    #expect(try PlanFixture.accountsText(dashboard) == before)
    #expect(dashboard.message == "accounts.txt changed on disk: the plan shows it now; press Space again")
  }

  @Test func aReviewDayChangedOnBothSidesIsRefusedAndTheirsKept() throws {
    let dashboard = try acmePlanOnTheIdea()
    press(dashboard, [.character("R")])
    try changeOnDisk(dashboard) {
      $0.replacingOccurrences(of: "plan-review:2026-11-10", with: "plan-review:2027-05-05")
    }
    press(dashboard, [.control("u")] + Key.typing("2027-06-01") + [.enter])
    #expect(dashboard.form?.problem.hasPrefix("Nothing was saved: ") == true)
    #expect(try PlanFixture.accountsText(dashboard).contains("plan-review:2027-05-05"))
  }

  @Test func anInitiativeEditedOnBothSidesIsRefusedAndTheirsKept() throws {
    let dashboard = try acmePlanOnTheIdea()
    press(dashboard, [.enter])
    #expect(dashboard.form != nil)
    try changeOnDisk(dashboard) {
      $0.replacingOccurrences(of: "due:2026-11-27 A joint", with: "due:2027-02-01 A joint")
    }
    // Owner: the fourth field.
    press(dashboard, [.tab, .tab, .tab] + Key.typing("priya") + [.enter])
    #expect(dashboard.form?.problem.contains("initiatives (one of them changed on disk too)") == true)
    let text = try PlanFixture.accountsText(dashboard)
    #expect(text.contains("status:idea due:2027-02-01 A joint innovation day"))
    #expect(!text.contains("priya"))
  }

  @Test func additionsOnBothSidesBothStay() throws {
    let dashboard = try acmePlanOnTheIdea()
    press(dashboard, [.character("O")])
    try changeOnDisk(dashboard) {
      $0.replacingOccurrences(of: "  objective: Become", with: "  objective: Theirs\n  objective: Become")
    }
    press(dashboard, Key.typing("Mine") + [.enter])
    #expect(dashboard.form == nil)
    let text = try PlanFixture.accountsText(dashboard)
    #expect(text.contains("  objective: Theirs\n") && text.contains("  objective: Mine\n"))
  }
}
