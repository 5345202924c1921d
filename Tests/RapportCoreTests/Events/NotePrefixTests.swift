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

  @Test func theStartOfANoteNeverCutsAnEmojiSequence() throws {
    // 👩‍💻 is 11 bytes, 👨‍👩‍👧 18, 🇩🇪 8, 👍🏽 8: most cuts fall inside one.
    let clusters = ["👩‍💻", "👨‍👩‍👧", "🇩🇪", "👍🏽"]
    let note = String(repeating: clusters.joined(), count: 50)
    let fixture = try TemporaryStore(
      accounts: "account a \"A\" tier:A\n", events: "2026-01-01 a deposit +1 \"\(note)\" id:big\n")
    let ledger = try fixture.open(writable: false).ledger
    for limit in 1...120 {
      let start = ledger.event(0, noteLimit: limit).note
      #expect(start.utf8.count <= limit)
      #expect(note.hasPrefix(start))
      // Whole clusters only: the start is as many of them as fit, each one whole.
      let whole = Array(note).prefix(start.count).map(String.init)
      #expect(Array(start).map(String.init) == whole, "limit \(limit)")
      #expect(start.utf8.count + 18 > limit, "limit \(limit): more would have fit")
    }
  }
}
