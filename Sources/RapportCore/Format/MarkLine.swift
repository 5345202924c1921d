import Foundation

// Writing and parsing the `void` and `restore` lines of the events file, and the `by:NAME` tag
// that every kind of line may carry:
//
//   DATE void ID ["REASON"] [by:NAME]
//   DATE restore ID ["REASON"] [by:NAME]
extension EventLog {
  /// The tag ` by:NAME` that names the line's author, quoted when the name has a space
  /// (` by:"Sam Lee"`); empty without an author.
  static func authorTag(_ author: Author?) -> String {
    guard let name = author?.name else { return "" }
    return name.utf8.contains(where: { $0 == Byte.space || $0 == Byte.tab }) ? " by:\"\(name)\"" : " by:\(name)"
  }

  /// The `void` or `restore` line for the event `id`, ending in a newline. An `undo` is a void
  /// whose reason is "undo"; a correction's void has the reason `corrected by ID` (see
  /// `correctionLine`).
  static func markLine(
    _ action: Mark.Action, _ id: String, on day: Day, reason: String = "", author: Author? = nil
  ) -> String {
    var line = "\(day) \(action == .restore ? "restore" : "void") \(id)"
    let reason = action == .undo ? "undo" : reason
    if !reason.isEmpty { line += " \(quote(reason))" }
    return line + authorTag(author) + "\n"
  }

  /// The `void` line of the event `id` corrected by the event `newID`, ending in a newline.
  static func correctionLine(_ id: String, by newID: String, on day: Day, author: Author? = nil) -> String {
    return "\(day) void \(id) \"corrected by \(newID)\"\(authorTag(author))\n"
  }

  /// The rest of a `void` or `restore` line, after its word: the id, and an optional reason.
  static func parseMark(
    restore: Bool, _ cursor: inout LineCursor, _ buffer: ByteView, failed: Bool,
    _ problem: (@autoclosure () -> String, Int) -> Bool
  ) -> LineResult {
    let word = restore ? "restore" : "void"
    guard let idRange = cursor.bareToken() else {
      _ = problem("expected the id of the event to \(word)", cursor.position)
      return .rejected
    }
    let key = EventLog.key(forReference: buffer, idRange)
    if key == nil, problem("'\(buffer.string(idRange))' is not an event id", idRange.lowerBound) {
      return .rejected
    }
    cursor.skipSpaces()
    var action: Mark.Action = restore ? .restore : .void
    if cursor.peek == Byte.quote {
      let quoteStart = cursor.position
      guard let reason = cursor.quoted() else {
        _ = problem("unterminated quote: close the reason with \"", quoteStart)
        return .rejected
      }
      if !restore, buffer.equals(reason, "undo") { action = .undo }
      if !restore, let by = correctionKey(buffer, reason) { action = .correction(by) }
    }
    var author: Range<Int>?
    cursor.skipSpaces()
    let tokenStart = cursor.position
    if !cursor.atEnd, buffer.startsWith(tokenStart, cursor.end, "by:"), let token = cursor.bareToken() {
      switch authorName(token, &cursor, buffer) {
      case .success(let range): author = range
      case .failure(let issue):
        _ = problem(issue.reason, issue.offset)
        return .rejected
      }
      cursor.skipSpaces()
    }
    if !cursor.atEnd, problem("unexpected text after the \(word)'s reason", cursor.position) {
      return .rejected
    }
    guard !failed, cursor.atEnd, let key else { return .rejected }
    return .void(key: key, offset: idRange.lowerBound, action: action, author: author)
  }

  /// A `by:` name that cannot be read: why, where, and whether the rest of the line is lost.
  struct NameProblem: Error {
    var reason: String
    var offset: Int
    var ends = false
  }

  /// The name of the `by:NAME` or `by:"NAME"` token `token` (just read by `cursor`, which a
  /// quoted name moves past its closing quote): where the name is written, without quotes.
  /// Only its form is checked here; the name itself, when it is interned.
  @inline(__always) static func authorName(
    _ token: Range<Int>, _ cursor: inout LineCursor, _ buffer: ByteView
  ) -> Result<Range<Int>, NameProblem> {
    let start = token.lowerBound + 3
    guard start < token.upperBound else {
      return .failure(
        NameProblem(reason: "by: names no one: write who made the line, or leave it out", offset: token.lowerBound))
    }
    guard buffer[start] == Byte.quote else { return .success(start..<token.upperBound) }
    cursor.position = start
    guard let range = cursor.quoted() else {
      return .failure(
        NameProblem(reason: "unterminated quote: close the name after by: with \"", offset: start, ends: true))
    }
    guard cursor.atTokenBoundary else {
      return .failure(
        NameProblem(reason: "expected a space after the closing quote of the name", offset: cursor.position, ends: true)
      )
    }
    if range.isEmpty {
      return .failure(
        NameProblem(reason: "by: names no one: write who made the line, or leave it out", offset: token.lowerBound))
    }
    return .success(range)
  }

  /// The reason of a void written by a correction: `corrected by ID`.
  static let correctionPrefix: StaticString = "corrected by "

  /// The key of the event named by a void's reason `corrected by ID`, or nil for another reason.
  static func correctionKey(_ buffer: ByteView, _ reason: Range<Int>) -> UInt64? {
    let prefix = correctionPrefix.utf8CodeUnitCount
    guard reason.count > prefix, buffer.equals(reason.lowerBound..<(reason.lowerBound + prefix), correctionPrefix)
    else { return nil }
    return key(forReference: buffer, (reason.lowerBound + prefix)..<reason.upperBound)
  }
}
