import Foundation

/// Reading the `changed:` field of a record (see `RecordChange`).
extension RecordCodec {
  /// The change a `changed: DAY by NAME` field records; nil, once reported, when it cannot be read.
  static func change(_ field: RawField, _ buffer: ByteView, _ sink: inout DiagnosticSink) -> RecordChange? {
    switch RecordChange.parse(field.trimmedValue(buffer)) {
    case .success(let change): return change
    case .failure(let message):
      var start = field.key.upperBound + 1
      while start < buffer.count, buffer[start] == Byte.space || buffer[start] == Byte.tab { start += 1 }
      sink.report(message.text, line: field.line, lineStart: field.lineStart, offset: start, in: buffer)
      return nil
    }
  }
}
