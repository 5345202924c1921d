import Foundation
import Testing

@testable import RapportCore

/// Undo takes back the last action, a promise made, kept, missed or dropped included, and redo
/// brings it back; both are lines in the file, so they survive a restart.
@Suite struct PromiseUndoTests {
  let today = Day(iso: "2026-11-23")!

  func fixture() throws -> TemporaryStore {
    try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
  }

  func make(_ store: Store) throws -> Promise {
    try store.promise(
      PromiseDraft(day: today, account: "acme", contact: "jane", what: "send the benchmark", due: today.adding(days: 7))
    )
  }

  func tail(_ fixture: TemporaryStore, since before: String) throws -> String {
    String(try fixture.read(Store.eventsFile).dropFirst(before.count))
  }

  @Test func undoingAPromiseMadeVoidsItAndRedoRestoresIt() throws {
    let fixture = try fixture()
    let store = try fixture.open()
    let promise = try make(store)
    #expect(store.ledger.undoableAction == .promiseMade(0))
    // The old event-only undo leaves a promise alone.
    #expect(store.ledger.undoableEvent == nil)
    let before = try fixture.read(Store.eventsFile)
    #expect(try store.undoAction(on: today) == .promiseMade(promise))
    #expect(try tail(fixture, since: before) == "2026-11-23 void \(promise.id) \"undo\"\n")
    #expect(store.ledger.promises.isEmpty)
    #expect(try fixture.open().ledger.redoableAction == .promiseMade(0))
    #expect(try store.redoAction(on: today) == .promiseMade(promise))
    #expect(store.ledger.promises == [promise])
    #expect(try store.redoAction(on: today) == nil)
  }

  @Test func undoingAKeepVoidsTheDepositAndReopensInOneWrite() throws {
    let fixture = try fixture()
    let store = try fixture.open()
    let promise = try make(store)
    let account = store.ledger.accountIndex("acme")!
    let balance = store.ledger.totals(account: account).balanceHundredths
    let kept = try store.keep(promise.id, on: today)
    let event = store.ledger.eventIndex(id: kept.event!)!
    #expect(store.ledger.undoableAction == .promiseClosed(promise: 0, event: event))
    #expect(store.ledger.undoableEvent == event)
    let before = try fixture.read(Store.eventsFile)
    let undone = try store.undoAction(on: today)
    #expect(undone?.event?.id == kept.event)
    #expect(
      try tail(fixture, since: before)
        == "2026-11-23 void \(kept.event!) \"undo\"\n2026-11-23 reopened \(promise.id) \"undo\"\n")
    #expect(store.ledger.promises == [promise])
    #expect(store.ledger.totals(account: account).balanceHundredths == balance)

    // After a restart, redo brings back the deposit and the kept line.
    let reopened = try fixture.open()
    #expect(reopened.ledger.redoableAction == .promiseClosed(promise: 0, event: event))
    let redoneBefore = try fixture.read(Store.eventsFile)
    #expect(try reopened.redoAction(on: today)?.event?.id == kept.event)
    #expect(
      try tail(fixture, since: redoneBefore)
        == "2026-11-23 restore \(kept.event!) \"redo\"\n2026-11-23 kept \(promise.id) \"redo\"\n")
    #expect(reopened.ledger.promises.map(\.status) == [.kept])
    #expect(reopened.ledger.totals(account: account).balanceHundredths == balance + 200)
    #expect(reopened.ledger.redoableAction == nil)
    // Undo again takes back the keep, then the promise.
    #expect(try reopened.undoAction(on: today)?.event?.id == kept.event)
    #expect(try reopened.undoAction(on: today) == .promiseMade(promise))
  }

  @Test func undoingAMissAndADrop() throws {
    let fixture = try fixture()
    let store = try fixture.open()
    let first = try make(store)
    let second = try make(store)
    let missed = try store.miss(first.id, on: today)
    try store.drop(second.id, on: today, reason: "not needed")
    let before = try fixture.read(Store.eventsFile)
    // The drop was last: undone first, with no event.
    #expect(try store.undoAction(on: today) == .promiseClosed(second, status: .dropped, event: nil))
    #expect(try tail(fixture, since: before) == "2026-11-23 reopened \(second.id) \"undo\"\n")
    #expect(try store.undoAction(on: today)?.event?.id == missed.event)
    #expect(store.ledger.promises.map(\.status) == [.open, .open])
    // Redo brings the miss back first (the last undone), then the drop.
    #expect(try store.redoAction(on: today)?.event?.id == missed.event)
    #expect(
      try store.redoAction(on: today)
        == .promiseClosed(store.ledger.promise(id: second.id)!, status: .dropped, event: nil))
    #expect(store.ledger.promises.map(\.status) == [.missed, .dropped])
  }

  @Test func somethingNewEndsWhatCanBeRedone() throws {
    let fixture = try fixture()
    let store = try fixture.open()
    let promise = try make(store)
    try store.keep(promise.id, on: today)
    _ = try store.undoAction(on: today)
    _ = try make(store)
    #expect(store.ledger.redoableAction == nil)
    _ = try store.undoAction(on: today)
    try store.drop(promise.id, on: today)
    #expect(store.ledger.redoableAction == nil)
  }

  @Test func eventsAndPromisesUndoInTheOrderTheyWereDone() throws {
    let fixture = try fixture()
    let store = try fixture.open()
    let deposit = try store.record(
      EventDraft(day: today, account: "kyoto", type: .deposit, kind: "insight", weight: Weight(3)))
    let promise = try make(store)
    #expect(try store.undoAction(on: today) == .promiseMade(promise))
    #expect(try store.undoAction(on: today)?.event?.id == deposit.id)
    #expect(try store.redoAction(on: today)?.event?.id == deposit.id)
    #expect(try store.redoAction(on: today) == .promiseMade(promise))
  }
}
