import Foundation

// Drafting the events file: reading it and parsing its lines, in chunks on several threads,
// before the accounts and contacts are known.

/// An event read while loading, before its target is looked up: where its target and kind are
/// written in the file.
struct DraftEntry: Sendable {
  /// Complete but for `account`, `contact`, `kind` and `author` (where the author's name starts
  /// after the target's start, or 0).
  var entry: EventEntry
  var targetStart: Int32
  var targetLength: UInt16
  /// Where its kind starts after the target's start, or 0 when it has none.
  var kindOffset: UInt16
}

extension EventLog {
  /// The events file cut at line boundaries into chunks, each parsed as far as it can be
  /// without the accounts and contacts.
  ///
  /// Loading runs in two steps so that the first can run while the records are still being
  /// read: drafting reads the lines, and `finish` looks up their targets, parses again the
  /// lines that need the tables, and joins the chunks in file order. Entries, ids, kinds and
  /// diagnostics come out exactly as from one pass from the first line to the last.
  struct Draft: Sendable {
    var chunks: [DraftChunk]
  }

  /// Reading and drafting an events file on several threads: each thread that calls `work`
  /// reads the file unless another one does, then drafts the next chunk that no one has taken,
  /// until none is left. A thread only ever waits for another that is reading, so it does not
  /// matter whether the threads run at the same time or one after the other.
  ///
  /// Sendable because every variable is read and written only while `condition`'s lock is held;
  /// the reading and drafting themselves run without it, on values copied out under it.
  final class Drafting: @unchecked Sendable {
    private let condition = NSCondition()
    private var read: (@Sendable () throws -> [UInt8])?
    private var file: Result<[UInt8], Error>?
    private var ranges: [Range<Int>] = []
    private var taken = 0
    private var drafted: [DraftChunk?] = []

    /// The size of the chunks that the threads share.
    let bytesPerChunk: Int

    init(bytesPerChunk: Int = EventLog.bytesPerChunk, reading read: @escaping @Sendable () throws -> [UInt8]) {
      precondition(bytesPerChunk > 0)
      self.bytesPerChunk = bytesPerChunk
      self.read = read
    }

    func work() {
      condition.lock()
      defer { condition.unlock() }
      if let read {
        self.read = nil
        condition.unlock()
        let file = Result { try read() }
        let ranges = ((try? file.get()) ?? []).withByteView { EventLog.chunks(of: $0, bytesPerChunk: bytesPerChunk) }
        condition.lock()
        (self.file, self.ranges) = (file, ranges)
        drafted = Array(repeating: nil, count: ranges.count)
        condition.broadcast()
      }
      while file == nil { condition.wait() }
      let bytes = (try? file!.get()) ?? []
      let ranges = ranges
      while taken < ranges.count {
        let k = taken
        taken += 1
        condition.unlock()
        let chunk = bytes.withByteView { EventLog.draft($0, ranges[k]) }
        condition.lock()
        drafted[k] = chunk
      }
    }

    /// The file's bytes, once a `work` has returned.
    func bytes() throws -> [UInt8] {
      condition.lock()
      defer { condition.unlock() }
      return try file!.get()
    }

    /// The finished draft, once every thread's `work` has returned; handed over, so that its
    /// chunks are freed as soon as loading is done with them.
    func takeDraft() -> Draft {
      condition.lock()
      defer { condition.unlock() }
      let chunks = drafted.map { $0! }
      drafted = []
      return Draft(chunks: chunks)
    }
  }

  /// A chunk's lines parsed without the tables.
  struct DraftChunk: Sendable {
    var range: Range<Int>
    var entries: [DraftEntry] = []
    /// Lines that need the tables, with their numbers in the chunk: those with a problem to
    /// report.
    var again: [(start: Int, line: Int)] = []
    var voids: [PendingVoid] = []
    var lines = 0
  }

  /// The size of a chunk to draft: small enough for the threads to share the work evenly.
  static let bytesPerChunk = 1 << 20

  /// Cuts `buffer` after a line end into chunks of about `bytesPerChunk` bytes.
  static func chunks(of buffer: ByteView, bytesPerChunk: Int) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    while start < buffer.count {
      var end = buffer.count
      if buffer.count - start - bytesPerChunk > bytesPerChunk / 2 {
        end = buffer.line(from: start + bytesPerChunk, before: buffer.count).next
      }
      ranges.append(start..<end)
      start = end
    }
    return ranges.isEmpty ? [0..<0] : ranges
  }

  /// Parses the lines in `range` (which starts a line and ends after a line end or at the end)
  /// without the tables.
  ///
  /// Lines end at `\n`, `\r\n` or a lone `\r`. A chunk without any `\r`, the usual case, is cut
  /// into lines by `memchr`; one with a `\r` is cut by the slower `line(from:before:)`.
  static func draft(_ buffer: ByteView, _ range: Range<Int>) -> DraftChunk {
    var chunk = DraftChunk(range: range)
    chunk.entries.reserveCapacity(range.count / 64)
    var tables: Tables? = nil
    // Without tables, parseLine reports nothing.
    var sink = DiagnosticSink(file: "")
    var lineStart = range.lowerBound
    let returns = buffer.contains(Byte.carriageReturn, in: range)
    while lineStart < range.upperBound {
      chunk.lines += 1
      let lineEnd: Int
      let next: Int
      if returns {
        (lineEnd, next) = buffer.line(from: lineStart, before: range.upperBound)
      } else {
        lineEnd = buffer.memchr(Byte.newline, in: lineStart..<range.upperBound)
        next = lineEnd + 1
      }
      switch parseLine(buffer, lineStart, lineEnd, chunk.lines, &tables, &sink) {
      case .drafted(let entry): chunk.entries.append(entry)
      case .void(let key, let offset, let action, let author):
        chunk.voids.append(
          PendingVoid(
            key: key, line: chunk.lines, lineStart: lineStart, offset: offset, action: action, author: author))
      case .rejected: chunk.again.append((lineStart, chunk.lines))
      case .trivia, .event, .linked, .promise, .promiseMark: break  // only with the tables
      }
      lineStart = next
    }
    return chunk
  }
}
