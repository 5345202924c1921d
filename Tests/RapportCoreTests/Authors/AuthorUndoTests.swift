import Foundation
import Testing

@testable import RapportCore

/// Undo and redo act on the store author's own lines: a teammate's lines, pulled in after mine,
/// are skipped.
@Suite struct AuthorUndoTests {
  private let accounts = "account acme \"Acme\" tier:A\n"
  private let day = Day(iso: "2026-11-23")!

  /// Appends lines to the events file as a pull would, and opens the store again as `me`.
  private func pull(_ lines: [String], into fixture: TemporaryStore, as me: String = "sam") throws -> Store {
    try fixture.write(Store.eventsFile, try fixture.read(Store.eventsFile) + lines.joined(separator: "\n") + "\n")
    let store = try fixture.open()
    store.author = Author(me)
    #expect(store.diagnostics.isEmpty, "\(store.diagnostics)")
    return store
  }

  @Test func undoVoidsMyLineNotTheTeammatesPulledAfterIt() throws {
    let fixture = try TemporaryStore(accounts: accounts)
    var store = try fixture.open()
    store.author = Author("sam")
    let mine = try store.record(EventDraft(day: day, account: "acme", type: .deposit, kind: "", weight: Weight(3)))
    store = try pull(
      ["2026-11-23 acme deposit +1 \"lunch\" by:Jane id:jane1", "2026-11-23 acme deposit +2 by:Jane id:jane2"],
      into: fixture)
    // Without an author every line counts: Jane's last line would go.
    #expect(store.ledger.undoableAction.map { store.ledger.event($0.event!).id } == "jane2")
    let undone = try store.undoAction(on: day)
    #expect(undone?.event?.id == mine.id)
    #expect(try fixture.read(Store.eventsFile).hasSuffix("void \(mine.id) \"undo\" by:sam\n"))
    #expect(!store.ledger.event(1).voided && !store.ledger.event(2).voided)
    // Nothing of mine is left; Jane's lines stay, and undo says so.
    #expect(try store.undoAction(on: day) == nil)
    #expect(
      store.ledger.nothingOfYours(to: "undo", author: store.author!)
        == "nothing of yours to undo; Jane's 2 newer lines stay")
    // Jane logs again after my undo: my redo still brings my event back.
    store = try pull(["2026-11-24 acme withdrawal -1 by:jane id:jane3"], into: fixture)
    #expect(try store.redoAction(on: day)?.event?.id == mine.id)
    #expect(!store.ledger.event(0).voided)
    // And Jane, in her clone, undoes her own last line, not my restore.
    store.author = Author("Jane")
    #expect(try store.undoAction(on: day)?.event?.id == "jane3")
  }

  @Test func linesWithoutAnAuthorAreMineInASoloStore() throws {
    // Written before authors, then by me: the unsigned line is still mine to undo.
    let fixture = try TemporaryStore(
      accounts: accounts,
      events: "2026-11-20 acme deposit +1 id:old\n2026-11-21 acme deposit +1 by:Sam id:sam1\n")
    let store = try fixture.open()
    store.author = Author("sam")
    #expect(try store.undoAction(on: day)?.event?.id == "sam1")
    #expect(try store.undoAction(on: day)?.event?.id == "old")
    #expect(try store.undoAction(on: day) == nil)
    #expect(store.ledger.nothingOfYours(to: "undo", author: Author("sam")!) == "nothing of yours to undo")
    #expect(try store.redoAction(on: day)?.event?.id == "old")
  }

  @Test func linesWithoutAnAuthorAreNobodysOnceATeammateIsNamed() throws {
    let fixture = try TemporaryStore(
      accounts: accounts,
      events: "2026-11-19 acme deposit +1 by:sam id:sam1\n2026-11-20 acme deposit +1 id:old\n"
        + "2026-11-21 acme deposit +1 by:kim id:kim1\n")
    let store = try fixture.open()
    store.author = Author("sam")
    #expect(try store.undoAction(on: day)?.event?.id == "sam1")
    #expect(try store.undoAction(on: day) == nil)
    #expect(!store.ledger.event(1).voided && !store.ledger.event(2).voided)
    #expect(
      store.ledger.nothingOfYours(to: "undo", author: Author("sam")!)
        == "nothing of yours to undo; kim's 1 newer line and 1 line without an author stay")
    // A promise named by a teammate is enough to make the unsigned lines nobody's.
    let promised = try TemporaryStore(
      accounts: accounts,
      events: "2026-11-20 acme deposit +1 id:old\n2026-11-21 acme promise \"call\" due:2026-11-30 by:kim id:kp1\n")
    let other = try promised.open()
    other.author = Author("sam")
    #expect(try other.undoAction(on: day) == nil)
    #expect(
      other.ledger.nothingOfYours(to: "undo", author: Author("sam")!)
        == "nothing of yours to undo; kim's 1 newer line and 1 line without an author stay")
  }

  @Test func aTeammatesPromiseAndItsClosingAreSkipped() throws {
    let fixture = try TemporaryStore(accounts: accounts)
    var store = try fixture.open()
    store.author = Author("sam")
    let promise = try store.promise(PromiseDraft(day: day, account: "acme", what: "send it", due: day))
    store = try pull(
      [
        "2026-11-23 acme promise \"call back\" due:2026-11-30 by:jane id:jp1",
        "2026-11-23 dropped jp1 \"not needed\" by:jane",
      ], into: fixture)
    let undone = try store.undoAction(on: day)
    guard case .promiseMade(let made) = undone else {
      Issue.record("undo took back \(String(describing: undone))")
      return
    }
    #expect(made.id == promise.id)
    #expect(store.ledger.promise(id: "jp1")?.status == .dropped)
    #expect(try store.undoAction(on: day) == nil)
  }
}
