import Foundation
import Testing

@testable import RapportCore

/// Every problem of a promise line, a closing line or a `promise:` link is reported at once, as
/// FILE:LINE:COLUMN, like the event lines'.
@Suite struct PromiseLineErrorTests {
  private func diagnostics(_ events: String) throws -> [String] {
    let fixture = try TemporaryStore(
      accounts: "account acme \"Acme\" tier:A\n", contacts: "contact acme/jane \"Jane\"\n", events: events)
    return try fixture.open(writable: false).diagnostics.map(\.description)
  }

  @Test func aPromiseLineReportsItsTargetItsDueDayAndUnknownWords() throws {
    #expect(
      try diagnostics(
        """
        2026-11-01 nobody promise "send it" due:2026-02-30 soon id:p1
        2026-11-01 acme/zed promise "send it" by:sam
        2026-11-01 acme promise due:2026-11-30
        2026-11-01 acme promise "" due:2026-11-30 id:Bad

        """) == [
          "events.txt:1:12: unknown account 'nobody': add it to accounts.txt or fix the id",
          "events.txt:1:41: due: no day 30 in February 2026: it has 28 days",
          "events.txt:1:52: unexpected 'soon': a promise line is DATE TARGET promise \"WHAT\" due:DATE [by:WHO] [id:ID]",
          "events.txt:2:17: unknown contact 'acme/zed': add it to contacts.txt or fix the id",
          "events.txt:2:45: a promise needs a due day: add due:YYYY-MM-DD",
          "events.txt:3:25: expected what was promised, in double quotes, after 'promise'",
          "events.txt:4:25: what was promised is empty: say what, such as \"send the benchmark\"",
          "events.txt:4:46: 'Bad' is not a promise id: \(Identifier.rule)",
        ])
  }

  @Test func closingLinesNameAPromiseAndAClosedOneIsNotClosedAgain() throws {
    #expect(
      try diagnostics(
        """
        2026-11-01 acme promise "send it" due:2026-11-30 id:p1
        2026-11-02 kept nosuch
        2026-11-03 kept p1
        2026-11-04 missed p1 "too late"
        2026-11-05 reopened p1
        2026-11-06 reopened p1
        2026-11-07 dropped
        2026-11-08 kept p1 "note" extra

        """) == [
          "events.txt:2:17: kept refers to no promise with this id",
          "events.txt:4:19: the promise 'p1' was already kept on 2026-11-03 (line 3); this line is ignored: remove one of the two, or reopen it between them",
          "events.txt:6:21: the promise 'p1' is open: there is nothing to reopen",
          "events.txt:7:19: expected the id of the promise that was dropped",
          "events.txt:8:27: unexpected text after the kept line's note",
        ])
  }

  @Test func aLaterCloseIsIgnored() throws {
    let fixture = try TemporaryStore(
      accounts: "account acme \"Acme\" tier:A\n",
      events: "2026-11-01 acme promise \"x\" due:2026-11-30 id:p1\n2026-11-03 kept p1\n2026-11-04 missed p1\n")
    let store = try fixture.open(writable: false)
    #expect(store.errors.count == 1)
    #expect(store.ledger.promises.map(\.status) == [.kept])
    #expect(store.ledger.promises[0].closed == Day(iso: "2026-11-03"))
  }

  @Test func aPromiseLinkNamesAPromiseAndIdsAreNotShared() throws {
    #expect(
      try diagnostics(
        """
        2026-11-01 acme promise "send it" due:2026-11-30 id:p1
        2026-11-02 acme deposit promise-kept +2 "Kept" promise:nosuch id:e1
        2026-11-02 acme deposit +2 promise:Bad!
        2026-11-03 acme promise "again" due:2026-11-30 id:e1

        """) == [
          "events.txt:2:56: promise: names no promise with this id: make the promise first, or fix the id",
          "events.txt:3:36: 'Bad!' is not a promise id",
          "events.txt:4:51: duplicate id: line 2 has it too; give one of them another id",
        ])
  }

  @Test func promiseLinesInEveryChunkLoadAsInOnePass() throws {
    // Lines about promises are read again with the tables; far apart, they land in other chunks.
    var events = "2026-01-01 acme promise \"a\" due:2026-11-30 id:p1\n"
    for n in 0..<3000 { events += "2026-01-02 acme deposit insight +1 \"note \(n)\" id:e\(n)\n" }
    events += "2026-02-01 acme deposit promise-kept +2 promise:p1 id:k1\n2026-02-01 kept p1\n"
    for n in 0..<3000 { events += "2026-03-02 acme/jane deposit +1 id:f\(n)\n" }
    events += "2026-03-03 reopened p1\n2026-03-04 acme promise \"b\" due:2026-11-30\n"
    let fixture = try TemporaryStore(
      accounts: "account acme \"Acme\" tier:A\n", contacts: "contact acme/jane \"Jane\"\n", events: events)
    let bytes = Array(events.utf8)
    for chunk in [1 << 12, 1 << 20] {
      var ledger = try fixture.open(writable: false).ledger
      let drafting = EventLog.Drafting(bytesPerChunk: chunk) { bytes }
      drafting.work()
      var sink = DiagnosticSink(file: "events.txt")
      ledger.loadEvents(bytes, drafted: drafting.takeDraft(), sink: &sink)
      #expect(sink.diagnostics.isEmpty)
      #expect(ledger.promises.map(\.status) == [.open, .open])
      #expect(ledger.promises.map(\.line) == [1, 6005])
      #expect(ledger.promiseLinked(toEvent: ledger.eventIndex(id: "k1")!) == 0)
      #expect(ledger.log.promises.marks.map(\.line) == [3003, 6004])
    }
  }

  @Test func anEventEntryStaysFortyEightBytes() {
    // The link to a promise lives in a side table, not in every event's entry.
    #expect(MemoryLayout<EventEntry>.size == 48)
  }
}
