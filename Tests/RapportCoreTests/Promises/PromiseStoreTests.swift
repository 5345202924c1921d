import Foundation
import Testing

@testable import RapportCore

/// Making, keeping, missing and dropping promises: the lines written, the state read back.
@Suite struct PromiseStoreTests {
  let today = Day(iso: "2026-11-23")!

  func fixture(events: String = Sample.events) throws -> TemporaryStore {
    try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: events)
  }

  func draft(_ what: String = "send the benchmark", due: String = "2026-11-30", contact: String? = "jane")
    -> PromiseDraft
  {
    PromiseDraft(day: today, account: "acme", contact: contact, what: what, due: Day(iso: due)!, by: "Sam Lee")
  }

  func appended(_ fixture: TemporaryStore, since before: String) throws -> String {
    String(try fixture.read(Store.eventsFile).dropFirst(before.count))
  }

  @Test func aPromiseIsOneLineAndOpenUntilClosed() throws {
    let fixture = try fixture()
    let store = try fixture.open()
    let before = try fixture.read(Store.eventsFile)
    let promise = try store.promise(draft())
    #expect(
      try appended(fixture, since: before)
        == "2026-11-23 acme/jane promise \"send the benchmark\" due:2026-11-30 by:\"Sam Lee\" id:\(promise.id)\n")
    #expect(promise.status == .open && promise.closed == nil && promise.event == nil)
    #expect(promise.made == today && promise.due == Day(iso: "2026-11-30")! && promise.by == "Sam Lee")
    #expect(store.ledger.openPromises(contact: store.ledger.contactIndex("acme/jane")!) == [promise])
    // Read back from disk, it is the same promise.
    let reopened = try fixture.open()
    #expect(reopened.ledger.promises == [promise])
    #expect(reopened.errors.isEmpty)
  }

  @Test func keepingWritesTheLinkedDepositAndTheKeptLineInOneWrite() throws {
    let fixture = try fixture()
    let store = try fixture.open()
    let promise = try store.promise(draft())
    let account = store.ledger.accountIndex("acme")!
    let balance = store.ledger.totals(account: account).balanceHundredths
    let before = try fixture.read(Store.eventsFile)
    let kept = try store.keep(promise.id, on: today)
    let lines = try appended(fixture, since: before).split(separator: "\n")
    #expect(lines.count == 2)
    #expect(
      lines[0].hasPrefix(
        "2026-11-23 acme/jane deposit promise-kept +2 \"Kept: send the benchmark\" promise:\(promise.id) id:"))
    #expect(lines[1] == "2026-11-23 kept \(promise.id)")
    #expect(kept.status == .kept && kept.closed == today)
    #expect(kept.event == String(lines[0].split(separator: ":").last!))
    #expect(store.ledger.totals(account: account).balanceHundredths == balance + 200)
    #expect(store.ledger.openPromises(account: account).isEmpty)
    let reread = try fixture.open()
    #expect(reread.ledger.promises == [kept])
    #expect(reread.ledger.promiseLinked(toEvent: reread.ledger.eventIndex(id: kept.event!)!) == 0)
  }

  @Test func missingWritesTheLinkedWithdrawal() throws {
    let fixture = try fixture()
    let store = try fixture.open()
    let promise = try store.promise(draft(contact: nil))
    let before = try fixture.read(Store.eventsFile)
    let missed = try store.miss(promise.id, on: today)
    let lines = try appended(fixture, since: before).split(separator: "\n")
    #expect(lines[0].hasPrefix("2026-11-23 acme withdrawal missed-promise -3 \"Missed: send the benchmark\" promise:"))
    #expect(lines[1] == "2026-11-23 missed \(promise.id)")
    #expect(missed.status == .missed)
    #expect(try fixture.open().ledger.promises == [missed])
  }

  @Test func droppingWritesOneLineWithTheReasonAndNoEvent() throws {
    let fixture = try fixture()
    let store = try fixture.open()
    let promise = try store.promise(draft())
    let events = store.ledger.eventCount
    let before = try fixture.read(Store.eventsFile)
    let dropped = try store.drop(promise.id, on: today, reason: "they bought the report")
    #expect(try appended(fixture, since: before) == "2026-11-23 dropped \(promise.id) \"they bought the report\"\n")
    #expect(dropped.status == .dropped && dropped.event == nil)
    #expect(store.ledger.eventCount == events)
  }

  @Test func closingAClosedPromiseIsRefusedAndWritesNothing() throws {
    let fixture = try fixture()
    let store = try fixture.open()
    let promise = try store.promise(draft())
    try store.keep(promise.id, on: today)
    let before = try fixture.read(Store.eventsFile)
    for close in [{ try store.keep(promise.id, on: today) }, { try store.miss(promise.id, on: today) }] {
      #expect {
        _ = try close()
      } throws: { "\($0)" == "the promise '\(promise.id)' was kept on 2026-11-23" }
    }
    #expect(throws: StoreError.self) { try store.keep("nosuch", on: today) }
    #expect(try fixture.read(Store.eventsFile) == before)
  }

  @Test func aNewPromiseIsRefusedForAPastDayAnEmptyWhatAControlCharacterOrAnUnknownTarget() throws {
    let fixture = try fixture()
    let store = try fixture.open()
    let before = try fixture.read(Store.eventsFile)
    let cases: [(PromiseDraft, String)] = [
      (draft(due: "2026-11-22"), "a new promise is due today or later: 2026-11-22 is before 2026-11-23"),
      (draft("  "), "say what was promised"),
      (draft("send \u{1B}]0;x"), "control character"),
      (PromiseDraft(day: today, account: "nobody", what: "x", due: today), "unknown account 'nobody'"),
      (PromiseDraft(day: today, account: "acme", contact: "zed", what: "x", due: today), "unknown contact 'acme/zed'"),
    ]
    for (draft, message) in cases {
      #expect(performing: { try store.promise(draft) }, throws: { "\($0)".contains(message) })
    }
    #expect(try fixture.read(Store.eventsFile) == before)
    // Due today is fine.
    #expect(try store.promise(draft(due: "2026-11-23")).due == today)
  }

  @Test func overduePromisesCountTheirDaysMostOverdueFirst() throws {
    let events =
      Sample.events + """
        2026-10-01 acme/jane promise "send the benchmark" due:2026-11-14 id:p1
        2026-10-02 acme promise "fix the invoice" due:2026-11-01 id:p2
        2026-10-03 kyoto promise "visit the plant" due:2026-12-01 id:p3
        2026-10-04 acme promise "call back" due:2026-10-10 id:p4
        2026-10-20 dropped p4 "no longer needed"

        """
    let store = try fixture(events: events).open(writable: false)
    #expect(store.errors.isEmpty)
    let overdue = store.ledger.overduePromises(on: today)
    #expect(overdue.map(\.id) == ["p2", "p1"])
    #expect(overdue.map { $0.daysOverdue(on: today) } == [22, 9])
    #expect(store.ledger.daysOverdue(promise: store.ledger.promiseIndex(id: "p3")!, on: today) == 0)
    #expect(store.ledger.daysOverdue(promise: store.ledger.promiseIndex(id: "p4")!, on: today) == 0)
    #expect(store.ledger.openPromises(account: store.ledger.accountIndex("acme")!).map(\.id) == ["p2", "p1"])
  }

  @Test func stateAppliesInFileOrder() throws {
    let events =
      Sample.events + """
        2026-10-01 acme promise "a" due:2026-11-14 id:p1
        2026-10-05 missed p1
        2026-10-06 reopened p1 "they gave us another week"
        2026-10-07 acme deposit promise-kept +2 promise:p1 id:k1
        2026-10-07 kept p1
        2026-10-08 acme promise "b" due:2026-11-14

        """
    let store = try fixture(events: events).open(writable: false)
    #expect(store.errors.isEmpty)
    let promises = store.ledger.promises
    #expect(promises.map(\.status) == [.kept, .open])
    #expect(promises[0].closed == Day(iso: "2026-10-07") && promises[0].event == "k1")
    // Without a written id a promise has a derived one, which lines can name.
    #expect(promises[1].id.hasPrefix("~") && promises[1].id.count == 11)
  }

  @Test func aVoidedPromiseIsGoneAndARestoredOneBack() throws {
    let events =
      Sample.events + """
        2026-10-01 acme promise "a" due:2026-11-14 id:p1
        2026-10-02 void p1 "entered by mistake"

        """
    let fixture = try fixture(events: events)
    #expect(try fixture.open().ledger.promises.isEmpty)
    try fixture.write(Store.eventsFile, events + "2026-10-03 restore p1\n")
    #expect(try fixture.open().ledger.promises.map(\.id) == ["p1"])
  }
}
