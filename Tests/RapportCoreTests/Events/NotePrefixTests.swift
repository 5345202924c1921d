import Foundation
import Testing

@testable import RapportCore

@Suite struct NotePrefixTests {
  @Test func aRowAsksOnlyForTheStartOfAHugeNote() throws {
    // Three-byte characters, so that most cuts fall inside one.
    let note = String(repeating: "日本語 and more ", count: 100_000)
    let fixture = try TemporaryStore(
      accounts: "account a \"A\" tier:A\n", events: "2026-01-01 a deposit +1 \"\(note)\" id:big\n")
    let ledger = try fixture.open(writable: false).ledger
    #expect(ledger.event(0).note == note)
    for limit in [1, 2, 3, 4, 5, 100, 301] {
      let start = ledger.event(0, noteLimit: limit).note
      #expect(start.utf8.count <= limit)
      #expect(start.utf8.count > limit - 3)
      #expect(note.hasPrefix(start))
      #expect(!start.contains("\u{FFFD}"))
    }
  }
}
