import Foundation

/// A file of records (accounts or contacts) kept with its exact bytes, so that saving it writes
/// back every comment, blank line and untouched record byte for byte, and only the edited records
/// in canonical form.
struct RecordFile: Sendable {
  /// The bytes as loaded.
  private(set) var original: [UInt8]
  /// Each record's byte range in `original`, in file order, from its header to its last line's end.
  private(set) var spans: [Range<Int>]
  /// Canonical text of records edited since loading, by record position.
  private var replacements: [Int: [UInt8]] = [:]
  /// Records added since loading: each written after a record of the file as loaded (nil for
  /// the end of the file).
  private var appended: [(after: Int?, text: [UInt8])] = []

  init(original: [UInt8], spans: [Range<Int>]) {
    self.original = original
    self.spans = spans
  }

  var recordCount: Int { spans.count + appended.count }

  /// The file's bytes as they are now: as loaded when nothing was edited or added.
  var currentBytes: [UInt8] { replacements.isEmpty && appended.isEmpty ? original : render() }

  /// Replaces record `index` (in load order, then append order) with `text`.
  mutating func replace(_ index: Int, with text: String) {
    if index < spans.count {
      replacements[index] = Array(text.utf8)
    } else {
      appended[index - spans.count].text = Array(text.utf8)
    }
  }

  /// Adds a record at the end of the file, or after record `after` when given (a record of the
  /// file as loaded, or one added after one).
  mutating func append(_ text: String, after: Int? = nil) {
    let anchor = after.map { $0 < spans.count ? $0 : appended[$0 - spans.count].after } ?? nil
    appended.append((anchor, Array(text.utf8)))
  }

  /// The whole file as it should now be on disk. Edited and added records end their lines as
  /// the file's first line does (`\n`, `\r\n` or `\r`), so that a file keeps one kind of line end.
  func render() -> [UInt8] {
    let newline = lineEnd
    func ended(_ text: [UInt8]) -> [UInt8] {
      newline == [Byte.newline] ? text : text.flatMap { $0 == Byte.newline ? newline : [$0] }
    }
    var out: [UInt8] = []
    out.reserveCapacity(original.count + appended.reduce(0) { $0 + $1.text.count })
    var cursor = 0
    for (index, span) in spans.enumerated() {
      out += original[cursor..<span.lowerBound]
      if let replacement = replacements[index] { out += ended(replacement) } else { out += original[span] }
      cursor = span.upperBound
      let added = appended.filter { $0.after == index }
      guard !added.isEmpty else { continue }
      // After the record and the blank lines that follow it, each new one with the same gap;
      // before anything else (a comment belongs to what comes next).
      let next = index + 1 < spans.count ? spans[index + 1].lowerBound : original.count
      let gap = original[cursor..<next]
      let blank = gap.allSatisfy { $0 == Byte.newline || $0 == Byte.space || $0 == Byte.carriageReturn }
      for record in added {
        if RecordFile.trailingLineEnds(out[...]) == 0, !out.isEmpty { out += newline }
        if blank, !gap.isEmpty { out += gap } else if !blank { out += newline }
        out += ended(record.text)
      }
    }
    out += original[cursor...]
    // At the end, with the blank lines the file puts between its last two records.
    let between =
      spans.count >= 2 ? original[spans[spans.count - 2].upperBound..<spans[spans.count - 1].lowerBound] : []
    let blankLines =
      between.allSatisfy { $0 == Byte.newline || $0 == Byte.carriageReturn } ? RecordFile.trailingLineEnds(between) : 0
    for record in appended where record.after == nil {
      if !out.isEmpty {
        let ending = RecordFile.trailingLineEnds(out[...])
        for _ in 0..<max(0, blankLines + 1 - max(ending, 1)) + (ending == 0 ? 1 : 0) { out += newline }
      }
      out += ended(record.text)
    }
    return out
  }

  /// The line end of the file's first line; `\n` when it has none.
  private var lineEnd: [UInt8] {
    original.withByteView { buffer in
      let (end, next) = buffer.line(from: 0, before: buffer.count)
      return end < next ? Array(original[end..<next]) : [Byte.newline]
    }
  }

  /// How many line ends (`\n`, `\r\n` or `\r`) `bytes` ends with.
  private static func trailingLineEnds(_ bytes: ArraySlice<UInt8>) -> Int {
    var (count, i) = (0, bytes.endIndex)
    while i > bytes.startIndex, bytes[i - 1] == Byte.newline || bytes[i - 1] == Byte.carriageReturn {
      let pair = bytes[i - 1] == Byte.newline && i - 1 > bytes.startIndex && bytes[i - 2] == Byte.carriageReturn
      i -= pair ? 2 : 1
      count += 1
    }
    return count
  }
}

/// One record as read from a file: its header tokens and its fields.
struct RawRecord {
  var span: Range<Int>
  var line: Int
  var lineStart: Int
  /// The header line's content range, after the record word.
  var header: Range<Int>
  var fields: [RawField]
}

/// A `key: value` line of a record and the lines that continue it, as byte ranges of the file:
/// the value is decoded only when asked for.
struct RawField {
  var key: Range<Int>
  /// The value's first line, from after `key:` and its spaces to the line's end.
  var first: Range<Int>
  /// The lines that continue the value (indented further), each without its indentation.
  var more: [Range<Int>] = []
  var line: Int
  var lineStart: Int

  /// The value: its lines joined by newlines.
  func value(_ buffer: ByteView) -> String { value(buffer, from: first.lowerBound) }

  /// The value from `start`, a position in its first line; when that line is used up, from the
  /// line that continues it.
  func value(_ buffer: ByteView, from start: Int) -> String {
    let head = start..<first.upperBound
    guard !more.isEmpty else { return buffer.string(head) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(more.reduce(head.count) { $0 + 1 + $1.count })
    for range in head.isEmpty ? more[...] : [head] + more {
      if !bytes.isEmpty { bytes.append(Byte.newline) }
      bytes += buffer[range]
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The value without the whitespace (`CharacterSet.whitespaces`) at either end; decoded once
  /// when the ends are ASCII and not blank, as they mostly are.
  func trimmedValue(_ buffer: ByteView) -> String {
    if more.isEmpty, let last = first.last, !isBlankOrWide(buffer[first.lowerBound]), !isBlankOrWide(buffer[last]) {
      return buffer.string(first)
    }
    return value(buffer).trimmingCharacters(in: .whitespaces)
  }

  private func isBlankOrWide(_ byte: UInt8) -> Bool { byte >= 0x80 || byte == Byte.space || byte == Byte.tab }
}

/// Splits a record file into records, reporting lines that belong to none.
///
/// A record starts with a line that begins with `word` at column 1; its field lines are indented;
/// a line indented further than the field above continues that field. Blank lines and comments
/// (`#`) at column 1 end a record; an indented comment belongs to the record it is in.
func splitRecords(
  _ buffer: ByteView, word: StaticString, sink: inout DiagnosticSink,
  otherWords: [String]
) -> [RawRecord] {
  var records: [RawRecord] = []
  // Room for a record every 64 bytes, more than enough: growing an array of records again and
  // again costs more than its pages of unused room.
  records.reserveCapacity(buffer.count / 64)
  var current: RawRecord?
  var fieldIndent = 0
  var lineNumber = 0
  var lineStart = 0
  let count = buffer.count

  func close(_ current: inout RawRecord?) {
    if let record = current { records.append(record) }
    current = nil
  }

  while lineStart < count {
    lineNumber += 1
    let (contentEnd, next) = buffer.line(from: lineStart, before: count)

    var indentEnd = lineStart
    while indentEnd < contentEnd, buffer[indentEnd] == Byte.space || buffer[indentEnd] == Byte.tab {
      indentEnd += 1
    }
    let indent = indentEnd - lineStart

    if indent > 0, indentEnd < contentEnd, buffer[indentEnd] == Byte.hash, current != nil {
      // An indented comment stays inside its record.
    } else if indentEnd == contentEnd || buffer[indentEnd] == Byte.hash {
      close(&current)
    } else if indent == 0 {
      close(&current)
      var cursor = LineCursor(buffer, from: lineStart, to: contentEnd)
      let first = cursor.bareToken()!
      if buffer.equals(first, word) {
        current = RawRecord(
          span: lineStart..<next, line: lineNumber, lineStart: lineStart,
          header: cursor.position..<contentEnd,
          fields: [])
        current!.fields.reserveCapacity(8)
        fieldIndent = 0
      } else {
        let found = buffer.string(first)
        let hint =
          otherWords.contains(found)
          ? "a '\(found)' record belongs in another file"
          : "expected a line starting with '\(word)', a comment (#) or a blank line"
        sink.report(
          "unexpected '\(found)': \(hint)", line: lineNumber, lineStart: lineStart,
          offset: lineStart, in: buffer)
      }
    } else if current == nil {
      sink.report(
        "indented line outside a record: field lines follow a '\(word)' line", line: lineNumber,
        lineStart: lineStart, offset: indentEnd, in: buffer)
    } else if fieldIndent > 0, indent > fieldIndent, !current!.fields.isEmpty {
      current!.fields[current!.fields.count - 1].more.append(indentEnd..<contentEnd)
    } else {
      if fieldIndent == 0 { fieldIndent = indent }
      var keyEnd = indentEnd
      while keyEnd < contentEnd, buffer[keyEnd] != Byte.colon, buffer[keyEnd] != Byte.space {
        keyEnd += 1
      }
      if keyEnd < contentEnd, buffer[keyEnd] == Byte.colon {
        var valueStart = keyEnd + 1
        while valueStart < contentEnd, buffer[valueStart] == Byte.space { valueStart += 1 }
        current!.fields.append(
          RawField(
            key: indentEnd..<keyEnd, first: valueStart..<contentEnd, line: lineNumber,
            lineStart: lineStart))
      } else {
        sink.report(
          "expected 'field: value' (or indent further to continue the field above)",
          line: lineNumber,
          lineStart: lineStart, offset: indentEnd, in: buffer)
      }
    }
    if current != nil { current!.span = current!.span.lowerBound..<next }
    lineStart = next
  }
  close(&current)
  return records
}
