import Foundation

// Parsing and writing the promise lines of the events file:
//
//   DATE TARGET promise "WHAT" due:DATE [by:WHO] [id:ID]
//   DATE kept ID ["NOTE"] [by:NAME]        (and missed, dropped, reopened)
extension EventLog {
  /// The `promise` line that makes `draft` with the id `id`, ending in a newline.
  static func line(for draft: PromiseDraft, id: String) -> String {
    var line = "\(draft.day) \(draft.account)\(draft.contact.map { "/\($0)" } ?? "") promise \(quote(draft.what))"
    line += " due:\(draft.due)"
    if let by = draft.by, !by.isEmpty {
      line += " by:" + (by.utf8.allSatisfy { $0 > 32 && $0 != Byte.quote && $0 != Byte.backslash } ? by : quote(by))
    }
    return line + " id:\(id)\n"
  }

  /// A `kept`, `missed`, `dropped` or `reopened` line for the promise `id`, ending in a newline.
  static func promiseMarkLine(
    _ action: PromiseMark.Action, _ id: String, on day: Day, note: String = "", author: Author? = nil
  ) -> String {
    var line = "\(day) \(action.word) \(id)"
    if !note.isEmpty { line += " \(quote(note))" }
    return line + authorTag(author) + "\n"
  }

  /// The closing or reopening action a line's second word names, or nil.
  @inline(__always) static func promiseAction(_ buffer: ByteView, _ word: Range<Int>) -> PromiseMark.Action? {
    switch word.count {
    case 4: return buffer.equals(word, "kept") ? .kept : nil
    case 6: return buffer.equals(word, "missed") ? .missed : nil
    case 7: return buffer.equals(word, "dropped") ? .dropped : nil
    case 8: return buffer.equals(word, "reopened") ? .reopened : nil
    default: return nil
    }
  }

  /// The rest of a `kept`, `missed`, `dropped` or `reopened` line, after its word: the id, and
  /// an optional note.
  static func parsePromiseMark(
    _ action: PromiseMark.Action, day: Day, line: Int, lineStart: Int, _ cursor: inout LineCursor,
    _ buffer: ByteView, failed: Bool, _ problem: (@autoclosure () -> String, Int) -> Bool
  ) -> LineResult {
    guard let idRange = cursor.bareToken() else {
      _ = problem("expected the id of the promise that was \(action.word)", cursor.position)
      return .rejected
    }
    let key = EventLog.key(forReference: buffer, idRange)
    if key == nil { _ = problem("'\(buffer.string(idRange))' is not a promise id", idRange.lowerBound) }
    cursor.skipSpaces()
    var note = ""
    if cursor.peek == Byte.quote {
      let quoteStart = cursor.position
      guard let range = cursor.quoted() else {
        _ = problem("unterminated quote: close the note with \"", quoteStart)
        return .rejected
      }
      note = buffer.unescaped(range)
    }
    var failed = failed
    var author: Author?
    cursor.skipSpaces()
    if !cursor.atEnd, buffer.startsWith(cursor.position, cursor.end, "by:"), let token = cursor.bareToken() {
      switch authorName(token, &cursor, buffer) {
      case .success(let range):
        if let reason = Author.problem(with: buffer.string(range)) {
          failed = true
          _ = problem("by: \(reason)", range.lowerBound)
        } else {
          author = Author(buffer.string(range))
        }
      case .failure(let issue):
        _ = problem(issue.reason, issue.offset)
        return .rejected
      }
      cursor.skipSpaces()
    }
    if !cursor.atEnd { _ = problem("unexpected text after the \(action.word) line's note", cursor.position) }
    guard !failed, cursor.atEnd, let key else { return .rejected }
    return .promiseMark(
      PromiseMarkLine(
        key: key, day: day.ordinal, action: action, note: note, line: line, lineStart: lineStart,
        offset: idRange.lowerBound, author: author))
  }

  /// The rest of a `promise` line, after its word: what, `due:`, and optional `by:` and `id:`.
  /// Every problem is reported; the line is read to its end.
  static func parsePromise(
    day: Day, account: Int32, contact: Int32, line: Int, lineStart: Int, _ cursor: inout LineCursor,
    _ buffer: ByteView, failed: Bool, _ problem: (@autoclosure () -> String, Int) -> Bool
  ) -> LineResult {
    var failed = failed
    func report(_ reason: String, _ offset: Int) {
      failed = true
      _ = problem(reason, offset)
    }
    cursor.skipSpaces()
    guard cursor.peek == Byte.quote else {
      report("expected what was promised, in double quotes, after 'promise'", cursor.position)
      return .rejected
    }
    let quoteStart = cursor.position
    guard let whatRange = cursor.quoted() else {
      report("unterminated quote: close what was promised with \"", quoteStart)
      return .rejected
    }
    guard cursor.atTokenBoundary else {
      report("expected a space after the closing quote of what was promised", cursor.position)
      return .rejected
    }
    let what = buffer.unescaped(whatRange)
    if what.allSatisfy(\.isWhitespace) {
      report("what was promised is empty: say what, such as \"send the benchmark\"", quoteStart)
    }
    var due: Day?
    var dueSeen = false
    var by: String?
    var idRange: Range<Int>?
    var contentEnd = whatRange.upperBound + 1
    while true {
      cursor.skipSpaces()
      guard !cursor.atEnd else { break }
      let start = cursor.position
      if idRange == nil, buffer.startsWith(start, cursor.end, "by:\"") {
        cursor.position += 3
        guard let range = cursor.quoted() else {
          report("unterminated quote: close the name after by: with \"", start + 3)
          return .rejected
        }
        by = buffer.unescaped(range)
        if by!.allSatisfy(\.isWhitespace) {
          report("by: names no one: write who made the promise, or leave it out", start)
        }
        contentEnd = cursor.position
        continue
      }
      let token = cursor.bareToken()!
      if idRange != nil {
        report("unexpected '\(buffer.string(token))' after the id", start)
      } else if buffer.startsWith(start, token.upperBound, "due:") {
        if dueSeen { report("a second due: day: a promise has one", start) }
        dueSeen = true
        switch Day.parse(buffer, start + 4, token.upperBound) {
        case .success(let parsed): due = parsed
        case .failure(let error): report("due: \(error.reason)", start + 4)
        }
        contentEnd = token.upperBound
      } else if buffer.startsWith(start, token.upperBound, "by:") {
        if token.count == 3 { report("by: names no one: write who made the promise, or leave it out", start) }
        by = buffer.string((start + 3)..<token.upperBound)
        contentEnd = token.upperBound
      } else if buffer.startsWith(start, token.upperBound, "id:") {
        let range = (start + 3)..<token.upperBound
        if range.isEmpty || !Identifier.isValid(buffer, range) {
          report("'\(buffer.string(range))' is not a promise id: \(Identifier.rule)", range.lowerBound)
        }
        idRange = range
      } else {
        report(
          "unexpected '\(buffer.string(token))': a promise line is DATE TARGET promise \"WHAT\" due:DATE [by:WHO] [id:ID]",
          start)
      }
    }
    if !dueSeen { report("a promise needs a due day: add due:YYYY-MM-DD", cursor.position) }
    guard !failed, let due else { return .rejected }
    let idKey =
      idRange.map { buffer.hash($0) | EventLog.explicitBit } ?? buffer.hash(lineStart..<contentEnd)
      & EventLog.derivedMask
    let entry = PromiseEntry(
      made: day.ordinal, account: account, contact: contact, what: what, due: due.ordinal, by: by,
      writtenID: idRange.map { buffer.string($0) } ?? "", idKey: idKey, line: Int32(line))
    return .promise(PromiseLine(entry: entry, lineStart: lineStart, idOffset: idRange?.lowerBound ?? -1))
  }
}

extension ByteView {
  /// Whether the bytes from `start` (before `end`) begin with `prefix`.
  @inline(__always) func startsWith(_ start: Int, _ end: Int, _ prefix: StaticString) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard end - start >= count else { return false }
    return equals(start..<(start + count), prefix)
  }
}
