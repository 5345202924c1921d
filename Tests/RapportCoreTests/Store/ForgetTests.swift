import Foundation
import Testing

@testable import RapportCore

@Suite struct ForgetTests {
  private let day = Day(iso: "2026-11-23")!

  @Test func forgettingAContactRemovesTheirRecordNamesAndNotesAndKeepsTheEquity() throws {
    let events =
      Sample.events + """
        2026-04-02 acme/jane deposit +1 "Lunch with Jane; she mentioned her divorce"
        2026-04-03 void e1 "Jane asked us to drop it"
        2026-04-04 restore e1 "redo"
        2026-04-05 acme/bob deposit +2 "Bob again" id:b2

        """
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: events)
    let store = try fixture.open()
    let ledger = store.ledger
    let acme = ledger.accountIndex("acme")!
    let balance = ledger.totals(account: acme).balanceHundredths
    let bob = ledger.contactIndex("acme/bob")!
    let bobBefore = ledger.totals(contact: bob)
    // The event without an id is known by its derived one; void it so that the reference must follow.
    let derived = try #require((0..<ledger.eventCount).map(ledger.event).first { $0.note.contains("divorce") }).id
    try store.void(eventID: derived, on: day, reason: "Jane again")

    let forgotten = try store.forget(contact: "acme/jane", on: day)
    #expect(forgotten == Forgotten(name: "Jane Doe", events: 3))

    let contacts = try fixture.read(Store.contactsFile)
    #expect(
      contacts
        == Sample.contacts.replacingOccurrences(
          of: Sample.contacts.components(separatedBy: "contact acme/bob")[0], with: ""))
    let written = try fixture.read(Store.eventsFile)
    for secret in ["jane", "Jane", "divorce", "marathons"] { #expect(!written.contains(secret)) }
    let lines = written.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[1] == "2026-01-10 acme deposit insight +3 id:e1")
    #expect(lines[3] == "2026-03-01 acme favour-asked +1 id:e3")
    #expect(lines[6].range(of: #"^2026-04-02 acme deposit \+1 id:[0-9a-z]{10}$"#, options: .regularExpression) != nil)
    #expect(lines[7] == "2026-04-03 void e1")
    #expect(lines[8] == "2026-04-04 restore e1 \"redo\"")
    #expect(lines[9] == "2026-04-05 acme/bob deposit +2 \"Bob again\" id:b2")
    let newID = String(lines[6].suffix(10))
    #expect(lines[10] == "2026-11-23 void \(newID)")
    #expect(lines[11] == "# 2026-11-23 forgotten: a contact's record, and the names and notes of their events")
    #expect(lines.count == 13)
    // Everything else is as it was, byte for byte.
    let originalLines = Sample.events.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(
      [lines[0], lines[2], lines[4], lines[5]] == [
        originalLines[0], originalLines[2], originalLines[4], originalLines[5],
      ])

    let reread = try fixture.open(writable: false)
    #expect(reread.errors.isEmpty)
    #expect(reread.ledger.contactIndex("acme/jane") == nil)
    let after = reread.ledger.accountIndex("acme")!
    #expect(reread.ledger.totals(account: after).balanceHundredths == balance - 100)
    #expect(reread.ledger.totals(contact: reread.ledger.contactIndex("acme/bob")!) == bobBefore)
    #expect(store.ledger.contactIndex("acme/jane") == nil)
  }

  @Test(arguments: ["\r", "\r\n"])
  func forgettingKeepsTheFilesLineEnds(ending: String) throws {
    let events = Sample.events.replacingOccurrences(of: "\n", with: ending)
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: events)
    let store = try fixture.open()
    _ = try store.forget(contact: "acme/jane", on: day)
    let expected =
      Sample.events
      .replacingOccurrences(
        of: "acme/jane deposit insight +3 \"Shared the benchmark\"", with: "acme deposit insight +3"
      )
      .replacingOccurrences(of: "acme/jane favour-asked +1 \"Intro to procurement\"", with: "acme favour-asked +1")
      .replacingOccurrences(of: "\n", with: ending)
    let written = try fixture.read(Store.eventsFile)
    #expect(written.utf8.starts(with: expected.utf8))
    #expect(written.utf8.count == expected.utf8.count + 84)
    let reread = try fixture.open(writable: false)
    #expect(reread.errors.isEmpty)
    #expect(reread.ledger.eventCount == 5)
  }

  @Test func forgettingSomeoneUnknownChangesNothing() throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let store = try fixture.open()
    #expect(throws: StoreError.invalid("no contact 'acme/nobody' in the store")) {
      try store.forget(contact: "acme/nobody", on: day)
    }
    #expect(try fixture.read(Store.eventsFile) == Sample.events)
    #expect(try fixture.read(Store.contactsFile) == Sample.contacts)
  }

  @Test func aFullDiskDuringForgetLeavesTheStoreAsItWas() throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let store = try Store(path: fixture.path, writable: true, today: day, disk: FillingDisk(capacity: 64).disk)
    #expect(throws: StoreError.self) { try store.forget(contact: "acme/jane", on: day) }
    #expect(try fixture.read(Store.eventsFile) == Sample.events)
    #expect(try fixture.read(Store.contactsFile) == Sample.contacts)
  }
}
