import Foundation

/// Byte-level tokenising of one line of a store file, without allocating.
///
/// Tokens are separated by spaces or tabs. A token that starts with `"` runs to the matching
/// unescaped `"`; inside it `\"` and `\\` stand for `"` and `\`.
struct LineCursor {
  let buffer: ByteView
  var position: Int
  /// End of the line's content (before `\n` and any `\r`).
  let end: Int

  init(_ buffer: ByteView, from start: Int, to end: Int) {
    self.buffer = buffer
    position = start
    self.end = end
  }

  var atEnd: Bool { position >= end }

  @inline(__always) mutating func skipSpaces() {
    while position < end, buffer[position] == Byte.space || buffer[position] == Byte.tab {
      position += 1
    }
  }

  /// The next bare token's byte range, up to the next space, or nil at the end of the line.
  @inline(__always) mutating func bareToken() -> Range<Int>? {
    skipSpaces()
    guard position < end else { return nil }
    let start = position
    position = buffer.first(Byte.space, or: Byte.tab, in: position..<end)
    return start..<position
  }

  @inline(__always) var peek: UInt8? { position < end ? buffer[position] : nil }

  /// Reads a quoted string starting at the current `"`; returns the range inside the quotes, or
  /// nil when it is not closed on this line.
  @inline(__always) mutating func quoted() -> Range<Int>? {
    let start = position + 1
    var i = start
    while i < end {
      i = buffer.first(Byte.backslash, or: Byte.quote, in: i..<end)
      guard i < end else { break }
      if buffer[i] == Byte.backslash {
        i += 2
        continue
      }
      position = i + 1
      return start..<i
    }
    return nil
  }

  /// True when the quoted token just read is followed by a space or the end of the line.
  var atTokenBoundary: Bool {
    position >= end || buffer[position] == Byte.space || buffer[position] == Byte.tab
  }
}
