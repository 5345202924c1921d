import Foundation

// Parsing one line of the events file.
extension EventLog {
  /// What parsing a line in full needs: the lookup tables and the kinds met so far.
  struct Tables {
    let context: LineContext
    var kinds: KindTable
  }

  enum LineResult {
    case trivia
    case rejected
    case event(EventEntry)
    case void(key: UInt64, offset: Int, action: Mark.Action)
  }

  /// The lookup tables an event line needs.
  struct LineContext {
    var accounts: ByteKeyTable
    var contacts: ByteKeyTable
    var contactAccount: [Int32]
  }

  /// Parses one line. Without `tables`, the target is not looked up (the entry's `account` and
  /// `contact` hold its offset and length, and its `kind` the kind's offset from the target),
  /// and a line with a problem is `rejected` without a report.
  static func parseLine(
    _ buffer: UnsafeRawBufferPointer, _ lineStart: Int, _ lineEnd: Int, _ line: Int,
    _ tables: inout Tables?, _ sink: inout DiagnosticSink
  ) -> LineResult {
    var contentEnd = lineEnd
    if contentEnd > lineStart, buffer[contentEnd - 1] == Byte.carriageReturn { contentEnd -= 1 }
    var cursor = LineCursor(buffer, from: lineStart, to: contentEnd)
    let context = tables?.context
    func fail(_ reason: @autoclosure () -> String, _ offset: Int) -> LineResult {
      if context != nil {
        sink.report(reason(), line: line, lineStart: lineStart, offset: offset, in: buffer)
      }
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
    let restore = buffer.equals(target, "restore")
    if restore || buffer.equals(target, "void") {
      let word = restore ? "restore" : "void"
      guard let idRange = cursor.bareToken() else {
        return fail("expected the id of the event to \(word)", cursor.position)
      }
      let key = EventLog.key(forReference: buffer, idRange)
      guard let key else {
        return fail("'\(buffer.string(idRange))' is not an event id", idRange.lowerBound)
      }
      cursor.skipSpaces()
      var action: Mark.Action = restore ? .restore : .void
      if cursor.peek == Byte.quote {
        let quoteStart = cursor.position
        guard let reason = cursor.quoted() else {
          return fail("unterminated quote: close the reason with \"", quoteStart)
        }
        if !restore, buffer.equals(reason, "undo") { action = .undo }
      }
      cursor.skipSpaces()
      guard cursor.atEnd else {
        return fail("unexpected text after the \(word)'s reason", cursor.position)
      }
      return .void(key: key, offset: idRange.lowerBound, action: action)
    }

    let accountIndex: Int32
    var contactIndex: Int32 = -1
    let slash = context == nil ? 0 : buffer.first(Byte.slash, or: Byte.slash, in: target)
    if let context = context, slash < target.upperBound {
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
    } else if let context {
      guard let a = context.accounts.find(buffer, target) else {
        return fail(
          "unknown account '\(buffer.string(target))': add it to accounts.txt or fix the id",
          target.lowerBound)
      }
      accountIndex = a
    } else {
      (accountIndex, contactIndex) = (Int32(target.lowerBound), Int32(target.count))
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
      if tables != nil {
        kind = tables!.kinds.intern(buffer, weightRange)
      } else {
        guard let offset = UInt16(exactly: weightRange.lowerBound - target.lowerBound) else {
          return .rejected
        }
        kind = offset
      }
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

  static func isKindWord(_ buffer: UnsafeRawBufferPointer, _ range: Range<Int>) -> Bool {
    guard range.count <= 40, case let c = buffer[range.lowerBound], c >= 97, c <= 122 else {
      return false
    }
    return Identifier.isValid(buffer, range)
  }

  /// The key a `void` line's id refers to: `~XXXXXXXXXX` for an event without a written id.
  static func key(forReference buffer: UnsafeRawBufferPointer, _ range: Range<Int>)
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

}
