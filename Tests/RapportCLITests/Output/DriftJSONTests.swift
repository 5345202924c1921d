import Foundation
import RapportCore
import Testing

@testable import rapport

/// `rapport drift --json` is written by hand (`DriftJSON`): byte for byte what JSONEncoder and
/// `InertText` made of the same entries.
@Suite struct DriftJSONTests {
  /// Every account's entry in drift order, as the command makes them.
  static func entries(of path: String, on today: Day) throws -> [DriftEntry] {
    let store = try Store(path: path, writable: false, today: today)
    let ledger = store.ledger
    let reports = ledger.driftReports(on: today)
    return ledger.inReviewOrder(Array(ledger.accounts.indices), reports: reports, on: today).map {
      DriftEntry(reports[$0], ledger.accounts[$0], today: today)
    }
  }

  static func expectSame(_ entries: [DriftEntry], sourceLocation: SourceLocation = #_sourceLocation) throws {
    let expected = Array(try Output.jsonText(entries).utf8)
    let written = DriftJSON.document(entries)
    #expect(DriftJSON.canWrite(entries), sourceLocation: sourceLocation)
    guard written != expected else { return }
    let at =
      (0..<min(written.count, expected.count)).first { written[$0] != expected[$0] }
      ?? min(written.count, expected.count)
    let around = { (bytes: [UInt8]) in
      String(decoding: bytes[max(0, at - 80)..<min(bytes.count, at + 80)], as: UTF8.self)
    }
    Issue.record(
      "differs at byte \(at):\n--- written\n\(around(written))\n--- JSONEncoder\n\(around(expected))",
      sourceLocation: sourceLocation)
  }

  @Test func theDemoStoreOnSeveralDays() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    for day in ["2026-11-23", "2024-01-15", "2030-06-01"] {
      let entries = try Self.entries(of: store, on: Day(iso: day)!)
      #expect(entries.count >= 14)
      try Self.expectSame(entries)
    }
  }

  @Test func aStoreWithControlsAndBidiOverrides() throws {
    let home = try TemporaryHome()
    let store = try InertOutputTests.hostileStore(in: home)
    try Self.expectSame(try Self.entries(of: store, on: Day(iso: "2026-11-23")!))
  }

  @Test func noAccounts() throws {
    try Self.expectSame([])
  }

  /// Entries of the demo store given random text (quotes, backslashes, slashes, every C0
  /// control, DEL, C1 and bidi controls, accents, CJK, emoji), random numbers and optional
  /// fields, and empty and full lists.
  @Test func randomTextNumbersAndOptionalFields() throws {
    let home = try TemporaryHome()
    let base = try Self.entries(of: try home.copyOfDemo(), on: Day(iso: "2026-11-23")!)
    var random = SplitMix64(seed: 16)
    let pieces: [String] =
      [
        "a", "Zoë", "\"", "\\", "/", "//", " ", "é", "田中", "👩‍💻", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "§",
        "—",
        "…", "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{2028}", "\u{FEFF}", "\u{1B}[31m", "'", "<>&",
      ]
      + (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
    func text() -> String { (0..<random.next(6)).map { _ in pieces[random.next(pieces.count)] }.joined() }
    func texts() -> [String] { (0..<random.next(4)).map { _ in text() } }
    func number() -> Double {
      switch random.next(6) {
      case 0: return 0
      case 1: return Double(random.next(2_000_001) - 1_000_000) / 100
      case 2: return Double(random.next(1000))
      case 3: return -Double(random.next(1000)) * 1e14
      case 4: return Double(random.next(1000)) / 1e7
      default: return Double(bitPattern: random.next() & 0x7FEF_FFFF_FFFF_FFFF) * (random.next(2) == 0 ? 1 : -1)
      }
    }
    func maybe<T>(_ value: T) -> T? { random.next(2) == 0 ? nil : value }
    var entries: [DriftEntry] = []
    for n in 0..<400 {
      var entry = base[n % base.count]
      entry.id = text()
      entry.name = text()
      entry.tier = text()
      entry.status = text()
      entry.reasons = texts()
      entry.people = texts()
      entry.keyAccountPlan = texts()
      entry.score = number()
      entry.daysSinceTouch = maybe(random.next(5000) - 100)
      entry.cadenceDays = random.next(400)
      entry.touchesPerMonthInHoneymoon = maybe(number())
      entry.touchesPerMonthRecently = number()
      entry.decayedEquity = number()
      entry.decayedEquityBefore = number()
      entry.plan = maybe(text())
      entry.planNote = maybe(text())
      entry.snoozedUntil = maybe(text())
      entry.snoozeReason = maybe(text())
      entry.planDue = random.next(2) == 0
      entry.parked = random.next(2) == 0
      entries.append(entry)
    }
    try Self.expectSame(entries)
  }

  @Test func numbersJSONCannotHoldAreLeftToTheEncoder() throws {
    let home = try TemporaryHome()
    var entries = try Self.entries(of: try home.copyOfDemo(), on: Day(iso: "2026-11-23")!)
    #expect(DriftJSON.canWrite(entries))
    entries[3].decayedEquity = .infinity
    #expect(!DriftJSON.canWrite(entries))
    entries[3].decayedEquity = 1
    entries[5].touchesPerMonthInHoneymoon = .nan
    #expect(!DriftJSON.canWrite(entries))
  }
}
