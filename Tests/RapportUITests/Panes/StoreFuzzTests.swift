import Foundation
import RapportCore
import RapportUI
import Testing

/// Thousands of damaged copies of the demo store, made the same way on every run: each loads
/// without a crash, every problem found is located in its file, and what `rapport accounts
/// --json` and `rapport drift --json` compute from it can be computed and written as JSON.
@Suite struct StoreFuzzTests {
  static let files = ["accounts.txt", "contacts.txt", "events.txt"]
  static let today = Day(iso: "2026-11-23")!

  @Test func damagedDemoFilesLoadAndReportLocatedProblems() throws {
    let demo = try StoreFuzzTests.files.map {
      try [UInt8](Data(contentsOf: DemoFixture.repository.appendingPathComponent("seeds/demo/\($0)")))
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-fuzz-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var random = ByteMutations(seed: 20_261_123)
    var loadedEvents = 0
    var diagnostics = 0
    var mutations = 0
    let rounds = 800
    for round in 0..<rounds {
      var files = demo
      let damaged = round % 3
      for _ in 0...random.next(4) {
        random.mutate(&files[damaged])
        mutations += 1
      }
      // Now and then a second file is damaged too.
      if random.next(8) == 0 {
        random.mutate(&files[(damaged + 1) % 3])
        mutations += 1
      }
      for (name, bytes) in zip(StoreFuzzTests.files, files) {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
      }
      let store = try Store(path: folder.path, writable: false, today: StoreFuzzTests.today)
      let context = "round \(round), \(StoreFuzzTests.files[damaged]) damaged"
      var lines: [String: FileLines] = [:]
      for diagnostic in store.diagnostics {
        let index = try #require(StoreFuzzTests.files.firstIndex(of: diagnostic.file), "\(context): \(diagnostic)")
        if lines[diagnostic.file] == nil { lines[diagnostic.file] = FileLines(files[index]) }
        let lines = lines[diagnostic.file]!
        #expect(diagnostic.line >= 1 && diagnostic.line <= lines.count, "\(context): \(diagnostic)")
        #expect(diagnostic.column >= 1, "\(context): \(diagnostic)")
        if diagnostic.line >= 1 && diagnostic.line <= lines.count {
          #expect(diagnostic.column <= lines.characters(diagnostic.line) + 1, "\(context): \(diagnostic)")
        }
      }
      diagnostics += store.diagnostics.count
      loadedEvents += store.ledger.eventCount
      try StoreFuzzTests.query(store.ledger, context)
    }
    #expect(mutations >= 2000)
    // The damage left most of each store readable and found problems in many rounds.
    #expect(loadedEvents > rounds * 300)
    #expect(diagnostics > rounds)
  }

  /// What the JSON commands compute: the accounts' summaries and every account's drift report,
  /// in review order; and each account's events, as the dashboard shows them.
  static func query(_ ledger: Ledger, _ context: String) throws {
    let summaries = AccountSummary.all(in: ledger, on: today)
    _ = try JSONEncoder().encode(summaries)
    let reports = ledger.driftReports(on: today)
    let order = ledger.inReviewOrder(Array(ledger.accounts.indices), reports: reports, on: today)
    #expect(order.count == ledger.accounts.count)
    for report in reports {
      let figures = [report.score, report.recentRate, report.decayed, report.decayedBefore, report.honeymoonRate ?? 0]
      #expect(figures.allSatisfy { $0.isFinite }, "\(context): \(ledger.accounts[report.account].id) \(figures)")
    }
    for account in ledger.accounts.indices.prefix(3) {
      let events = ledger.events(ofAccount: account)
      _ = events.map { ledger.event($0).note }
      _ = ledger.timeline(events: events, granularity: .month, count: 8, endingOn: today)
    }
  }
}

/// The lines of a file as the store reads them: ended by `\n`, `\r\n` or a lone `\r`.
struct FileLines {
  private var ranges: [Range<Int>] = []
  private let bytes: [UInt8]

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var start = 0
    var i = 0
    while i < bytes.count {
      if bytes[i] == 10 || bytes[i] == 13 {
        ranges.append(start..<i)
        if bytes[i] == 13, i + 1 < bytes.count, bytes[i + 1] == 10 { i += 1 }
        start = i + 1
      }
      i += 1
    }
    if start < bytes.count { ranges.append(start..<bytes.count) }
  }

  var count: Int { ranges.count }

  /// Characters in line `number` (1-based): UTF-8 bytes that do not continue a character.
  func characters(_ number: Int) -> Int {
    bytes[ranges[number - 1]].filter { $0 & 0xC0 != 0x80 }.count
  }
}

/// Damage done to a file's bytes, chosen by a generator with a fixed seed.
struct ByteMutations {
  private var random: SplitMix64

  init(seed: UInt64) { random = SplitMix64(seed: seed) }

  mutating func next() -> UInt64 { random.next() }

  mutating func next(_ bound: Int) -> Int { random.next(bound) }

  private static let insertions: [[UInt8]] = [
    [0x22], [0x22, 0x22], [0], [0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
    [0x0D], [0x0D, 0x0A], [0x0A], [0x09], [0x5C], [0x5C, 0x22], [0x23], [0x2F], [0x20, 0x20],
    Array("99999999999999999999".utf8), Array("-99999999999.999".utf8), Array(" +100.01".utf8),
    Array(" 0 ".utf8), Array("9999-12-31".utf8), Array("0001-01-01".utf8), Array("2024-02-29".utf8),
    Array(" id:".utf8), Array(" void ".utf8), Array(" restore ".utf8), Array(" id:ty0ejkf1bd".utf8),
    Array("cadence:99999999999999999999".utf8), Array(" tier:".utf8), Array(" won:9999-12-31".utf8),
    Array("\naccount x \"X\" tier:A\n".utf8), Array("\ncontact brightwater/x \"X\"\n".utf8),
    Array("\n  personal: ".utf8), Array("\n    ".utf8), Array("\n9999-12-31 brightwater deposit +100\n".utf8),
    Array("\n0001-01-01 brightwater withdrawal -100\n".utf8), Array("\u{202E}\u{1B}[31m".utf8),
  ]

  /// Damages `bytes` in one of several ways.
  mutating func mutate(_ bytes: inout [UInt8]) {
    let at = next(bytes.count + 1)
    switch next(10) {
    case 0 where !bytes.isEmpty:
      bytes[min(at, bytes.count - 1)] ^= UInt8(1) << UInt8(next(8))
    case 1:
      bytes.insert(contentsOf: ByteMutations.insertions[next(ByteMutations.insertions.count)], at: at)
    case 2:
      // A run of one byte: a huge line, a huge token or a huge number.
      let run = [UInt8(ascii: "a"), UInt8(ascii: "9"), UInt8(ascii: " "), UInt8(ascii: "\""), 0xC3][next(5)]
      bytes.insert(contentsOf: repeatElement(run, count: 1 + next(100_000)), at: at)
    case 3:
      let end = min(bytes.count, at + next(2000))
      bytes.removeSubrange(at..<end)
    case 4:
      let end = min(bytes.count, at + next(5000))
      bytes.insert(contentsOf: bytes[at..<end], at: min(bytes.count, end + next(100)))
    case 5:
      // Line ends swapped: \n to \r, or to \r\n.
      let ending: [UInt8] = next(2) == 0 ? [13] : [13, 10]
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count * 2)
      for byte in bytes { if byte == 10 { out += ending } else { out.append(byte) } }
      bytes = out
    case 6:
      // A digit made another digit, or a character of a token another.
      if let digit = bytes[min(at, bytes.count)...].firstIndex(where: { $0 >= 48 && $0 <= 57 }) {
        bytes[digit] = UInt8(48 + next(10))
      }
    case 7:
      bytes.insert(contentsOf: repeatElement(UInt8(ascii: "\n"), count: 1 + next(3)), at: at)
    default:
      // Bytes from elsewhere in the file, or random bytes.
      let count = 1 + next(16)
      bytes.insert(contentsOf: (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }, at: at)
    }
  }
}
