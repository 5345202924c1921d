import Foundation
import Testing

@testable import RapportCore

@Suite struct UndoTests {
  let day = Day(iso: "2026-11-23")!

  func deposit(_ store: Store, _ weight: Int) throws -> Event {
    try store.record(EventDraft(day: day, account: "acme", type: .deposit, kind: "", weight: Weight(weight)))
  }

  func balance(_ store: Store) -> Double { store.ledger.totals(account: store.ledger.accountIndex("acme")!).balance }

  @Test func undoVoidsTheLastEventAndRedoRestoresIt() throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let store = try fixture.open()
    let before = balance(store)
    let recorded = try deposit(store, 5)
    #expect(balance(store) == before + 5)
    let undone = try store.undo(on: day)
    #expect(undone?.id == recorded.id)
    #expect(balance(store) == before)
    #expect(try fixture.read(Store.eventsFile).hasSuffix("2026-11-23 void \(recorded.id) \"undo\"\n"))
    let redone = try store.redo(on: day)
    #expect(redone?.id == recorded.id)
    #expect(balance(store) == before + 5)
    #expect(try fixture.read(Store.eventsFile).hasSuffix("2026-11-23 restore \(recorded.id) \"redo\"\n"))
    #expect(try store.redo(on: day) == nil)
  }

  @Test func undoAndRedoWalkBackAndForthAcrossARestart() throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let (first, second): (Event, Event)
    do {
      let store = try fixture.open()
      first = try deposit(store, 1)
      second = try deposit(store, 2)
      #expect(try store.undo(on: day)?.id == second.id)
      #expect(try store.undo(on: day)?.id == first.id)
    }
    do {
      let store = try fixture.open()
      #expect(store.ledger.redoableEvent.map { store.ledger.event($0).id } == first.id)
      #expect(try store.redo(on: day)?.id == first.id)
    }
    let store = try fixture.open()
    #expect(try store.redo(on: day)?.id == second.id)
    #expect(try store.redo(on: day) == nil)
    #expect(try store.undo(on: day)?.id == second.id)
  }

  @Test func recordingAfterAnUndoForgetsTheRedo() throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let store = try fixture.open()
    _ = try deposit(store, 1)
    _ = try store.undo(on: day)
    _ = try deposit(store, 2)
    #expect(store.ledger.redoableEvent == nil)
    #expect(try store.redo(on: day) == nil)
  }

  @Test func aVoidByHandIsNotRedone() throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let store = try fixture.open()
    let event = try deposit(store, 1)
    try store.void(eventID: event.id, on: day, reason: "entered twice")
    #expect(store.ledger.redoableEvent == nil)
    // The void is the last action: the event-only undo leaves it, undo brings the event back.
    #expect(try store.undo(on: day) == nil)
    let index = store.ledger.eventIndex(id: event.id)!
    #expect(try store.undoAction(on: day) == .voided(store.ledger.event(index)))
    #expect(!store.ledger.event(index).voided)
  }

  @Test func undoOnAnEmptyStoreDoesNothing() throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts)
    let store = try fixture.open()
    #expect(try store.undo(on: day) == nil)
    #expect(try store.redo(on: day) == nil)
    #expect(try fixture.read(Store.eventsFile) == "")
  }

  @Test func restoreLinesAreReadAndCheckedLikeVoids() throws {
    let events =
      Sample.events + """
        2026-05-01 void e2 "undo"
        2026-05-02 restore e2
        2026-05-03 restore nosuch

        """
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: events)
    let store = try fixture.open(writable: false)
    #expect(store.errors.map(\.description) == ["events.txt:9:20: restore refers to no event with this id"])
    #expect(store.ledger.event(store.ledger.eventIndex(id: "e2")!).voided == false)
  }
}
