import Foundation
import Testing

@testable import RapportCore

/// The `by:NAME` tag: read from every kind of line, written on every line the store writes, and
/// reported where it is wrong.
@Suite struct AuthorLineTests {
  private let accounts = "account acme \"Acme\" tier:A\n"
  private let jane = "contact acme/jane \"Jane\" role:COO\n"
  private let day = Day(iso: "2026-11-23")!

  @Test func eventsReadTheirAuthorBareOrQuotedAndOlderLinesHaveNone() throws {
    let events = """
      2026-10-01 acme/jane deposit check-in +1 "Review" for:career src:csv:1 by:sam id:a1
      2026-10-02 acme deposit +1 by:"Sam Lee" id:a2
      2026-10-03 acme deposit +2 "old line" id:a3
      2026-10-04 acme deposit +2 by:Sam
      2026-10-05 acme/jane deposit insight +2 "n" by:"Zoë Ångström"

      """
    let store = try TemporaryStore(accounts: accounts, contacts: jane, events: events).open()
    #expect(store.diagnostics.isEmpty, "\(store.diagnostics)")
    let authors = (0..<5).map { store.ledger.event($0).author?.name }
    #expect(authors == ["sam", "Sam Lee", nil, "Sam", "Zoë Ångström"])
    // Names compare ignoring case.
    #expect(store.ledger.event(0).author == store.ledger.event(3).author)
    #expect(store.ledger.event(0).forCareer)
  }

  @Test func authorsAreTheSameWhenTheFileIsLoadedInManyChunks() throws {
    var events = ""
    let names = ["sam", "\"Jane Roe\"", "kim", ""]
    for i in 0..<3000 {
      let name = names[i % 4]
      events += "2026-10-01 acme deposit +1\(name.isEmpty ? "" : " by:\(name)") id:e\(i)\n"
    }
    let fixture = try TemporaryStore(accounts: accounts, events: events)
    let store = try fixture.open()
    #expect(store.diagnostics.isEmpty)
    for i in [0, 1, 2, 3, 1501, 2998, 2999] {
      let expected = names[i % 4].replacingOccurrences(of: "\"", with: "")
      #expect(store.ledger.event(i).author?.name == (expected.isEmpty ? nil : expected))
    }
    // Parsed in small chunks on several threads, the authors are interned as in one pass.
    let bytes = Array(try fixture.read(Store.eventsFile).utf8)
    let drafting = EventLog.Drafting(bytesPerChunk: 4096) { bytes }
    drafting.work()
    var sink = DiagnosticSink(file: "events.txt")
    var ledger = store.ledger
    ledger.loadEvents(bytes, drafted: drafting.takeDraft(), sink: &sink)
    #expect(sink.diagnostics.isEmpty)
    #expect((0..<3000).allSatisfy { ledger.event($0).author == store.ledger.event($0).author })
  }

  @Test func aBadNameIsReportedWhereItIsWritten() throws {
    let long = String(repeating: "a", count: 65)
    let events =
      [
        "2026-10-01 acme deposit +1 by: id:b1",
        "2026-10-01 acme deposit +1 by:\"Sam id:b2",
        "2026-10-01 acme deposit +1 by:\(long) id:b3",
        "2026-10-01 acme deposit +1 by:sa\u{7}m id:b4",
        "2026-10-01 acme deposit +1 id:b5 by:sam",
        "2026-10-01 acme deposit +1 by:sam src:x id:b6",
        "2026-10-02 void b5 \"oops\" by:\"\"",
        "2026-10-02 void b5 \"oops\" by:s\u{1B}",
      ].joined(separator: "\n") + "\n"
    let store = try TemporaryStore(accounts: accounts, events: events).open()
    let found = store.diagnostics.map(\.description)
    #expect(found.count == 8, "\(found)")
    #expect(found[0].hasPrefix("events.txt:1:28: by: names no one"))
    #expect(found[1].hasPrefix("events.txt:2:31: unterminated quote: close the name after by:"))
    #expect(found[2].hasPrefix("events.txt:3:31: by: the name is longer than 64 characters"))
    #expect(found[3].hasPrefix("events.txt:4:31: by: the name contains a control character (U+7)"))
    #expect(found[4].hasPrefix("events.txt:5:34: unexpected 'by:sam' after the id"))
    #expect(found[5].hasPrefix("events.txt:6:35: unexpected 'src:x'"))
    #expect(found[6].hasPrefix("events.txt:7:27: by: names no one"))
    #expect(found[7].hasPrefix("events.txt:8:30: by: the name contains a control character (U+1B)"))
  }

  @Test func everyLineTheStoreWritesCarriesItsAuthor() throws {
    let fixture = try TemporaryStore(accounts: accounts, contacts: jane)
    let store = try fixture.open()
    store.author = Author("Sam Lee")
    let draft = EventDraft(
      day: day, account: "acme", contact: "jane", type: .deposit, kind: "insight", weight: Weight(2))
    let first = try store.record(draft)
    #expect(first.author?.name == "Sam Lee")
    let fixed = try store.correct(eventID: first.id, with: draft, on: day).recorded
    store.author = Author("sam")
    try store.void(eventID: fixed.id, on: day, reason: "wrong")
    let promise = try store.promise(PromiseDraft(day: day, account: "acme", what: "send it", due: day))
    _ = try store.keep(promise.id, on: day)
    _ = try store.undoAction(on: day)
    _ = try store.redoAction(on: day)
    let lines = try fixture.read(Store.eventsFile).split(separator: "\n")
    #expect(lines.count == 11, "\(lines)")
    #expect(lines[0].hasSuffix(" +2 by:\"Sam Lee\" id:\(first.id)"))
    #expect(lines[1].hasSuffix(" by:\"Sam Lee\" id:\(fixed.id)"))
    #expect(lines[2] == "2026-11-23 void \(first.id) \"corrected by \(fixed.id)\" by:\"Sam Lee\"")
    #expect(lines[3] == "2026-11-23 void \(fixed.id) \"wrong\" by:sam")
    #expect(lines[4].hasSuffix("due:2026-11-23 by:sam id:\(promise.id)"))
    #expect(lines[5].contains(" promise:\(promise.id) by:sam id:"))
    #expect(lines[6] == "2026-11-23 kept \(promise.id) by:sam")
    // Undo takes back the kept promise and its deposit; redo brings both back.
    #expect(lines[7].hasSuffix(" \"undo\" by:sam") && lines[7].contains(" void "))
    #expect(lines[8] == "2026-11-23 reopened \(promise.id) \"undo\" by:sam")
    #expect(lines[9].hasSuffix(" \"redo\" by:sam") && lines[9].contains(" restore "))
    #expect(lines[10] == "2026-11-23 kept \(promise.id) \"redo\" by:sam")
    // Read back: the same authors, no problem.
    let reopened = try fixture.open()
    #expect(reopened.diagnostics.isEmpty, "\(reopened.diagnostics)")
    #expect(reopened.ledger.event(0).author?.name == "Sam Lee")
    #expect(reopened.ledger.promise(at: 0).by == "sam")
  }

  @Test func withoutAnAuthorLinesAreWrittenAsBefore() throws {
    let fixture = try TemporaryStore(accounts: accounts)
    let store = try fixture.open()
    let event = try store.record(EventDraft(day: day, account: "acme", type: .deposit, kind: "", weight: Weight(1)))
    #expect(try fixture.read(Store.eventsFile) == "2026-11-23 acme deposit +1 id:\(event.id)\n")
    #expect(event.author == nil)
  }

  @Test func anEntryStaysFortyEightBytes() {
    #expect(MemoryLayout<EventEntry>.stride == 48)
    var entry = EventEntry(
      day: 1, account: 0, contact: -1, weight: 100, noteStart: 0, noteLength: 0, line: 1, idStart: -1, idKey: 0,
      kind: 0, author: 7, idLength: 0, type: .favourAsked, voided: false, forCareer: true)
    entry.voided = true
    #expect(entry.type == .favourAsked && entry.voided && entry.forCareer && entry.author == 7)
    entry.forCareer = false
    entry.type = .withdrawal
    #expect(entry.type == .withdrawal && entry.voided && !entry.forCareer)
  }
}
