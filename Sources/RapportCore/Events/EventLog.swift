import Foundation

/// One event in memory: fixed-size, pointing into the log's bytes for its note and id.
struct EventEntry: Sendable, Equatable {
  var day: Int32
  var account: Int32
  /// Index into the ledger's contacts, or -1 for an account-level event.
  var contact: Int32
  var weight: Int32
  var noteStart: Int32
  var noteLength: Int32
  /// 1-based line in the events file.
  var line: Int32
  var idStart: Int32
  var idKey: UInt64
  var kind: UInt32
  /// Index into the log's authors (`by:`), or 0 when the line names none. While loading, before
  /// the authors are interned, where the name starts after the target's start.
  var author: UInt16
  var idLength: UInt8
  /// The type in the low two bits, then whether it is voided and whether it is for a career:
  /// packed so that an entry stays 48 bytes.
  private var bits: UInt8

  init(
    day: Int32, account: Int32, contact: Int32, weight: Int32, noteStart: Int32, noteLength: Int32, line: Int32,
    idStart: Int32, idKey: UInt64, kind: UInt32, author: UInt16 = 0, idLength: UInt8, type: EventType,
    voided: Bool, forCareer: Bool
  ) {
    (self.day, self.account, self.contact, self.weight) = (day, account, contact, weight)
    (self.noteStart, self.noteLength, self.line, self.idStart) = (noteStart, noteLength, line, idStart)
    (self.idKey, self.kind, self.author, self.idLength) = (idKey, kind, author, idLength)
    bits = type.rawValue | (voided ? 4 : 0) | (forCareer ? 8 : 0)
  }

  var type: EventType {
    @inline(__always) get { EventType(rawValue: bits & 3)! }
    @inline(__always) set { bits = bits & ~3 | newValue.rawValue }
  }

  var voided: Bool {
    @inline(__always) get { bits & 4 != 0 }
    @inline(__always) set { bits = newValue ? bits | 4 : bits & ~4 }
  }

  /// Done for the contact's career: tagged `for:career`, or of the kind `career-help`.
  var forCareer: Bool {
    @inline(__always) get { bits & 8 != 0 }
    @inline(__always) set { bits = newValue ? bits | 8 : bits & ~8 }
  }
}

/// The events file: its bytes (kept so that notes decode lazily) and one compact entry per event.
///
/// ```
/// DATE TARGET TYPE [KIND] WEIGHT ["NOTE"] [for:career] [promise:ID] [src:SOURCE] [by:NAME] [id:ID]
/// DATE void ID ["REASON"] [by:NAME]
/// DATE restore ID ["REASON"] [by:NAME]
/// DATE TARGET promise "WHAT" due:DATE [by:NAME] [id:ID]
/// DATE kept|missed|dropped|reopened ID ["NOTE"] [by:NAME]
/// ```
struct EventLog: Sendable {
  var bytes: [UInt8]
  var entries: [EventEntry] = []
  /// The `void` and `restore` lines, in file order.
  var marks: [Mark] = []
  var kindTable = KindTable()
  var authorTable = AuthorTable()
  var ids = IdTable(capacity: 16)
  /// The promises: their lines, the lines that closed or reopened them, and the linked events.
  var promises = PromiseBook()
  var lineCount = 0

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Kinds in order of first use; index 0 is "no kind".
  var kinds: [String] { kindTable.words }

  /// The author of an entry or a mark, by its author index.
  func author(_ index: UInt16) -> Author? { authorTable[index] }

  /// Ids written by Rapport: ten characters from this alphabet (50 random bits).
  static let idAlphabet = Array("0123456789abcdefghjkmnpqrstvwxyz".utf8)
  static let derivedMask: UInt64 = (1 << 50) - 1
  static let explicitBit: UInt64 = 1 << 63

  /// A `void` or `restore` line: what it did to which event.
  struct Mark: Sendable, Equatable {
    enum Action: Sendable, Equatable {
      /// A void whose reason is exactly "undo": what the dashboard's undo writes.
      case undo
      case void
      /// A void whose reason is `corrected by ID`: the event with that id (its key here)
      /// replaced this one, in the same write.
      case correction(UInt64)
      case restore
    }
    var line: Int32
    var event: Int32
    var action: Action
    /// Index into the log's authors, or 0 when the line names none.
    var author: UInt16 = 0
  }

  /// The id of an entry: as written, or `~` and ten characters derived from the line's content.
  func id(of entry: EventEntry) -> String {
    if entry.idStart >= 0 {
      return bytes.withByteView {
        $0.string(Int(entry.idStart)..<(Int(entry.idStart) + Int(entry.idLength)))
      }
    }
    return EventLog.derivedID(entry.idKey)
  }

  /// The entry's note, or its first `limit` bytes as written, for a line that shows only its
  /// start: cut before a grapheme cluster, so that an emoji sequence (👩‍💻, 🇩🇪, a skin tone) is
  /// whole or left out, never cut to its first code points.
  func note(of entry: EventEntry, limit: Int = .max) -> String {
    guard entry.noteLength > 0 else { return "" }
    let start = Int(entry.noteStart)
    let whole = start + Int(entry.noteLength)
    guard whole - start > limit else { return bytes.withByteView { $0.unescaped(start..<whole) } }
    var end = start + limit
    while end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
    // A little more is read to see whether the last cluster goes on past the cut.
    var more = min(whole, end + EventLog.longestCluster)
    while more > end, more < whole, bytes[more] & 0xC0 == 0x80 { more -= 1 }
    let (prefix, longer) = bytes.withByteView { ($0.unescaped(start..<end), $0.unescaped(start..<more)) }
    let room = prefix.utf8.count
    var kept = longer.startIndex
    var used = 0
    for character in longer {
      used += character.utf8.count
      guard used <= room else { break }
      kept = longer.index(after: kept)
    }
    return String(longer[..<kept])
  }

  /// How many bytes past a cut are read to find where its grapheme cluster ends: enough for a
  /// family of four with skin tones.
  static let longestCluster = 64

  /// Whether an event or a promise with this id is in the log.
  func contains(id: String) -> Bool {
    return id.withByteView { EventLog.key(forReference: $0, 0..<$0.count) }.map {
      ids.find($0) != nil || promises.ids.find($0) != nil
    } ?? false
  }

  /// Index of the promise with this id.
  func promiseIndex(of id: String) -> Int? {
    guard let key = id.withByteView({ EventLog.key(forReference: $0, 0..<$0.count) }) else { return nil }
    return promises.ids.find(key).map(Int.init)
  }

  /// Index of the event with this id.
  func index(of id: String) -> Int? {
    guard
      let key = id.withByteView({ EventLog.key(forReference: $0, 0..<$0.count) }
      )
    else { return nil }
    return ids.find(key).map(Int.init)
  }

  /// A new random id not used in this log.
  func freshID() -> String {
    var generator = SystemRandomNumberGenerator()
    while true {
      let id = String(
        decoding: (0..<10).map { _ in EventLog.idAlphabet[Int(generator.next() % 32)] },
        as: UTF8.self)
      if !contains(id: id) { return id }
    }
  }

  /// What a line appended to the log did.
  enum EventLineOutcome {
    case recorded(Int)
    /// A `void` or `restore` line changed this event.
    case marked(Int)
    /// A `promise` line made this promise.
    case promised(Int)
    /// A line changed this promise: it closed or reopened it, or voided or restored it.
    case promiseMarked(Int)
  }

  /// Adds one complete line to the log, as if it had been read from the file.
  mutating func append(line text: [UInt8], context: LineContext) -> Result<
    EventLineOutcome, Diagnostic
  > {
    let start = bytes.count
    var sink = DiagnosticSink(file: "events.txt")
    bytes += text
    lineCount += 1
    let lineNumber = lineCount
    var tables: Tables? = Tables(context: context, kinds: kindTable, authors: authorTable)
    defer { (kindTable, authorTable) = (tables!.kinds, tables!.authors) }
    let result: Result<EventLineOutcome, Diagnostic> = bytes.withByteView { buffer in
      let end = buffer.count - 1
      switch EventLog.parseLine(buffer, start, end, lineNumber, &tables, &sink) {
      case .event(var entry):
        if let first = EventLog.register(&entry, at: Int32(entries.count), in: &ids) {
          reportDuplicate(entry, of: first, buffer, &sink, lineStart: start)
          return .failure(sink.diagnostics[0])
        }
        entries.append(entry)
        return .success(.recorded(entries.count - 1))
      case .linked(var entry, let link):
        var linking = promises
        linking.link(link, event: Int32(entries.count), buffer, &sink)
        guard sink.diagnostics.isEmpty else { return .failure(sink.diagnostics[0]) }
        if let first = EventLog.register(&entry, at: Int32(entries.count), in: &ids) {
          reportDuplicate(entry, of: first, buffer, &sink, lineStart: start)
          return .failure(sink.diagnostics[0])
        }
        promises = linking
        entries.append(entry)
        return .success(.recorded(entries.count - 1))
      case .promise(let promise):
        let entries = self.entries
        guard promises.register(promise, eventIDs: ids, eventLine: { entries[Int($0)].line }, buffer, &sink) else {
          return .failure(sink.diagnostics[0])
        }
        return .success(.promised(promises.entries.count - 1))
      case .promiseMark(let mark):
        guard let index = promises.apply(mark, buffer, &sink) else { return .failure(sink.diagnostics[0]) }
        return .success(.promiseMarked(Int(index)))
      case .void(let key, let offset, let action, let authorRange):
        var author: UInt16 = 0
        if let authorRange {
          switch tables!.authors.intern(buffer, authorRange) {
          case .success(let number): author = number
          case .failure(let error):
            sink.report(
              "by: \(error.reason)", line: lineNumber, lineStart: start, offset: authorRange.lowerBound, in: buffer)
            return .failure(sink.diagnostics[0])
          }
        }
        guard let index = ids.find(key) else {
          if promises.mark(key, action: action, line: lineNumber, author: tables!.authors[author]) {
            return .success(.promiseMarked(Int(promises.ids.find(key)!)))
          }
          sink.report(
            "\(action == .restore ? "restore" : "void") refers to no event with this id", line: lineNumber,
            lineStart: start, offset: offset, in: buffer)
          return .failure(sink.diagnostics[0])
        }
        entries[Int(index)].voided = action != .restore
        marks.append(Mark(line: Int32(lineNumber), event: index, action: action, author: author))
        return .success(.marked(Int(index)))
      case .trivia, .rejected, .drafted:
        return .failure(
          sink.diagnostics.first
            ?? Diagnostic(file: "events.txt", line: lineNumber, column: 1, reason: "not an event"))
      }
    }
    if case .failure = result {
      bytes.removeLast(text.count)
      lineCount -= 1
    }
    return result
  }

  /// Ensures the bytes end with a line end, so that the next appended line starts a new line.
  mutating func terminateLastLine() -> Bool {
    guard let last = bytes.last, last != Byte.newline, last != Byte.carriageReturn else { return false }
    bytes.append(Byte.newline)
    return true
  }

  /// Gives a parsed entry, about to take position `index`, its id key. Returns the position of
  /// the event that already has its written id, in which case the entry is not an event.
  static func register(_ entry: inout EventEntry, at index: Int32, in ids: inout IdTable)
    -> Int32?
  {
    if entry.idStart >= 0 { return ids.insert(entry.idKey, index) }
    // Identical lines without ids are distinct events; each later copy gets the next key.
    while ids.insert(entry.idKey, index) != nil {
      entry.idKey = (entry.idKey &* 0x100_0000_01b3 &+ 1) & EventLog.derivedMask
    }
    return nil
  }

  func reportDuplicate(
    _ entry: EventEntry, of first: Int32, _ buffer: ByteView,
    _ sink: inout DiagnosticSink, lineStart: Int
  ) {
    let other = entries[Int(first)]
    func note(_ entry: EventEntry) -> String {
      entry.noteLength > 0 ? buffer.unescaped(Int(entry.noteStart)..<Int(entry.noteStart + entry.noteLength)) : ""
    }
    let same =
      (entry.day, entry.account, entry.contact, entry.weight, entry.kind, entry.type)
      == (other.day, other.account, other.contact, other.weight, other.kind, other.type)
      && note(entry) == note(other)
    sink.report(
      same
        ? "duplicate event id: line \(other.line) is the same event written another way (its by:, say);"
          + " delete one of the two lines (another id would count the event twice)"
        : "duplicate event id: line \(other.line) has it too; give one of them another id",
      line: Int(entry.line), lineStart: lineStart, offset: Int(entry.idStart), in: buffer)
  }
}
