import Foundation

/// Reading the values of record fields and header attributes: days, dated notes, flags.
extension RecordCodec {
  /// The fields of a contact whose value starts with a day.
  enum DatedField: String {
    case progress
    case previousRole = "previous-role"
    case left, archived

    init?(_ key: Range<Int>, _ buffer: ByteView) {
      if buffer.equals(key, "progress") {
        self = .progress
      } else if buffer.equals(key, "previous-role") {
        self = .previousRole
      } else if buffer.equals(key, "left") {
        self = .left
      } else if buffer.equals(key, "archived") {
        self = .archived
      } else {
        return nil
      }
    }
  }

  /// `DATE TEXT`, the value of a dated field; nil, once reported at the date, when it does
  /// not start with a day.
  static func datedNote(
    _ field: RawField, _ buffer: ByteView, _ sink: inout DiagnosticSink, key: String
  ) -> DatedNote? {
    // Read in bytes when the day and the byte after its spaces are ASCII, so that each byte is
    // a character as below; a problem is reported from the characters.
    let line = field.first
    var dayEnd = line.lowerBound
    var ascii = true
    while dayEnd < line.upperBound, buffer[dayEnd] != Byte.space, buffer[dayEnd] != Byte.tab {
      ascii = ascii && buffer[dayEnd] < 0x80
      dayEnd += 1
    }
    var textStart = dayEnd
    while textStart < line.upperBound, buffer[textStart] == Byte.space || buffer[textStart] == Byte.tab {
      textStart += 1
    }
    if ascii, textStart == line.upperBound || buffer[textStart] < 0x80,
      case .success(let day) = Day.parse(buffer, line.lowerBound, dayEnd)
    {
      return DatedNote(day: day, text: field.value(buffer, from: textStart))
    }
    var start = field.key.upperBound + 1
    while start < buffer.count, buffer[start] == Byte.space || buffer[start] == Byte.tab { start += 1 }
    let value = Substring(field.value(buffer))
    let dayText = value.prefix { $0 != " " && $0 != "\t" && $0 != "\n" }
    switch String(dayText).withByteView({ Day.parse($0, 0, $0.count) }) {
    case .success(let day):
      let text = value.dropFirst(dayText.count).drop { $0 == " " || $0 == "\t" }
      return DatedNote(day: day, text: String(text.drop { $0 == "\n" }))
    case .failure(let error):
      let reason = dayText.isEmpty ? "expected a day (YYYY-MM-DD) first" : error.reason
      sink.report(
        "\(key): \(reason), as in \(key): 2026-10-01 …", line: field.line, lineStart: field.lineStart,
        offset: start, in: buffer)
      return nil
    }
  }

  static func reportField(_ field: RawField, _ buffer: ByteView, _ sink: inout DiagnosticSink, _ reason: String) {
    sink.report(reason, line: field.line, lineStart: field.lineStart, offset: field.key.lowerBound, in: buffer)
  }

  /// The comma-separated words of `value`, split as `value.split(separator: ",")` does: between
  /// bytes when the value is ASCII, where every character is one byte.
  static func flags(_ value: String) -> [String] {
    guard value.utf8.allSatisfy({ $0 < 0x80 }) else {
      return value.split(separator: ",").map(String.init)
    }
    return value.utf8.split(separator: Byte.comma).map { String(decoding: $0, as: UTF8.self) }
  }

  /// The value of the attribute `key` as a day; nil, once reported at the value, when it is
  /// not one.
  static func day(
    _ attribute: Attribute, _ buffer: ByteView, _ key: String, _ report: (String, Int) -> Void
  ) -> Day? {
    let parsed =
      attribute.quoted
      ? attribute.value(buffer).withByteView { Day.parse($0, 0, $0.count) }
      : Day.parse(buffer, attribute.range.lowerBound, attribute.range.upperBound)
    switch parsed {
    case .success(let day): return day
    case .failure(let error):
      report("\(key): \(error.reason)", attribute.offset + key.utf8.count + 1)
      return nil
    }
  }

  /// Whether `name` is empty or all whitespace, as `allSatisfy(\.isWhitespace)` says; most names
  /// start with an ASCII letter, which settles it at once.
  static func isBlank(_ name: String) -> Bool {
    if let first = name.utf8.first, first < 0x80, first != Byte.space, !(0x09...0x0D).contains(first) {
      return false
    }
    return name.allSatisfy(\.isWhitespace)
  }
}
