import Foundation

/// An open-addressing hash table from short byte strings to indices, for looking up account and
/// contact ids straight from file bytes without building a `String` per line.
struct ByteKeyTable: Sendable {
  private var slots: [Int32]
  private var hashes: [UInt64]
  private var keyBytes: [UInt8] = []
  private var keyRanges: [Range<Int>] = []
  private var values: [Int32] = []
  private var mask: Int

  init(capacity: Int = 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: -1, count: size)
    hashes = Array(repeating: 0, count: size)
    mask = size - 1
  }

  var count: Int { values.count }

  /// Looks up `buffer[range]`.
  @inline(__always) func find(_ buffer: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int32? {
    let h = buffer.hash(range)
    var i = Int(truncatingIfNeeded: h) & mask
    return keyBytes.withUnsafeBytes { keys in
      while true {
        let entry = slots[i]
        if entry < 0 { return nil }
        if hashes[i] == h {
          let stored = keyRanges[Int(entry)]
          if stored.count == range.count,
            memcmp(
              keys.baseAddress! + stored.lowerBound, buffer.baseAddress! + range.lowerBound,
              range.count) == 0
          {
            return values[Int(entry)]
          }
        }
        i = (i + 1) & mask
      }
    }
  }

  func find(_ key: String) -> Int32? {
    var key = key
    return key.withUTF8 { find(UnsafeRawBufferPointer($0), 0..<$0.count) }
  }

  /// Inserts `key` with `value`; returns the existing value instead when the key is present.
  @discardableResult
  mutating func insert(_ key: String, _ value: Int32) -> Int32? {
    if let existing = find(key) { return existing }
    if (values.count + 1) * 2 > slots.count { grow() }
    let start = keyBytes.count
    keyBytes += key.utf8
    keyRanges.append(start..<keyBytes.count)
    values.append(value)
    place(
      entry: Int32(values.count - 1),
      hash: keyBytes.withUnsafeBytes { $0.hash(start..<keyBytes.count) })
    return nil
  }

  private mutating func place(entry: Int32, hash: UInt64) {
    var i = Int(truncatingIfNeeded: hash) & mask
    while slots[i] >= 0 { i = (i + 1) & mask }
    slots[i] = entry
    hashes[i] = hash
  }

  private mutating func grow() {
    let size = slots.count * 2
    slots = Array(repeating: -1, count: size)
    hashes = Array(repeating: 0, count: size)
    mask = size - 1
    for (entry, range) in keyRanges.enumerated() {
      place(entry: Int32(entry), hash: keyBytes.withUnsafeBytes { $0.hash(range) })
    }
  }
}

/// An open-addressing hash table from 64-bit event id keys to event indices.
struct IdTable: Sendable {
  private var keys: [UInt64]
  private var values: [Int32]
  private var mask: Int
  private(set) var count = 0

  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = Array(repeating: 0, count: size)
    values = Array(repeating: -1, count: size)
    mask = size - 1
  }

  @inline(__always) func find(_ key: UInt64) -> Int32? {
    var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    while values[i] >= 0 {
      if keys[i] == key { return values[i] }
      i = (i + 1) & mask
    }
    return nil
  }

  /// Inserts unless present; returns the existing value when it is.
  @inline(__always) @discardableResult
  mutating func insert(_ key: UInt64, _ value: Int32) -> Int32? {
    if (count + 1) * 2 > keys.count { grow() }
    var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    while values[i] >= 0 {
      if keys[i] == key { return values[i] }
      i = (i + 1) & mask
    }
    keys[i] = key
    values[i] = value
    count += 1
    return nil
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    keys = Array(repeating: 0, count: oldKeys.count * 2)
    values = Array(repeating: -1, count: oldKeys.count * 2)
    mask = keys.count - 1
    count = 0
    for (k, v) in zip(oldKeys, oldValues) where v >= 0 { insert(k, v) }
  }
}
