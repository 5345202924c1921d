import Foundation

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

/// Bytes in memory that the parsers read, such as a store file's: the one place where they
/// meet a raw pointer. A view is valid only inside the `withByteView` call that made it.
struct ByteView {
  private let raw: UnsafeRawBufferPointer

  init(_ raw: UnsafeRawBufferPointer) { self.raw = raw }

  var count: Int { raw.count }

  @inline(__always) subscript(_ offset: Int) -> UInt8 { raw[offset] }

  /// The bytes of `range`, as a collection.
  @inline(__always) subscript(_ range: Range<Int>) -> Slice<UnsafeRawBufferPointer> { raw[range] }

  /// The offset of the first `byte` in `range`, or its end; with the C library's `memchr`.
  @inline(__always) func memchr(_ byte: UInt8, in range: Range<Int>) -> Int {
    guard let base = raw.baseAddress, !range.isEmpty else { return range.upperBound }
    return Foundation.memchr(base + range.lowerBound, Int32(byte), range.count).map {
      UnsafeRawPointer($0) - base
    } ?? range.upperBound
  }

  /// Whether any byte in `range` is `byte`.
  @inline(__always) func contains(_ byte: UInt8, in range: Range<Int>) -> Bool {
    memchr(byte, in: range) < range.upperBound
  }

  /// Whether `self[range]` holds the same bytes as `other` from `start`.
  @inline(__always) func same(_ range: Range<Int>, as other: ByteView, at start: Int) -> Bool {
    range.isEmpty || memcmp(raw.baseAddress! + range.lowerBound, other.raw.baseAddress! + start, range.count) == 0
  }

  /// The eight bytes at `offset` as they lie in memory, for a quick comparison.
  @inline(__always) func load64(at offset: Int) -> UInt64 {
    raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
  }

  /// The text of `range`, decoded as UTF-8 (invalid bytes become U+FFFD).
  func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeRawBufferPointer(rebasing: raw[range]), as: UTF8.self)
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
    UInt64(littleEndian: load64(at: offset))
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
      h = (h ^ load64(at: i)) &* 0xBF58_476D_1CE4_E5B9
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

extension Array where Element == UInt8 {
  /// Calls `body` with a view of the array's bytes.
  @inline(__always) func withByteView<R>(_ body: (ByteView) throws -> R) rethrows -> R {
    try withUnsafeBytes { try body(ByteView($0)) }
  }
}

extension ArraySlice where Element == UInt8 {
  /// Calls `body` with a view of the slice's bytes, counted from its start.
  @inline(__always) func withByteView<R>(_ body: (ByteView) throws -> R) rethrows -> R {
    try withUnsafeBytes { try body(ByteView($0)) }
  }
}

extension String {
  /// Calls `body` with a view of the string's UTF-8 bytes.
  @inline(__always) func withByteView<R>(_ body: (ByteView) throws -> R) rethrows -> R {
    var text = self
    return try text.withUTF8 { try body(ByteView(UnsafeRawBufferPointer($0))) }
  }
}
