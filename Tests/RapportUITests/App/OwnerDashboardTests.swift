import Foundation
import RapportCore
import SnapshotTesting
import Testing

@testable import RapportUI

/// `m` on the dashboard: every account, mine (the store's author), then each other owner's;
/// with the filter, tier, archived and sort; the review and the agenda follow it.
@Suite struct OwnerDashboardTests {
  private static let accounts = """
    account acme "Acme Corp" tier:A owner:sam plan:2026-11-20
    account beta "Beta Works" tier:B owner:Jane plan:2026-11-21
    account gamma "Gamma Labs" tier:C owner:Sam plan:2026-11-22
    account delta "Delta Freight" tier:A owner:priya
    account echo "Echo Media" tier:B plan:2026-11-19
    account oldco "Old Co" tier:C owner:sam
      archived: 2026-11-01 Contract ended

    """

  private func dashboard(me: String? = "sam") throws -> Dashboard {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-owner-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let files = [
      Store.accountsFile: OwnerDashboardTests.accounts, Store.contactsFile: "",
      Store.eventsFile: "2026-11-05 acme deposit +2\n2026-11-06 beta deposit +1\n",
    ]
    for (name, text) in files { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
    let store = try Store(path: path, writable: true, today: PeopleFixture.today)
    store.author = me.flatMap(Author.init)
    let dashboard = Dashboard(store: store, today: PeopleFixture.today)
    dashboard.storeLabel = "owners"
    _ = dashboard.render(width: 120, height: 40)
    return dashboard
  }

  private func shown(_ dashboard: Dashboard) -> [String] {
    dashboard.list.rows.map { dashboard.ledger.accounts[$0].id }.sorted()
  }

  @Test func mCyclesEveryoneMineEachOtherOwnerSortedAndBack() throws {
    let dashboard = try dashboard()
    #expect(shown(dashboard) == ["acme", "beta", "delta", "echo", "gamma"])
    press(dashboard, [.character("m")])
    #expect(shown(dashboard) == ["acme", "gamma"])
    #expect(screen(dashboard).contains("Accounts 2/6 · by drift, worst first · mine (sam)"))
    #expect(dashboard.message == "Showing my accounts (sam): 2 accounts")
    press(dashboard, [.character("m")])
    #expect(shown(dashboard) == ["beta"])
    #expect(screen(dashboard).contains("· owner: Jane"))
    #expect(dashboard.message == "Showing Jane's accounts: 1 account")
    press(dashboard, [.character("m")])
    #expect(shown(dashboard) == ["delta"])
    #expect(screen(dashboard).contains("· owner: priya"))
    press(dashboard, [.character("m")])
    #expect(shown(dashboard).count == 5)
    #expect(!screen(dashboard).contains("owner:") && !screen(dashboard).contains("mine ("))
    #expect(dashboard.message == "Showing every owner's accounts")
  }

  @Test func withoutAnAuthorTheCycleSkipsMine() throws {
    let dashboard = try dashboard(me: nil)
    press(dashboard, [.character("m")])
    #expect(screen(dashboard).contains("· owner: Jane"))
    press(dashboard, [.character("m")])
    #expect(shown(dashboard) == ["delta"])
    press(dashboard, [.character("m")])
    #expect(shown(dashboard) == ["acme", "gamma"])
    #expect(screen(dashboard).contains("· owner: sam"))
  }

  @Test func theOwnerComposesWithTierFilterArchivedAndSort() throws {
    let dashboard = try dashboard()
    press(dashboard, [.character("m"), .character("t")])  // mine, tier A
    #expect(shown(dashboard) == ["acme"])
    #expect(screen(dashboard).contains("· tier A · mine (sam)"))
    press(dashboard, [.character("t"), .character("t"), .character("t")])  // every tier again
    press(dashboard, [.character("z")])  // archived ones too: Old Co is sam's
    #expect(shown(dashboard) == ["acme", "gamma", "oldco"])
    press(dashboard, [.character("z"), .character("/")] + "gam".map { Key.character($0) } + [.enter])
    #expect(shown(dashboard) == ["gamma"])
    press(dashboard, [.escape, .character("s")])  // filter cleared, sorted by name
    #expect(dashboard.list.rows.map { dashboard.ledger.accounts[$0].id } == ["acme", "gamma"])
    #expect(screen(dashboard).contains("by name, A–Z · mine (sam)"))
  }

  @Test func theReviewAndTheAgendaFollowTheOwner() throws {
    let dashboard = try dashboard()
    press(dashboard, [.character("m")])
    press(dashboard, [.character("D")])
    #expect(Set(dashboard.agenda(days: 7).items.map { dashboard.ledger.accounts[$0.account].id }) == ["acme", "gamma"])
    #expect(screen(dashboard).contains("· mine (sam)"))
    press(dashboard, [.escape, .character("m")])  // Jane's
    #expect(dashboard.agenda(days: 7).items.map { dashboard.ledger.accounts[$0.account].id } == ["beta"])
    press(dashboard, [.character("r")])
    #expect(dashboard.review?.queue == ["beta"])
  }

  @Test func theFilteredDashboard() throws {
    let dashboard = try dashboard()
    _ = dashboard.render(width: 80, height: 24)
    press(dashboard, [.character("m")])
    assertSnapshot(of: dashboard.render(width: 80, height: 24).text, as: .lines)
  }
}
