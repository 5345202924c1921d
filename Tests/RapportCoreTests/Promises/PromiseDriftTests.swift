import Foundation
import Testing

@testable import RapportCore

/// An open promise past its due day is a drift reason worth two points, one for each promise,
/// most overdue first; nothing is closed behind the user's back.
@Suite struct PromiseDriftTests {
  let today = Day(iso: "2026-11-23")!

  /// Acme touched yesterday: healthy but for its promises.
  func store(_ promises: String) throws -> (TemporaryStore, Store) {
    let fixture = try TemporaryStore(
      accounts: "account acme \"Acme\" tier:A\n",
      contacts: "contact acme/jane \"Jane Doe\" role:CFO\ncontact acme/bob \"Bob\"\n",
      events: "2026-11-22 acme/jane deposit insight +3 id:e1\n2026-11-22 acme/bob deposit insight +3 id:e2\n" + promises
    )
    return (fixture, try fixture.open(writable: false))
  }

  @Test func anOverduePromiseIsTwoPointsWithItsSentence() throws {
    let (_, store) = try store(
      "2026-10-01 acme/jane promise \"send the benchmark\" due:2026-11-14 id:p1\n")
    let report = store.ledger.drift(account: 0, on: today)
    #expect(
      report.reasons.map(\.description) == [
        "Promise 'send the benchmark' to Jane Doe is 9 days overdue (due 2026-11-14)"
      ])
    #expect(report.status == .drifting)
    #expect(store.ledger.driftReports(on: today)[0].reasons == report.reasons)
  }

  @Test func severalAreOneReasonEachMostOverdueFirst() throws {
    let (_, store) = try store(
      """
      2026-10-01 acme/jane promise "send the benchmark" due:2026-11-14 id:p1
      2026-10-01 acme promise "fix the invoice" due:2026-11-22 id:p2
      2026-10-01 acme promise "visit" due:2026-11-01 id:p3

      """)
    let report = store.ledger.driftReports(on: today)[0]
    #expect(
      report.reasons.map(\.description) == [
        "Promise 'visit' to Acme is 22 days overdue (due 2026-11-01)",
        "Promise 'send the benchmark' to Jane Doe is 9 days overdue (due 2026-11-14)",
        "Promise 'fix the invoice' to Acme is 1 day overdue (due 2026-11-22)",
      ])
    #expect(report.status == .neglected)
  }

  @Test func aPromiseDueTodayClosedOrVoidedIsNoReason() throws {
    let (fixture, store) = try store(
      """
      2026-10-01 acme promise "due today" due:2026-11-23 id:p1
      2026-10-01 acme promise "kept" due:2026-11-01 id:p2
      2026-11-02 kept p2
      2026-10-01 acme promise "dropped" due:2026-11-01 id:p3
      2026-11-02 dropped p3 "not needed"
      2026-10-01 acme promise "voided" due:2026-11-01 id:p4
      2026-10-02 void p4

      """)
    #expect(store.ledger.driftReports(on: today)[0].status == .healthy)
    // Tomorrow the first is overdue, and reading the store wrote nothing.
    #expect(store.ledger.drift(account: 0, on: today.adding(days: 1)).reasons.count == 1)
    let again = try fixture.open(writable: false)
    #expect(again.ledger.promises.map(\.status) == [.open, .kept, .dropped])
  }
}
