/// A bad row or entry of a file being imported: `FILE:LINE: reason`.
public struct ImportProblem: Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var reason: String

  public init(file: String, line: Int, reason: String) {
    self.file = file
    self.line = line
    self.reason = reason
  }

  public var description: String { "\(file):\(line): \(reason)" }
}

/// What importing a file of events would do: the events to add, those added by an earlier
/// import of the same rows, and every problem found. Nothing is to be written when there is
/// a problem.
public struct EventImportPlan: Hashable, Sendable {
  /// The events to add, in the file's order.
  public var events: [EventDraft] = []
  /// How many rows or entries an earlier import brought already (their source is in the log).
  public var alreadyImported = 0
  /// Every bad row or entry, in the file's order.
  public var problems: [ImportProblem] = []
  /// What was left out on purpose, and why, as `FILE:LINE: reason` (cancelled meetings, …).
  public var skipped: [ImportProblem] = []
  /// What is worth saying about what is added, as `FILE:LINE: note` (a repeating meeting
  /// counted once, …).
  public var notes: [ImportProblem] = []
  /// Email addresses met that no contact has, each once, in the order met (meetings only).
  public var unmatched: [String] = []

  public init() {}

  /// Whether the plan may be carried out.
  public var isClean: Bool { problems.isEmpty }

  /// `12 events added, 3 already imported`, or with `dryRun` `12 events to add, …`.
  public func summary(dryRun: Bool) -> String {
    var parts = [
      dryRun ? "\(Counting.count(events.count, "event")) to add" : "\(Counting.count(events.count, "event")) added"
    ]
    parts.append("\(alreadyImported) already imported")
    if !skipped.isEmpty { parts.append("\(skipped.count) skipped") }
    return parts.joined(separator: ", ")
  }

  /// Adds `draft` unless its source was imported before or is already planned.
  mutating func add(_ draft: EventDraft, taken: Set<EventSource>, planned: inout Set<EventSource>) {
    if let source = draft.source {
      if taken.contains(source) {
        alreadyImported += 1
        return
      }
      guard planned.insert(source).inserted else {
        alreadyImported += 1
        return
      }
    }
    events.append(draft)
  }
}

/// `1 event`, `2 events`.
enum Counting {
  static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
}

/// A stable 64-bit hash (FNV-1a) of texts, as 16 hex digits: the same on every run and machine.
enum StableHash {
  static func hex(_ parts: [String]) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for (n, part) in parts.enumerated() {
      if n > 0 {
        h ^= 0x1F
        h = h &* 0x0000_0100_0000_01B3
      }
      for byte in part.utf8 {
        h ^= UInt64(byte)
        h = h &* 0x0000_0100_0000_01B3
      }
    }
    let digits = String(h, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
