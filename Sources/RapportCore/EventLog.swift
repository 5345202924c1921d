import Foundation

/// One event in memory: fixed-size, pointing into the log's bytes for its note and id.
struct EventEntry: Sendable {
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
  var kind: UInt16
  var idLength: UInt8
  var type: EventType
  var voided: Bool
}

/// The events file: its bytes (kept so that notes decode lazily) and one compact entry per event.
///
/// ```
/// DATE TARGET TYPE [KIND] WEIGHT ["NOTE"] [id:ID]
/// DATE void ID ["REASON"]
/// ```
struct EventLog: Sendable {
  private(set) var bytes: [UInt8]
  private(set) var entries: [EventEntry] = []
  private(set) var kinds: [String] = [""]
  private var kindTable = ByteKeyTable()
  private var ids: IdTable
  private(set) var lineCount = 0

  init(bytes: [UInt8]) {
    self.bytes = bytes
    ids = IdTable(capacity: max(16, bytes.count / 64))
  }

  /// Ids written by Rapport: ten characters from this alphabet (50 random bits).
  static let idAlphabet = Array("0123456789abcdefghjkmnpqrstvwxyz".utf8)
  private static let derivedMask: UInt64 = (1 << 50) - 1
  private static let explicitBit: UInt64 = 1 << 63

  /// Parses every line, reporting problems to `sink`; voids are applied once all lines are read.
  mutating func parseAll(context: LineContext, sink: inout DiagnosticSink) {
    entries.reserveCapacity(bytes.count / 60)
    var voids: [(key: UInt64, line: Int, lineStart: Int, offset: Int)] = []
    bytes.withUnsafeBytes { buffer in
      var lineStart = 0
      var line = 0
      let count = buffer.count
      let base = buffer.baseAddress!
      while lineStart < count {
        line += 1
        let found = memchr(base + lineStart, Int32(Byte.newline), count - lineStart)
        let lineEnd = found.map { UnsafeRawPointer($0) - base } ?? count
        switch parseLine(buffer, lineStart, lineEnd, line, context, &sink) {
        case .event(var entry):
          register(&entry, buffer, &sink, lineStart: lineStart)
        case .void(let key, let offset):
          voids.append((key, line, lineStart, offset))
        case .trivia, .rejected:
          break
        }
        lineStart = lineEnd + 1
      }
      lineCount = line
      for void in voids {
        if let index = ids.find(void.key) {
          entries[Int(index)].voided = true
        } else {
          sink.report(
            "void refers to no event with this id", line: void.line, lineStart: void.lineStart,
            offset: void.offset, in: buffer)
        }
      }
    }
  }

  /// Gives a parsed entry its id key, rejecting a duplicate explicit id.
  private mutating func register(
    _ entry: inout EventEntry, _ buffer: UnsafeRawBufferPointer, _ sink: inout DiagnosticSink,
    lineStart: Int
  ) {
    let index = Int32(entries.count)
    if entry.idStart >= 0 {
      if let first = ids.insert(entry.idKey, index) {
        sink.report(
          "duplicate event id: line \(entries[Int(first)].line) has it too; give one of them another id",
          line: Int(entry.line), lineStart: lineStart, offset: Int(entry.idStart), in: buffer)
        return
      }
    } else {
      // Identical lines without ids are distinct events; each later copy gets the next key.
      while ids.insert(entry.idKey, index) != nil {
        entry.idKey = (entry.idKey &* 0x100_0000_01b3 &+ 1) & EventLog.derivedMask
      }
    }
    entries.append(entry)
  }

  enum LineResult {
    case trivia
    case rejected
    case event(EventEntry)
    case void(key: UInt64, offset: Int)
  }

  /// The lookup tables an event line needs.
  struct LineContext {
    var accounts: ByteKeyTable
    var contacts: ByteKeyTable
    var contactAccount: [Int32]
  }

  private mutating func parseLine(
    _ buffer: UnsafeRawBufferPointer, _ lineStart: Int, _ lineEnd: Int, _ line: Int,
    _ context: LineContext, _ sink: inout DiagnosticSink
  ) -> LineResult {
    var contentEnd = lineEnd
    if contentEnd > lineStart, buffer[contentEnd - 1] == Byte.carriageReturn { contentEnd -= 1 }
    var cursor = LineCursor(buffer, from: lineStart, to: contentEnd)
    func fail(_ reason: String, _ offset: Int) -> LineResult {
      sink.report(reason, line: line, lineStart: lineStart, offset: offset, in: buffer)
      return .rejected
    }
    cursor.skipSpaces()
    guard let first = cursor.peek, first != Byte.hash else { return .trivia }
    if cursor.position != lineStart {
      return fail("an event line starts at column 1 with its date", cursor.position)
    }
    let dateRange = cursor.bareToken()!
    let day: Day
    switch Day.parse(buffer, dateRange.lowerBound, dateRange.upperBound) {
    case .success(let d): day = d
    case .failure(let error): return fail(error.reason, dateRange.lowerBound)
    }
    guard let target = cursor.bareToken() else {
      return fail("expected an account (or account/contact) after the date", cursor.position)
    }
    if buffer.equals(target, "void") {
      guard let idRange = cursor.bareToken() else {
        return fail("expected the id of the event to void", cursor.position)
      }
      let key = EventLog.key(forReference: buffer, idRange)
      guard let key else {
        return fail("'\(buffer.string(idRange))' is not an event id", idRange.lowerBound)
      }
      cursor.skipSpaces()
      if cursor.peek == Byte.quote {
        let quoteStart = cursor.position
        guard cursor.quoted() != nil else {
          return fail("unterminated quote: close the reason with \"", quoteStart)
        }
      }
      cursor.skipSpaces()
      guard cursor.atEnd else {
        return fail("unexpected text after the void's reason", cursor.position)
      }
      return .void(key: key, offset: idRange.lowerBound)
    }

    var slash = target.lowerBound
    while slash < target.upperBound, buffer[slash] != Byte.slash { slash += 1 }
    let accountIndex: Int32
    var contactIndex: Int32 = -1
    if slash < target.upperBound {
      guard let c = context.contacts.find(buffer, target) else {
        let accountRange = target.lowerBound..<slash
        if context.accounts.find(buffer, accountRange) == nil {
          return fail("unknown account '\(buffer.string(accountRange))'", target.lowerBound)
        }
        return fail(
          "unknown contact '\(buffer.string(target))': add it to contacts.txt or fix the id",
          slash + 1)
      }
      contactIndex = c
      accountIndex = context.contactAccount[Int(c)]
    } else {
      guard let a = context.accounts.find(buffer, target) else {
        return fail(
          "unknown account '\(buffer.string(target))': add it to accounts.txt or fix the id",
          target.lowerBound)
      }
      accountIndex = a
    }

    guard let typeRange = cursor.bareToken() else {
      return fail("expected deposit, withdrawal, favour-given or favour-asked", cursor.position)
    }
    let type: EventType
    if buffer.equals(typeRange, "deposit") {
      type = .deposit
    } else if buffer.equals(typeRange, "withdrawal") {
      type = .withdrawal
    } else if buffer.equals(typeRange, "favour-given") || buffer.equals(typeRange, "favor-given") {
      type = .favourGiven
    } else if buffer.equals(typeRange, "favour-asked") || buffer.equals(typeRange, "favor-asked") {
      type = .favourAsked
    } else {
      return fail(
        "'\(buffer.string(typeRange))' is not an event type: use deposit, withdrawal, favour-given or favour-asked",
        typeRange.lowerBound)
    }

    guard var weightRange = cursor.bareToken() else {
      return fail("expected a kind or a weight such as +3 after '\(type.word)'", cursor.position)
    }
    var kind: UInt16 = 0
    let lead = buffer[weightRange.lowerBound]
    if !(lead == UInt8(ascii: "+") || lead == UInt8(ascii: "-") || (lead &- 48) < 10) {
      guard EventLog.isKindWord(buffer, weightRange) else {
        return fail(
          "'\(buffer.string(weightRange))' is not a kind: use a lowercase word such as insight",
          weightRange.lowerBound)
      }
      kind = intern(kind: buffer, weightRange)
      guard let next = cursor.bareToken() else {
        return fail("expected a weight such as +3 after the kind", cursor.position)
      }
      weightRange = next
    }
    let weight: Weight
    switch Weight.parse(buffer, weightRange.lowerBound, weightRange.upperBound) {
    case .success(let parsed):
      weight = parsed.weight
      if type.isNegative, weight.hundredths > 0 {
        return fail(
          "a withdrawal takes a negative weight: write -\(Weight(hundredths: weight.hundredths).description.dropFirst())",
          weightRange.lowerBound)
      }
      if !type.isNegative, weight.hundredths < 0 {
        return fail(
          "a \(type.word) takes a positive weight; record a withdrawal for a loss",
          weightRange.lowerBound)
      }
    case .failure(let error): return fail(error.reason, weightRange.lowerBound)
    }

    cursor.skipSpaces()
    var note = 0..<0
    if cursor.peek == Byte.quote {
      let quoteStart = cursor.position
      guard let range = cursor.quoted() else {
        return fail("unterminated quote: close the note with \"", quoteStart)
      }
      guard cursor.atTokenBoundary else {
        return fail("expected a space after the note's closing quote", cursor.position)
      }
      note = range
    }
    let contentEndBeforeId = note.isEmpty ? weightRange.upperBound : note.upperBound + 1
    var idStart = -1
    var idRange = 0..<0
    if let token = cursor.bareToken() {
      guard token.count > 3, buffer.equals(token.lowerBound..<(token.lowerBound + 3), "id:") else {
        return fail(
          "unexpected '\(buffer.string(token))': a note goes in double quotes, then an optional id:ID",
          token.lowerBound)
      }
      idRange = (token.lowerBound + 3)..<token.upperBound
      guard Identifier.isValid(buffer, idRange) else {
        return fail(
          "'\(buffer.string(idRange))' is not an event id: \(Identifier.rule)", idRange.lowerBound)
      }
      idStart = idRange.lowerBound
      if let extra = cursor.bareToken() {
        return fail("unexpected '\(buffer.string(extra))' after the id", extra.lowerBound)
      }
    }
    let idKey =
      idStart >= 0
      ? buffer.hash(idRange) | EventLog.explicitBit
      : buffer.hash(lineStart..<contentEndBeforeId) & EventLog.derivedMask
    return .event(
      EventEntry(
        day: day.ordinal, account: accountIndex, contact: contactIndex, weight: weight.hundredths,
        noteStart: Int32(note.lowerBound), noteLength: Int32(note.count), line: Int32(line),
        idStart: Int32(idStart),
        idKey: idKey, kind: kind, idLength: UInt8(idRange.count), type: type, voided: false))
  }

  /// Whether `text` can be an event's kind: a lowercase word such as `insight`.
  static func isKind(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { isKindWord(UnsafeRawBufferPointer($0), 0..<$0.count) }
  }

  private static func isKindWord(_ buffer: UnsafeRawBufferPointer, _ range: Range<Int>) -> Bool {
    guard range.count <= 40, case let c = buffer[range.lowerBound], c >= 97, c <= 122 else {
      return false
    }
    return Identifier.isValid(buffer, range)
  }

  private mutating func intern(kind buffer: UnsafeRawBufferPointer, _ range: Range<Int>) -> UInt16 {
    if let existing = kindTable.find(buffer, range) { return UInt16(existing) }
    let word = buffer.string(range)
    kinds.append(word)
    kindTable.insert(word, Int32(kinds.count - 1))
    return UInt16(kinds.count - 1)
  }

  /// The key a `void` line's id refers to: `~XXXXXXXXXX` for an event without a written id.
  private static func key(forReference buffer: UnsafeRawBufferPointer, _ range: Range<Int>)
    -> UInt64?
  {
    if buffer[range.lowerBound] == UInt8(ascii: "~") {
      guard range.count == 11 else { return nil }
      var key: UInt64 = 0
      for i in (range.lowerBound + 1)..<range.upperBound {
        guard let digit = idAlphabet.firstIndex(of: buffer[i]) else { return nil }
        key = key << 5 | UInt64(digit)
      }
      return key
    }
    guard Identifier.isValid(buffer, range) else { return nil }
    return buffer.hash(range) | explicitBit
  }

  /// The id of an entry: as written, or `~` and ten characters derived from the line's content.
  func id(of entry: EventEntry) -> String {
    if entry.idStart >= 0 {
      return bytes.withUnsafeBytes {
        $0.string(Int(entry.idStart)..<(Int(entry.idStart) + Int(entry.idLength)))
      }
    }
    var text = "~"
    for shift in stride(from: 45, through: 0, by: -5) {
      text.unicodeScalars.append(
        Unicode.Scalar(EventLog.idAlphabet[Int((entry.idKey >> UInt64(shift)) & 31)]))
    }
    return text
  }

  func note(of entry: EventEntry) -> String {
    guard entry.noteLength > 0 else { return "" }
    let start = Int(entry.noteStart)
    return bytes.withUnsafeBytes { $0.unescaped(start..<(start + Int(entry.noteLength))) }
  }

  /// Whether an event with this id is in the log.
  func contains(id: String) -> Bool {
    var id = id
    return id.withUTF8 { EventLog.key(forReference: UnsafeRawBufferPointer($0), 0..<$0.count) }.map {
      ids.find($0) != nil
    } ?? false
  }

  /// Index of the event with this id.
  func index(of id: String) -> Int? {
    var id = id
    guard
      let key = id.withUTF8({ EventLog.key(forReference: UnsafeRawBufferPointer($0), 0..<$0.count) }
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
    case voided(Int)
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
    let result: Result<EventLineOutcome, Diagnostic> = bytes.withUnsafeBytes { buffer in
      let end = buffer.count - 1
      switch parseLine(buffer, start, end, lineNumber, context, &sink) {
      case .event(var entry):
        register(&entry, buffer, &sink, lineStart: start)
        if let error = sink.diagnostics.first { return .failure(error) }
        return .success(.recorded(entries.count - 1))
      case .void(let key, let offset):
        guard let index = ids.find(key) else {
          sink.report(
            "void refers to no event with this id", line: lineNumber, lineStart: start,
            offset: offset, in: buffer)
          return .failure(sink.diagnostics[0])
        }
        entries[Int(index)].voided = true
        return .success(.voided(Int(index)))
      case .trivia, .rejected:
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

  /// Ensures the bytes end with a newline, so that the next appended line starts a new line.
  mutating func terminateLastLine() -> Bool {
    guard let last = bytes.last, last != Byte.newline else { return false }
    bytes.append(Byte.newline)
    return true
  }
}
