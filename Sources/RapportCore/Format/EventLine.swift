import Foundation

// Parsing and writing one line of the events file.
extension EventLog {
  /// The line that records `draft` with the id `id`, ending in a newline; `promise` is the id of
  /// the promise the event keeps or marks missed.
  static func line(for draft: EventDraft, id: String, promise: String? = nil, author: Author? = nil) -> String {
    var line = "\(draft.day) \(draft.account)\(draft.contact.map { "/\($0)" } ?? "") \(draft.type.word)"
    if !draft.kind.isEmpty { line += " \(draft.kind)" }
    line += " \(draft.weight)"
    if !draft.note.isEmpty { line += " \(quote(draft.note))" }
    if draft.forCareer, draft.kind != EventLog.careerKind { line += " \(EventLog.careerTag)" }
    if let promise { line += " promise:\(promise)" }
    if let source = draft.source { line += " \(EventSource.prefix)\(source.text)" }
    return line + authorTag(author) + " id:\(id)\n"
  }

  /// What parsing a line in full needs: the lookup tables and the kinds met so far.
  struct Tables {
    let context: LineContext
    var kinds: KindTable
    var authors: AuthorTable
  }

  enum LineResult {
    case trivia
    case rejected
    case event(EventEntry)
    /// An event read without the tables: its entry has no target yet.
    case drafted(DraftEntry)
    /// A `void` or `restore` line; `author` is where its `by:` name is written.
    case void(key: UInt64, offset: Int, action: Mark.Action, author: Range<Int>?)
    /// A `promise` line; only with the tables.
    indirect case promise(PromiseLine)
    /// A `kept`, `missed`, `dropped` or `reopened` line; only with the tables.
    indirect case promiseMark(PromiseMarkLine)
    /// An event that carries `promise:ID`; only with the tables (without, the line is rejected,
    /// to be read again with them: such lines are rare).
    indirect case linked(EventEntry, PromiseLink)
  }

  /// The lookup tables an event line needs.
  struct LineContext {
    var accounts: ByteKeyTable
    var contacts: ByteKeyTable
    var contactAccount: [Int32]
  }

  /// Parses one line. Without `tables`, the target is not looked up (the event is `drafted`,
  /// with where its target and kind are written), and a line with a problem is `rejected` at its
  /// first problem, without a report. With
  /// `tables`, every problem of the line is reported, in column order, as far as the line can
  /// be read: only a missing part or an unterminated quote ends the reading early.
  static func parseLine(
    _ buffer: ByteView, _ lineStart: Int, _ lineEnd: Int, _ line: Int,
    _ tables: inout Tables?, _ sink: inout DiagnosticSink
  ) -> LineResult {
    var contentEnd = lineEnd
    if contentEnd > lineStart, buffer[contentEnd - 1] == Byte.carriageReturn { contentEnd -= 1 }
    var cursor = LineCursor(buffer, from: lineStart, to: contentEnd)
    let context = tables?.context
    var failed = false
    /// Reports a problem; true when the line is to be rejected at once (without tables).
    func problem(_ reason: @autoclosure () -> String, _ offset: Int) -> Bool {
      failed = true
      guard context != nil else { return true }
      sink.report(reason(), line: line, lineStart: lineStart, offset: offset, in: buffer)
      return false
    }
    /// Reports a problem after which the rest of the line cannot be read.
    func fail(_ reason: @autoclosure () -> String, _ offset: Int) -> LineResult {
      _ = problem(reason(), offset)
      return .rejected
    }
    cursor.skipSpaces()
    guard let first = cursor.peek, first != Byte.hash else { return .trivia }
    if cursor.position != lineStart, problem("an event line starts at column 1 with its date", cursor.position) {
      return .rejected
    }
    let dateRange = cursor.bareToken()!
    var day = Day(ordinal: 0)
    switch Day.parse(buffer, dateRange.lowerBound, dateRange.upperBound) {
    case .success(let d): day = d
    case .failure(let error): if problem(error.reason, dateRange.lowerBound) { return .rejected }
    }
    guard let target = cursor.bareToken() else {
      return fail("expected an account (or account/contact) after the date", cursor.position)
    }
    let restore = buffer.equals(target, "restore")
    if restore || buffer.equals(target, "void") {
      return parseMark(restore: restore, &cursor, buffer, failed: failed, problem)
    }
    if let action = promiseAction(buffer, target) {
      guard context != nil else { return .rejected }
      return parsePromiseMark(
        action, day: day, line: line, lineStart: lineStart, &cursor, buffer, failed: failed, problem)
    }

    var accountIndex: Int32 = 0
    var contactIndex: Int32 = -1
    let slash = context == nil ? 0 : buffer.first(Byte.slash, or: Byte.slash, in: target)
    if let context = context, slash < target.upperBound {
      if let c = context.contacts.find(buffer, target) {
        contactIndex = c
        accountIndex = context.contactAccount[Int(c)]
      } else if context.accounts.find(buffer, target.lowerBound..<slash) == nil {
        _ = problem("unknown account '\(buffer.string(target.lowerBound..<slash))'", target.lowerBound)
      } else {
        _ = problem("unknown contact '\(buffer.string(target))': add it to contacts.txt or fix the id", slash + 1)
      }
    } else if let context {
      if let a = context.accounts.find(buffer, target) {
        accountIndex = a
      } else {
        _ = problem(
          "unknown account '\(buffer.string(target))': add it to accounts.txt or fix the id", target.lowerBound)
      }
    }

    guard let typeRange = cursor.bareToken() else {
      return fail("expected deposit, withdrawal, favour-given or favour-asked", cursor.position)
    }
    let type = EventLog.type(buffer, typeRange)
    if type == nil, buffer.equals(typeRange, "promise") {
      guard context != nil else { return .rejected }
      return parsePromise(
        day: day, account: accountIndex, contact: contactIndex, line: line, lineStart: lineStart, &cursor, buffer,
        failed: failed, problem)
    }
    if type == nil,
      problem(
        "'\(buffer.string(typeRange))' is not an event type: use deposit, withdrawal, favour-given or favour-asked",
        typeRange.lowerBound)
    {
      return .rejected
    }

    guard var weightRange = cursor.bareToken() else {
      return fail(
        "expected a kind or a weight such as +3 after '\(buffer.string(typeRange))'", cursor.position)
    }
    var kindRange: Range<Int>? = nil
    let lead = buffer[weightRange.lowerBound]
    if !(lead == UInt8(ascii: "+") || lead == UInt8(ascii: "-") || (lead &- 48) < 10) {
      if !EventLog.isKindWord(buffer, weightRange),
        problem(
          "'\(buffer.string(weightRange))' is not a kind: use a lowercase word such as insight",
          weightRange.lowerBound)
      {
        return .rejected
      }
      kindRange = weightRange
      guard let next = cursor.bareToken() else {
        return fail("expected a weight such as +3 after the kind", cursor.position)
      }
      weightRange = next
    }
    var weight = Weight(hundredths: 0)
    switch Weight.parse(buffer, weightRange.lowerBound, weightRange.upperBound) {
    case .success(let parsed):
      weight = parsed.weight
      if let type, type.isNegative, weight.hundredths > 0,
        problem(
          "a withdrawal takes a negative weight: write -\(Weight(hundredths: weight.hundredths).description.dropFirst())",
          weightRange.lowerBound)
      {
        return .rejected
      }
      if let type, !type.isNegative, weight.hundredths < 0,
        problem("a \(type.word) takes a positive weight; record a withdrawal for a loss", weightRange.lowerBound)
      {
        return .rejected
      }
    case .failure(let error): if problem(error.reason, weightRange.lowerBound) { return .rejected }
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
    var forCareer = kindRange.map { buffer.equals($0, "career-help") } ?? false
    var next = cursor.bareToken()
    if let token = next, token.count >= 4, buffer.equals(token.lowerBound..<(token.lowerBound + 4), "for:") {
      if buffer.equals(token, "for:career") {
        forCareer = true
        if buffer.first(Byte.slash, or: Byte.slash, in: target) == target.upperBound,
          problem("for:career is about a person: book the event to a contact, such as acme/jane", token.lowerBound)
        {
          return .rejected
        }
        if let type, !type.canBeCareerHelp,
          problem(
            "for:career marks help given: a deposit or a favour given, not a \(type.word)", token.lowerBound)
        {
          return .rejected
        }
      } else if problem(
        "'\(buffer.string(token))' is not a purpose: write \(EventLog.careerTag), or leave it out", token.lowerBound)
      {
        return .rejected
      }
      next = cursor.bareToken()
    }
    var link: PromiseLink?
    if let token = next, token.count >= 8, buffer.equals(token.lowerBound..<(token.lowerBound + 8), "promise:") {
      guard context != nil else { return .rejected }
      let range = (token.lowerBound + 8)..<token.upperBound
      if let key = range.isEmpty ? nil : EventLog.key(forReference: buffer, range) {
        link = PromiseLink(key: key, line: line, lineStart: lineStart, offset: range.lowerBound)
      } else {
        _ = problem("'\(buffer.string(range))' is not a promise id", range.lowerBound)
      }
      next = cursor.bareToken()
    }
    if let token = next, token.count >= 4, buffer.equals(token.lowerBound..<(token.lowerBound + 4), "src:") {
      let range = (token.lowerBound + 4)..<token.upperBound
      if let reason = EventSource.problem(buffer, range) {
        _ = problem(reason, range.lowerBound)
      }
      next = cursor.bareToken()
    }
    var author: Range<Int>?
    if let token = next, token.count >= 3, buffer.equals(token.lowerBound..<(token.lowerBound + 3), "by:") {
      switch authorName(token, &cursor, buffer) {
      case .success(let range): author = range
      case .failure(let issue):
        if issue.ends { return fail(issue.reason, issue.offset) }
        _ = problem(issue.reason, issue.offset)
      }
      next = cursor.bareToken()
    }
    if let token = next {
      guard token.count > 3, buffer.equals(token.lowerBound..<(token.lowerBound + 3), "id:") else {
        return fail(
          "unexpected '\(buffer.string(token))': a note goes in double quotes, then an optional for:career, promise:ID, src:SOURCE, by:NAME and id:ID",
          token.lowerBound)
      }
      idRange = (token.lowerBound + 3)..<token.upperBound
      if !Identifier.isValid(buffer, idRange),
        problem("'\(buffer.string(idRange))' is not an event id: \(Identifier.rule)", idRange.lowerBound)
      {
        return .rejected
      }
      idStart = idRange.lowerBound
      if let extra = cursor.bareToken() {
        return fail("unexpected '\(buffer.string(extra))' after the id", extra.lowerBound)
      }
    }
    var authorNumber: UInt16 = 0
    if let author {
      if tables != nil {
        switch tables!.authors.intern(buffer, author) {
        case .success(let number): authorNumber = number
        case .failure(let error): _ = problem("by: \(error.reason)", author.lowerBound)
        }
      } else {
        // Interned once the chunks are joined (see `finish`); a line too long for that is read again.
        guard author.lowerBound - target.lowerBound <= UInt16.max else { return .rejected }
        authorNumber = UInt16(author.lowerBound - target.lowerBound)
      }
    }
    guard !failed, let type else { return .rejected }
    var kind: UInt32 = 0
    if let kindRange, tables != nil { kind = tables!.kinds.intern(buffer, kindRange) }
    let idKey =
      idStart >= 0
      ? buffer.hash(idRange) | EventLog.explicitBit
      : buffer.hash(lineStart..<contentEndBeforeId) & EventLog.derivedMask
    let entry = EventEntry(
      day: day.ordinal, account: accountIndex, contact: contactIndex, weight: weight.hundredths,
      noteStart: Int32(note.lowerBound), noteLength: Int32(note.count), line: Int32(line),
      idStart: Int32(idStart),
      idKey: idKey, kind: kind, author: authorNumber, idLength: UInt8(idRange.count), type: type, voided: false,
      forCareer: forCareer)
    guard tables != nil else {
      // Looked up once the tables are known; a line too long for that is read again with them.
      let kindOffset = kindRange.map { $0.lowerBound - target.lowerBound } ?? 0
      guard target.count <= UInt16.max, kindOffset <= UInt16.max else { return .rejected }
      return .drafted(
        DraftEntry(
          entry: entry, targetStart: Int32(target.lowerBound), targetLength: UInt16(target.count),
          kindOffset: UInt16(kindOffset)))
    }
    if let link { return .linked(entry, link) }
    return .event(entry)
  }

  /// The event type a token names, or nil.
  @inline(__always) private static func type(_ buffer: ByteView, _ range: Range<Int>) -> EventType? {
    if buffer.equals(range, "deposit") { return .deposit }
    if buffer.equals(range, "withdrawal") { return .withdrawal }
    if buffer.equals(range, "favour-given") || buffer.equals(range, "favor-given") { return .favourGiven }
    if buffer.equals(range, "favour-asked") || buffer.equals(range, "favor-asked") { return .favourAsked }
    return nil
  }

  /// The kind that is career help whatever its tags: `career-help`.
  public static let careerKind = "career-help"
  /// The tag that marks an event as done for the contact's career.
  public static let careerTag = "for:career"

  /// Whether `text` can be an event's kind: a lowercase word such as `insight`.
  static func isKind(_ text: String) -> Bool {
    return text.withByteView { isKindWord($0, 0..<$0.count) }
  }

  static func isKindWord(_ buffer: ByteView, _ range: Range<Int>) -> Bool {
    guard range.count <= 40, case let c = buffer[range.lowerBound], c >= 97, c <= 122 else {
      return false
    }
    return Identifier.isValid(buffer, range)
  }

  /// The key a `void` line's id refers to: `~XXXXXXXXXX` for an event without a written id.
  static func key(forReference buffer: ByteView, _ range: Range<Int>)
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
