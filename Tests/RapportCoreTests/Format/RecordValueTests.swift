import Foundation
import Testing

@testable import RapportCore

/// Field and attribute values read straight from the file's bytes: continued lines, trimmed
/// addresses, quoted days, and a dated note whose first character after the day is not ASCII.
@Suite struct RecordValueTests {
  private let accounts = "account acme \"Acme\" tier:A\n"

  private func open(contacts: String) throws -> (TemporaryStore, Store) {
    let fixture = try TemporaryStore(accounts: accounts, contacts: contacts, events: "")
    return (fixture, try fixture.open(writable: false))
  }

  @Test func aDatedNoteContinuedOnLinesBelowKeepsEachLine() throws {
    let (_, store) = try open(
      contacts: """
        contact acme/jane "Jane" reassess:"2026-12-01"
          progress: 2026-04-12 First line
              second line
          progress: 2026-05-01
              on the next line only
          previous-role: 2025-01-01\tCFO at Initech

        """)
    #expect(store.diagnostics.isEmpty, "\(store.diagnostics)")
    let jane = try #require(store.ledger.contacts.first)
    #expect(jane.progress.map(\.text) == ["First line\nsecond line", "on the next line only"])
    #expect(jane.progress.map(\.day.description) == ["2026-04-12", "2026-05-01"])
    #expect(jane.previousRoles.map(\.text) == ["CFO at Initech"])
    #expect(jane.reassess?.description == "2026-12-01")
  }

  @Test func aCombiningMarkAfterTheDaysSpaceMakesItNoDay() throws {
    // The space and the accent are one character, so the day runs on to the end of the line.
    let (_, store) = try open(
      contacts: "contact acme/jane \"Jane\"\n  progress: 2026-04-12 \u{301}x\n  left: 2026-05-01 é\n")
    #expect(store.diagnostics.map(\.line) == [2], "\(store.diagnostics)")
    #expect(store.diagnostics.first?.reason.hasPrefix("progress:") == true)
    let jane = try #require(store.ledger.contacts.first)
    #expect(jane.progress.isEmpty)
    #expect(jane.left?.text == "é")
  }

  @Test func addressesAreTrimmedOfWhitespaceAtBothEnds() throws {
    let (_, store) = try open(
      contacts: "contact acme/jane \"Jane\"\n  email: jane@acme.example  \n  phone: +44 20 7946 0000\u{3000}\n")
    #expect(store.diagnostics.isEmpty, "\(store.diagnostics)")
    let jane = try #require(store.ledger.contacts.first)
    #expect(jane.emails == ["jane@acme.example"])
    #expect(jane.phones == ["+44 20 7946 0000"])
  }
}
