import Foundation
import Testing

@testable import RapportCore

/// Any event can be corrected: the old one voided and the new one recorded in one write, both
/// lines kept; undo takes back both at once and redo puts both back, across a restart too.
@Suite struct CorrectionTests {
  let today = Day(iso: "2026-11-23")!

  func fixture() throws -> TemporaryStore {
    try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
  }

  func tail(_ fixture: TemporaryStore, since before: String) throws -> String {
    String(try fixture.read(Store.eventsFile).dropFirst(before.count))
  }

  /// e2, the withdrawal of -2, corrected to -1 with another note.
  func fixed() -> EventDraft {
    EventDraft(
      day: Day(iso: "2026-02-01")!, account: "acme", type: .withdrawal, kind: "mistake", weight: Weight(-1),
      note: "Invoice sent twice; only one was paid")
  }

  @Test func aCorrectionVoidsTheOldEventAndRecordsTheNewInOneWrite() throws {
    let fixture = try fixture()
    let store = try fixture.open()
    let acme = store.ledger.accountIndex("acme")!
    let balance = store.ledger.totals(account: acme).balanceHundredths
    let before = try fixture.read(Store.eventsFile)
    let (voided, recorded) = try store.correct(eventID: "e2", with: fixed(), on: today)
    #expect(voided.id == "e2" && voided.voided)
    #expect(!recorded.voided && recorded.weight == Weight(-1))
    #expect(
      try tail(fixture, since: before)
        == "2026-02-01 acme withdrawal mistake -1 \"Invoice sent twice; only one was paid\" id:\(recorded.id)\n"
        + "2026-11-23 void e2 \"corrected by \(recorded.id)\"\n")
    // -2 out, -1 in.
    #expect(store.ledger.totals(account: acme).balanceHundredths == balance + 100)
    let new = store.ledger.eventIndex(id: recorded.id)!
    let old = store.ledger.eventIndex(id: "e2")!
    #expect(store.ledger.correctedEvent(by: new) == old)
    #expect(store.ledger.correctingEvent(of: old) == new)
    #expect(store.ledger.undoableAction == .corrected(old: old, new: new))
    // The link is read back from the file.
    let reopened = try fixture.open()
    #expect(reopened.ledger.correctedEvent(by: new) == old)
    #expect(reopened.ledger.undoableAction == .corrected(old: old, new: new))
  }

  @Test func anyEventCanBeCorrectedNotOnlyTheLast() throws {
    let fixture = try fixture()
    let store = try fixture.open()
    let (_, recorded) = try store.correct(
      eventID: "e1",
      with: EventDraft(
        day: Day(iso: "2026-01-10")!, account: "acme", contact: "jane", type: .deposit, kind: "insight",
        weight: Weight(2)), on: today)
    #expect(store.ledger.event(store.ledger.eventIndex(id: "e1")!).voided)
    #expect(store.ledger.event(store.ledger.eventIndex(id: "e4")!).voided == false)
    #expect(recorded.contact == "jane")
    // A void event cannot be corrected again, and nothing is written.
    let before = try fixture.read(Store.eventsFile)
    #expect(throws: StoreError.self) { try store.correct(eventID: "e1", with: fixed(), on: today) }
    #expect(throws: StoreError.self) { try store.correct(eventID: "nope", with: fixed(), on: today) }
    var unknown = fixed()
    unknown.account = "nobody"
    #expect(throws: StoreError.self) { try store.correct(eventID: "e2", with: unknown, on: today) }
    #expect(try fixture.read(Store.eventsFile) == before)
  }

  @Test func undoTakesBackBothAndRedoPutsBothBack() throws {
    let fixture = try fixture()
    let store = try fixture.open()
    let acme = store.ledger.accountIndex("acme")!
    let balance = store.ledger.totals(account: acme).balanceHundredths
    let (_, recorded) = try store.correct(eventID: "e2", with: fixed(), on: today)
    let old = store.ledger.eventIndex(id: "e2")!
    let new = store.ledger.eventIndex(id: recorded.id)!

    var before = try fixture.read(Store.eventsFile)
    let undone = try store.undoAction(on: today)
    guard case .corrected(let was, let now)? = undone else {
      Issue.record("undo took back \(String(describing: undone))")
      return
    }
    #expect(was.id == "e2" && !was.voided && now.id == recorded.id && now.voided)
    #expect(
      try tail(fixture, since: before)
        == "2026-11-23 void \(recorded.id) \"undo\"\n2026-11-23 restore e2 \"undo\"\n")
    #expect(store.ledger.totals(account: acme).balanceHundredths == balance)
    #expect(store.ledger.correctingEvent(of: old) == nil)

    // After a restart, redo puts both back in one write.
    let reopened = try fixture.open()
    #expect(reopened.ledger.redoableAction == .corrected(old: old, new: new))
    before = try fixture.read(Store.eventsFile)
    guard case .corrected? = try reopened.redoAction(on: today) else {
      Issue.record("redo did not bring the correction back")
      return
    }
    #expect(
      try tail(fixture, since: before)
        == "2026-11-23 restore \(recorded.id) \"redo\"\n2026-11-23 void e2 \"corrected by \(recorded.id)\"\n")
    #expect(reopened.ledger.totals(account: acme).balanceHundredths == balance + 100)
    #expect(reopened.ledger.redoableAction == nil)
    // And undo takes the pair back again, then the event before it.
    #expect(reopened.ledger.undoableAction == .corrected(old: old, new: new))
    _ = try reopened.undoAction(on: today)
    #expect(reopened.ledger.redoableAction == .corrected(old: old, new: new))
    // The kyoto deposit, the last line still in effect.
    #expect(reopened.ledger.undoableAction == .event(4))
  }

  @Test func aVoidWithAnotherReasonIsNoCorrection() throws {
    let fixture = try fixture()
    let store = try fixture.open()
    try store.void(eventID: "e2", on: today, reason: "corrected by hand")
    let old = store.ledger.eventIndex(id: "e2")!
    #expect(store.ledger.correctingEvent(of: old) == nil)
    #expect((0..<store.ledger.eventCount).allSatisfy { store.ledger.correction(by: $0) == nil })
    // Undo takes back the last event recorded, as before.
    #expect(store.ledger.undoableAction == .event(4))
  }

  @Test func undoBringsBackAVoidedEventAndRedoVoidsItAgain() throws {
    let fixture = try fixture()
    let store = try fixture.open()
    let acme = store.ledger.accountIndex("acme")!
    let balance = store.ledger.totals(account: acme).balanceHundredths
    try store.void(eventID: "e2", on: today)
    let e2 = store.ledger.eventIndex(id: "e2")!
    #expect(store.ledger.undoableAction == .voided(e2))
    #expect(store.ledger.undoableEvent == nil)
    var before = try fixture.read(Store.eventsFile)
    #expect(try store.undoAction(on: today) == .voided(store.ledger.event(e2)))
    #expect(try tail(fixture, since: before) == "2026-11-23 restore e2 \"undo\"\n")
    #expect(store.ledger.totals(account: acme).balanceHundredths == balance)
    // Undo goes on to the last event recorded, and redo, after a restart, voids e2 again.
    #expect(store.ledger.undoableAction == .event(4))
    let reopened = try fixture.open()
    #expect(reopened.ledger.redoableAction == .voided(e2))
    before = try fixture.read(Store.eventsFile)
    _ = try reopened.redoAction(on: today)
    #expect(try tail(fixture, since: before) == "2026-11-23 void e2 \"redo\"\n")
    #expect(reopened.ledger.event(e2).voided)
    #expect(reopened.ledger.redoableAction == nil)
    #expect(reopened.ledger.undoableAction == .voided(e2))
  }

  @Test func aNewVoidEndsWhatCanBeRedone() throws {
    let fixture = try fixture()
    let store = try fixture.open()
    try store.void(eventID: "e2", on: today)
    _ = try store.undoAction(on: today)
    #expect(store.ledger.redoableAction == .voided(store.ledger.eventIndex(id: "e2")!))
    try store.void(eventID: "e3", on: today)
    #expect(store.ledger.redoableAction == nil)
    #expect(store.ledger.undoableAction == .voided(store.ledger.eventIndex(id: "e3")!))
  }
}
