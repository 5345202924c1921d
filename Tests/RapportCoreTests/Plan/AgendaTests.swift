import Foundation
import Testing

@testable import RapportCore

/// The agenda: what is due in the next days, overdue first, by day, and in a set order within a day.
@Suite struct AgendaTests {
  private let accounts = """
    account acme "Acme" tier:A plan:2026-11-25 plan-review:2026-11-20
      plan-note: Quarterly call
      initiative: status:active due:2026-11-25 for:jane Benchmark study
      initiative: due:2026-11-23 An idea with a day
      initiative: status:done due:2026-11-23 Done already
      initiative: status:dropped due:2026-11-24 Dropped
      initiative: status:active No day
      initiative: status:active due:2026-12-30 Later
    account beta "Beta" tier:B plan:2026-11-25
      plan-note: Lunch

    """
  private let contacts = """
    contact acme/jane "Jane" flags:role-model reassess:2026-11-25
    contact acme/tom "Tom" reassess:2026-11-01
      left: 2026-10-01 Joined a rival
    contact beta/ana "Ana" flags:difficult reassess:2026-11-10

    """
  private let events = """
    2026-11-01 acme/jane promise "send the benchmark" due:2026-11-25 id:p1
    2026-11-01 beta promise "fix the invoice" due:2026-11-18 id:p2
    2026-11-01 beta promise "visit" due:2026-11-20 id:p3
    2026-11-02 kept p3
    2026-11-01 acme promise "far off" due:2026-12-20 id:p4

    """

  private func agenda(days: Int = 7) throws -> (Ledger, Agenda) {
    let fixture = try TemporaryStore(accounts: accounts, contacts: contacts, events: events)
    let store = try fixture.open(writable: false)
    #expect(store.diagnostics.isEmpty, "\(store.diagnostics)")
    return (store.ledger, store.ledger.agenda(on: Day(iso: "2026-11-23")!, days: days))
  }

  private func line(_ item: AgendaItem, _ ledger: Ledger) -> String {
    let who = ledger.accounts[item.account].id + (item.contact.map { "/" + ledger.contacts[$0].id } ?? "")
    let kind: String
    switch item.kind {
    case .plannedTouch: kind = "touch"
    case .promiseDue(let id): kind = "promise \(id)"
    case .initiativeDue(let index, let status): kind = "initiative \(index) \(status.rawValue)"
    case .planReview: kind = "review"
    case .reassessment: kind = "reassess"
    }
    return "\(item.day) \(kind) \(who) \(item.text) \(item.overdueDays)".trimmingCharacters(in: .whitespaces)
  }

  @Test func overdueFirstThenByDayEachDayInItsOrder() throws {
    let (ledger, agenda) = try agenda()
    #expect(agenda.groups.map(\.when) == [.overdue, .day(Day(iso: "2026-11-23")!), .day(Day(iso: "2026-11-25")!)])
    #expect(
      agenda.groups.map { $0.items.map { line($0, ledger) } } == [
        // Oldest first; Tom, who left, is not reassessed; the kept promise is not owed.
        [
          "2026-11-10 reassess beta/ana  13",
          "2026-11-18 promise p2 beta fix the invoice 5",
          "2026-11-20 review acme  3",
        ],
        ["2026-11-23 initiative 1 idea acme An idea with a day 0"],
        // On one day: promises, touches (in account order), initiatives, reassessments.
        [
          "2026-11-25 promise p1 acme/jane send the benchmark 0",
          "2026-11-25 touch acme Quarterly call 0",
          "2026-11-25 touch beta Lunch 0",
          "2026-11-25 initiative 0 active acme/jane Benchmark study 0",
          "2026-11-25 reassess acme/jane  0",
        ],
      ])
  }

  @Test func theDaysSetHowFarAheadItLooks() throws {
    let (ledger, one) = try agenda(days: 1)
    #expect(one.groups.count == 2)
    #expect(one.items.allSatisfy { $0.day <= Day(iso: "2026-11-23")! })
    let (_, three) = try agenda(days: 3)
    #expect(three.items.map { line($0, ledger) }.last == "2026-11-25 reassess acme/jane  0")
    let (_, month) = try agenda(days: 40)
    #expect(
      month.items.suffix(2).map { line($0, ledger) } == [
        "2026-12-20 promise p4 acme far off 0", "2026-12-30 initiative 5 active acme Later 0",
      ])
    // Nothing is ever listed twice, and every item is on or before the last day.
    #expect(Set(month.items).count == month.items.count)
  }

  @Test func anEmptyStoreHasAnEmptyAgenda() throws {
    let fixture = try TemporaryStore(accounts: "account acme \"Acme\" tier:C\n")
    let agenda = try fixture.open(writable: false).ledger.agenda(on: Day(iso: "2026-11-23")!)
    #expect(agenda.groups.isEmpty && agenda.days == 7)
  }
}
