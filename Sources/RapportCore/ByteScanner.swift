import Foundation

/// Byte-level tokenising of one line of a store file, without allocating.
///
/// Tokens are separated by spaces or tabs. A token that starts with `"` runs to the matching
/// unescaped `"`; inside it `\"` and `\\` stand for `"` and `\`.
struct LineCursor {
  let buffer: UnsafeRawBufferPointer
  var position: Int
  /// End of the line's content (before `\n` and any `\r`).
  let end: Int

  init(_ buffer: UnsafeRawBufferPointer, from start: Int, to end: Int) {
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

enum Byte {
  static let newline = UInt8(ascii: "\n")
  static let carriageReturn = UInt8(ascii: "\r")
  static let space = UInt8(ascii: " ")
  static let tab = UInt8(ascii: "\t")
  static let quote = UInt8(ascii: "\"")
  static let backslash = UInt8(ascii: "\\")
  static let hash = UInt8(ascii: "#")
  static let colon = UInt8(ascii: ":")
  static let slash = UInt8(ascii: "/")
  static let comma = UInt8(ascii: ",")
}

extension UnsafeRawBufferPointer {
  /// The text of `range`, decoded as UTF-8 (invalid bytes become U+FFFD).
  func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeRawBufferPointer(rebasing: self[range]), as: UTF8.self)
  }

  /// The line that starts at `start`: where its content ends and where the next line starts.
  /// A line ends at `\n`, `\r\n` or a lone `\r` (old Mac files), or at `limit`.
  @inline(__always) func line(from start: Int, before limit: Int) -> (end: Int, next: Int) {
    let end = first(Byte.newline, or: Byte.carriageReturn, in: start..<limit)
    guard end < limit else { return (limit, limit) }
    if self[end] == Byte.carriageReturn, end + 1 < limit, self[end + 1] == Byte.newline {
      return (end, end + 2)
    }
    return (end, end + 1)
  }

  /// Where the line holding the content byte at `offset` starts: after the `\n` or `\r` before it.
  func lineStart(of offset: Int) -> Int {
    var start = offset
    while start > 0, self[start - 1] != Byte.newline, self[start - 1] != Byte.carriageReturn { start -= 1 }
    return start
  }

  /// The text inside a quoted token, with `\"` and `\\` unescaped.
  func unescaped(_ range: Range<Int>) -> String {
    if first(Byte.backslash, or: Byte.backslash, in: range) == range.upperBound { return string(range) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(range.count)
    var i = range.lowerBound
    while i < range.upperBound {
      var c = self[i]
      if c == Byte.backslash, i + 1 < range.upperBound {
        i += 1
        c = self[i]
        if c == UInt8(ascii: "n") { c = Byte.newline }
      }
      bytes.append(c)
      i += 1
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether `range` holds exactly the ASCII text `word`.
  @inline(__always) func equals(_ range: Range<Int>, _ word: StaticString) -> Bool {
    guard range.count == word.utf8CodeUnitCount else { return false }
    let w = word.utf8Start
    for k in 0..<range.count where self[range.lowerBound + k] != w[k] { return false }
    return true
  }

  /// The eight bytes at `offset`, the first in the lowest bits.
  @inline(__always) func word(at offset: Int) -> UInt64 {
    UInt64(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  /// The position of the first `a` or `b` in `range`, or its end; eight bytes at a time.
  @inline(__always) func first(_ a: UInt8, or b: UInt8, in range: Range<Int>) -> Int {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let (repeatedA, repeatedB) = (ones &* UInt64(a), ones &* UInt64(b))
    var i = range.lowerBound
    while i < range.upperBound {
      guard i + 8 <= count else {
        while i < range.upperBound, self[i] != a, self[i] != b { i += 1 }
        return i
      }
      let word = word(at: i)
      // A byte of `x` or `y` is zero where the word holds `a` or `b`; the lowest such byte
      // sets the lowest flag.
      let (x, y) = (word ^ repeatedA, word ^ repeatedB)
      let flags = ((x &- ones) & ~x | (y &- ones) & ~y) & (ones << 7)
      if flags != 0 { return Swift.min(i + flags.trailingZeroBitCount >> 3, range.upperBound) }
      i += 8
    }
    return range.upperBound
  }

  /// A hash of `range` for in-memory tables, eight bytes at a time: faster than `hash` but not
  /// stable across platforms, so it is never written anywhere.
  @inline(__always) func tableHash(_ range: Range<Int>) -> UInt64 {
    var h = UInt64(truncatingIfNeeded: range.count) &* 0x9E37_79B9_7F4A_7C15
    var i = range.lowerBound
    while i + 8 <= range.upperBound {
      h = (h ^ loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
      h ^= h >> 31
      i += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while i < range.upperBound {
      tail |= UInt64(self[i]) << shift
      shift += 8
      i += 1
    }
    h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
    return h ^ (h >> 29)
  }

  /// 64-bit FNV-1a hash of `range`.
  @inline(__always) func hash(_ range: Range<Int>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for i in range {
      h = (h ^ UInt64(self[i])) &* 0x100_0000_01b3
    }
    return h
  }
}

/// Quotes a string for a store file, escaping `"`, `\` and line ends: `\n`, `\r\n` and a lone
/// `\r` are all written `\n`, since a `\r` in a file ends a line.
func quote(_ text: String) -> String {
  var out = "\""
  var afterReturn = false
  for ch in text.unicodeScalars {
    switch ch {
    case "\"": out += "\\\""
    case "\\": out += "\\\\"
    case "\n" where afterReturn: break
    case "\n", "\r": out += "\\n"
    default: out.unicodeScalars.append(ch)
    }
    afterReturn = ch == "\r"
  }
  return out + "\""
}

/// Identifiers of accounts, contacts and event ids: `[a-z0-9][a-z0-9._-]*`, at most 64 bytes.
public enum Identifier {
  @inline(__always) static func isValid(_ buffer: UnsafeRawBufferPointer, _ range: Range<Int>)
    -> Bool
  {
    guard !range.isEmpty, range.count <= 64 else { return false }
    let first = buffer[range.lowerBound]
    guard first != 45, first != 46, first != 95 else { return false }
    // Eight bytes at a time; the last word may overlap the one before it.
    if range.count >= 8 {
      var i = range.lowerBound
      while i + 8 < range.upperBound {
        guard allowed(buffer.word(at: i)) else { return false }
        i += 8
      }
      return allowed(buffer.word(at: range.upperBound - 8))
    }
    if range.lowerBound + 8 <= buffer.count {
      // A short identifier padded with `a`s.
      let mask: UInt64 = (1 << (8 * UInt64(range.count))) - 1
      return allowed(buffer.word(at: range.lowerBound) & mask | 0x6161_6161_6161_6161 & ~mask)
    }
    return buffer[range].allSatisfy { allowed(0x6161_6161_6161_6100 | UInt64($0)) }
  }

  /// An identifier made from a name: accents dropped, lowercase, other characters as `-`;
  /// empty when the name has no Latin letters or digits.
  public static func suggested(from name: String) -> String {
    var folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    // Latin letters that carry no accent to drop, written as they are usually spelled in ASCII.
    for (letter, ascii) in [
      ("æ", "ae"), ("ø", "o"), ("œ", "oe"), ("ß", "ss"), ("ł", "l"), ("đ", "d"), ("ð", "d"), ("þ", "th"), ("ı", "i"),
    ] {
      folded = folded.replacingOccurrences(of: letter, with: ascii)
    }
    var id = ""
    for scalar in folded.unicodeScalars {
      if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
        id.unicodeScalars.append(scalar)
      } else if !id.isEmpty, !id.hasSuffix("-") {
        id += "-"
      }
    }
    while id.hasSuffix("-") { id.removeLast() }
    return String(id.prefix(40))
  }

  /// Whether all eight bytes of `word` are allowed in an identifier: `a-z`, `0-9`, `-`, `.`, `_`.
  @inline(__always) private static func allowed(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high = ones << 7
    guard word & high == 0 else { return false }
    // For bytes below 128, the high bit of `byte + 128 - low` says `byte >= low`.
    func within(_ low: UInt8, _ top: UInt8) -> UInt64 {
      (word &+ ones &* UInt64(128 - low)) & ~(word &+ ones &* UInt64(127 - top)) & high
    }
    return within(97, 122) | within(48, 57) | within(45, 46) | within(95, 95) == high
  }

  /// Whether `text` is a valid identifier.
  public static func isValid(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { isValid(UnsafeRawBufferPointer($0), 0..<$0.count) }
  }

  public static let rule =
    "use lowercase letters, digits, '-', '_' or '.', starting with a letter or digit"
}
