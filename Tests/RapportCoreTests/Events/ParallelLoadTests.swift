import Foundation
import Testing

@testable import RapportCore

/// The events file is drafted in chunks on several threads and joined in file order: whatever
/// the chunk size, it must load exactly as in one chunk.
@Suite struct ParallelLoadTests {
  /// A ledger of 40 accounts with three contacts each and no events.
  private static let records: Ledger = {
    var ledger = Ledger(settings: EquitySettings(), referenceDay: Day(iso: "2026-11-23")!)
    for a in 0..<40 {
      ledger.add(Account(id: "acct\(a)", name: "Account \(a)", tier: .b))
      for c in 0..<3 { _ = ledger.add(Contact(account: "acct\(a)", id: "p\(c)", name: "Person \(c)")) }
    }
    return ledger
  }()

  /// An events log of more than 3 MiB: events with and without ids (and identical hand-written
  /// lines), kinds, notes with escapes, voids, undos and restores of events anywhere before,
  /// ids written twice far apart, lines with problems, comments, blank lines, runs of `\r\n`
  /// and of lone `\r` line ends, and a line longer than the smaller chunks.
  static func log(seed: UInt64, duplicates: Bool) -> (bytes: [UInt8], lines: Int) {
    var random = SplitMix64(seed: seed)
    var text: [UInt8] = []
    var ids: [String] = []
    var lines = 0
    var afterReturn = false
    let kinds = ["insight", "promise-kept", "mistake", "escalation", "k-\(seed)"]
    while text.count < 3_300_000 || lines < 30_000 {
      let region = (lines / 4000) % 5
      let ending = region == 1 ? "\r\n" : region == 3 && random.next(8) == 0 ? "\r" : "\n"
      let day = String(format: "20%02d-%02d-%02d", 19 + random.next(8), 1 + random.next(12), 1 + random.next(28))
      var line: String
      switch random.next(100) {
      case 0..<55:
        let account = "acct\(random.next(40))"
        let target = random.next(3) == 0 ? account : "\(account)/p\(random.next(3))"
        let type = ["deposit", "favour-given", "favor-asked", "withdrawal"][random.next(4)]
        let weight = type == "withdrawal" ? "-\(1 + random.next(5))" : "+\(1 + random.next(9)).\(random.next(10))"
        line = "\(day) \(target) \(type)"
        if random.next(2) == 0 { line += " \(kinds[random.next(kinds.count)])" }
        line += " \(weight)"
        if random.next(3) == 0 { line += " \"note \\\"\(random.next(1000))\\\" with \\\\ and \\n\"" }
        if random.next(5) > 0 {
          let id =
            duplicates && !ids.isEmpty && random.next(300) == 0
            ? ids[random.next(ids.count)] : "e\(seed)-\(ids.count)"
          ids.append(id)
          line += " id:\(id)"
        }
      case 55..<62:
        line = "\(day) acct\(random.next(40)) deposit +1 \"the same every time\""
      case 62..<70 where !ids.isEmpty:
        let reason = ["", " \"undo\"", " \"typo\""][random.next(3)]
        line = "\(day) void \(ids[random.next(ids.count)])\(reason)"
      case 70..<74 where !ids.isEmpty:
        line = "\(day) restore \(ids[random.next(ids.count)]) \"redo\""
      case 74..<76:
        line = "\(day) void ~\(String(repeating: "z", count: 10))"
      case 76..<80:
        // An empty line after a lone `\r` would make a `\r\n`.
        line = ["# a comment", afterReturn ? " " : "", "   ", "#"][random.next(4)]
      case 80..<83:
        line = "\(day) nobody\(random.next(9)) deposit +1"
      case 83..<85:
        line = "2026-02-30 acct1/ghost gift -0 \"open"
      case 85..<87:
        line = "\(day) acct\(random.next(40)) withdrawal insight +2 id:Bad"
      default:
        line = "\(day) acct\(random.next(40)) deposit insight +1"
      }
      if lines == 10_000 { line = "\(day) acct3 deposit +2 \"\(String(repeating: "long ", count: 40_000))\"" }
      text += Array((line + ending).utf8)
      afterReturn = ending == "\r"
      lines += 1
    }
    return (text, lines)
  }

  /// Drafts `bytes` in chunks of `bytesPerChunk` on two threads, then finishes the load.
  private func load(_ bytes: [UInt8], bytesPerChunk: Int) throws -> (
    log: EventLog, diagnostics: [Diagnostic], chunks: Int
  ) {
    var ledger = ParallelLoadTests.records
    let drafting = EventLog.Drafting(bytesPerChunk: bytesPerChunk) { bytes }
    _ = concurrently({ drafting.work() }, { drafting.work() })
    var sink = DiagnosticSink(file: "events.txt")
    let draft = drafting.takeDraft()
    ledger.loadEvents(try drafting.bytes(), drafted: draft, sink: &sink)
    return (ledger.log, sink.diagnostics, draft.chunks.count)
  }

  @Test(arguments: [true, false])
  func chunkedLoadsEqualOneChunk(duplicates: Bool) throws {
    let (bytes, lines) = ParallelLoadTests.log(seed: duplicates ? 7 : 8, duplicates: duplicates)
    #expect(bytes.count > 3 << 20)
    let whole = try load(bytes, bytesPerChunk: .max)
    #expect(whole.chunks == 1)
    // The log holds what it was made to hold, so that the comparisons below compare something.
    let log = whole.log
    #expect(log.lineCount == lines)
    #expect(log.entries.count > lines / 2)
    #expect(log.entries.contains { $0.voided })
    #expect(log.marks.contains { $0.action == .restore } && log.marks.contains { $0.action == .undo })
    #expect(log.kinds.count == 6)
    let reasons = Set(whole.diagnostics.map { String($0.reason.prefix(20)) })
    #expect(reasons.contains("duplicate event id: ") == duplicates, "\(reasons)")
    #expect(reasons.contains("void refers to no ev"))
    #expect(reasons.count >= 6)
    let ids = log.entries.map(log.id(of:))
    #expect(Set(ids).count == ids.count)

    for size in [1 << 20, 65536, 333] {
      let chunked = try load(bytes, bytesPerChunk: size)
      #expect(chunked.chunks > 2)
      #expect(chunked.log.lineCount == log.lineCount)
      #expect(chunked.log.entries == log.entries, "chunks of \(size) bytes")
      #expect(chunked.log.entries.map(chunked.log.id(of:)) == ids)
      #expect(chunked.log.marks == log.marks)
      #expect(chunked.log.kinds == log.kinds)
      #expect(chunked.diagnostics == whole.diagnostics, "chunks of \(size) bytes")
      #expect(ids.allSatisfy { chunked.log.index(of: $0) == log.index(of: $0) })
    }
  }
}

extension ParallelLoadTests {
  /// A draft keeps where a line's target and kind are in 16 bits: a line where they are
  /// further apart, or a longer target, is read again with the tables, as in one pass.
  @Test func linesTooWideForTheDraftLoadAsInOnePass() throws {
    let spaces = String(repeating: " ", count: 70_000)
    let text = """
      2026-01-01 \(String(repeating: "a", count: 70_000)) deposit +1
      2026-01-02 acct1 deposit\(spaces)insight +2
      2026-01-03 acct2/p1 favour-given kindness +1

      """
    let loaded = try load(Array(text.utf8), bytesPerChunk: .max)
    #expect(loaded.diagnostics.map(\.line) == [1])
    #expect(loaded.diagnostics.first?.reason.hasPrefix("unknown account 'aaaa") == true)
    #expect(loaded.log.entries.map(\.line) == [2, 3])
    #expect(loaded.log.entries.map(\.weight) == [200, 100])
    #expect(loaded.log.kinds == ["", "insight", "kindness"])
    #expect(loaded.log.entries.map(\.kind) == [1, 2])
    #expect(loaded.log.entries.map(\.contact) == [-1, 7])
  }
}
