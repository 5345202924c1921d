import Foundation
import Testing

@testable import RapportCore

/// Forgetting a person keeps the promises made to them with the account, without what was
/// promised, and the store stays free of errors.
@Suite struct PromiseForgetTests {
  @Test func promisesToAForgottenContactStayWithTheAccountWithoutWhat() throws {
    let events =
      Sample.events + """
        2026-10-01 acme/jane promise "send Jane the marathon photos" due:2026-11-14 by:sam
        2026-10-02 acme/jane promise "call Jane" due:2026-11-30 id:p2
        2026-10-03 acme/bob promise "send Bob the report" due:2026-11-30 id:p3

        """
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: events)
    let store = try fixture.open()
    let derived = store.ledger.promises[0].id
    #expect(derived.hasPrefix("~"))
    try store.keep(derived, on: Day(iso: "2026-11-10")!)
    try store.drop("p2", on: Day(iso: "2026-11-11")!, reason: "Jane is on leave")
    _ = try store.undoAction(on: Day(iso: "2026-11-11")!)
    _ = try store.forget(contact: "acme/jane", on: Day(iso: "2026-11-23")!)

    let written = try fixture.read(Store.eventsFile)
    for secret in ["jane", "Jane", "marathon"] { #expect(!written.contains(secret), "\(written)") }
    let reread = try fixture.open()
    #expect(reread.errors.isEmpty, "\(reread.errors)")
    let promises = reread.ledger.promises
    #expect(promises.map(\.what) == ["…", "…", "send Bob the report"])
    #expect(promises.map(\.contact) == [nil, nil, "bob"])
    #expect(promises.map(\.status) == [.kept, .open, .open])
    #expect(!promises[0].id.hasPrefix("~") && promises[0].event != nil && promises[0].by == "sam")
    // Undo and redo still read the file: the drop was undone last.
    #expect(reread.ledger.redoableAction == .promiseClosed(promise: 1, event: nil))
  }
}
