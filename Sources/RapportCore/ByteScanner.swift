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
    while position < end, buffer[position] != Byte.space, buffer[position] != Byte.tab {
      position += 1
    }
    return start..<position
  }

  @inline(__always) var peek: UInt8? { position < end ? buffer[position] : nil }

  /// Reads a quoted string starting at the current `"`; returns the range inside the quotes, or
  /// nil when it is not closed on this line.
  @inline(__always) mutating func quoted() -> Range<Int>? {
    let start = position + 1
    var i = start
    while i < end {
      let c = buffer[i]
      if c == Byte.backslash {
        i += 2
        continue
      }
      if c == Byte.quote {
        position = i + 1
        return start..<i
      }
      i += 1
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

  /// The text inside a quoted token, with `\"` and `\\` unescaped.
  func unescaped(_ range: Range<Int>) -> String {
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

  /// 64-bit FNV-1a hash of `range`.
  @inline(__always) func hash(_ range: Range<Int>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for i in range {
      h = (h ^ UInt64(self[i])) &* 0x100_0000_01b3
    }
    return h
  }
}

/// Quotes a string for a store file, escaping `"`, `\` and newlines.
func quote(_ text: String) -> String {
  var out = "\""
  for ch in text.unicodeScalars {
    switch ch {
    case "\"": out += "\\\""
    case "\\": out += "\\\\"
    case "\n": out += "\\n"
    default: out.unicodeScalars.append(ch)
    }
  }
  return out + "\""
}

/// Identifiers of accounts, contacts and event ids: `[a-z0-9][a-z0-9._-]*`, at most 64 bytes.
enum Identifier {
  @inline(__always) static func isValid(_ buffer: UnsafeRawBufferPointer, _ range: Range<Int>)
    -> Bool
  {
    guard !range.isEmpty, range.count <= 64 else { return false }
    for i in range {
      let c = buffer[i]
      let lowerOrDigit = (c >= 97 && c <= 122) || (c >= 48 && c <= 57)
      if i == range.lowerBound {
        if !lowerOrDigit { return false }
      } else if !(lowerOrDigit || c == 45 || c == 46 || c == 95) {
        return false
      }
    }
    return true
  }

  /// Whether `text` is a valid identifier.
  static func isValid(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { isValid(UnsafeRawBufferPointer($0), 0..<$0.count) }
  }

  static let rule =
    "use lowercase letters, digits, '-', '_' or '.', starting with a letter or digit"
}
