import Foundation

/// A table from 64-bit event id keys to event positions.
///
/// It is made of parts: a loaded file's chunks each fill their own at the same time, positions
/// in a part counting from its `offset`; keys added later go in the last part.
struct IdTable: Sendable {
  private var parts: [Part]

  init(capacity: Int) { parts = [Part(capacity: capacity)] }

  /// The table made of parts that each hold distinct keys, or nil when a key is in two parts.
  init?(joining parts: [Part]) {
    for k in parts.indices.dropFirst() {
      // Half of the part's keys on each core, looked up in slot order: the order of the hash's
      // top bits, so the lookups walk the earlier parts from one end to the other.
      let half = parts[k].slotCount / 2
      let clashes = concurrentMap(2) { side in
        parts[k].hasKey(inSlots: side == 0 ? 0..<half : half..<parts[k].slotCount, in: parts[..<k])
      }
      if clashes.contains(true) { return nil }
    }
    self.parts = parts
  }

  func find(_ key: UInt64) -> Int32? {
    for part in parts {
      if let value = part.find(key) { return value + part.offset }
    }
    return nil
  }

  /// Inserts unless present; returns the existing value when it is.
  @inline(__always) @discardableResult
  mutating func insert(_ key: UInt64, _ value: Int32) -> Int32? {
    for part in parts.dropLast() {
      if let existing = part.find(key) { return existing + part.offset }
    }
    let last = parts.count - 1
    let offset = parts[last].offset
    return parts[last].insert(key, value - offset).map { $0 + offset }
  }

  /// An open-addressing hash table of keys and values. A key's search starts at the top bits of
  /// a multiplicative hash, scaled to the table's size, so keys taken in the order of those bits
  /// fill the table from one end to the other; see `insertDistinct`.
  ///
  /// A slot takes 12 bytes, and a table is made two-thirds full (it grows past three-quarters),
  /// so that a loaded file's million ids take about 17 MiB rather than 32.
  struct Part: Sendable {
    /// A key, in two halves so that a slot takes 12 bytes, and its value; the value is -1 in an
    /// empty slot.
    private struct Slot {
      var keyLow: UInt32
      var keyHigh: UInt32
      var value: Int32

      @inline(__always) init(key: UInt64, value: Int32) {
        (keyLow, keyHigh, self.value) = (UInt32(truncatingIfNeeded: key), UInt32(truncatingIfNeeded: key >> 32), value)
      }

      @inline(__always) var key: UInt64 { UInt64(keyHigh) << 32 | UInt64(keyLow) }
    }

    private var slots: [Slot]
    private(set) var count = 0
    /// What the part's values count from.
    var offset: Int32 = 0

    /// A part that holds `capacity` keys two-thirds full.
    init(capacity: Int) {
      let size = max(16, capacity + (capacity + 1) / 2)
      slots = Array(unsafeUninitializedCapacity: size) { buffer, initialized in
        adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
        buffer.initialize(repeating: Slot(key: 0, value: -1))
        initialized = size
      }
    }

    /// A part holding each `keys[i]` with the value `i`, or nil when two keys are equal.
    init?<Keys: RandomAccessCollection<UInt64>>(distinct keys: Keys) {
      self.init(capacity: keys.count)
      guard insertDistinct(keys) else { return nil }
    }

    var slotCount: Int { slots.count }

    @inline(__always) private static func hash(_ key: UInt64) -> UInt64 { key &* 0x9E37_79B9_7F4A_7C15 }

    /// The first slot to look in: the hash's place scaled to the table's size.
    @inline(__always) private func start(_ key: UInt64) -> Int {
      Int(truncatingIfNeeded: Part.hash(key).multipliedFullWidth(by: UInt64(slots.count)).high)
    }

    @inline(__always) func find(_ key: UInt64) -> Int32? {
      let i = start(key)
      return slots.withUnsafeBufferPointer { slots in
        var i = i
        while slots[i].value >= 0 {
          if slots[i].key == key { return slots[i].value }
          i += 1
          if i == slots.count { i = 0 }
        }
        return nil
      }
    }

    /// Inserts unless present; returns the existing value when it is.
    @inline(__always) @discardableResult
    mutating func insert(_ key: UInt64, _ value: Int32) -> Int32? {
      if (count + 1) * 4 > slots.count * 3 { grow() }
      let i = start(key)
      let existing: Int32? = slots.withUnsafeMutableBufferPointer { slots in
        var i = i
        while slots[i].value >= 0 {
          if slots[i].key == key { return slots[i].value }
          i += 1
          if i == slots.count { i = 0 }
        }
        slots[i] = Slot(key: key, value: value)
        return nil
      }
      if existing == nil { count += 1 }
      return existing
    }

    /// Inserts each `keys[i]` with the value `i`, taking them in the order of their place in the
    /// table: for millions of keys that is several times faster than in the given order, whose
    /// random places each miss the cache. Returns false as soon as two keys are equal.
    private mutating func insertDistinct<Keys: RandomAccessCollection<UInt64>>(_ keys: Keys) -> Bool {
      // A counting sort by the top bits of the start, into runs that each fill a cached part of
      // the table.
      let bits = 10
      let bucketShift = UInt64(64 - bits)
      var starts = [Int](repeating: 0, count: (1 << bits) + 1)
      for key in keys { starts[Int(Part.hash(key) >> bucketShift) + 1] += 1 }
      for bucket in 0..<(1 << bits) { starts[bucket + 1] += starts[bucket] }
      let sorted = [Slot](unsafeUninitializedCapacity: keys.count) { sorted, count in
        for (index, key) in keys.enumerated() {
          let bucket = Int(Part.hash(key) >> bucketShift)
          (sorted.baseAddress! + starts[bucket]).initialize(to: Slot(key: key, value: Int32(index)))
          starts[bucket] += 1
        }
        count = keys.count
      }
      for slot in sorted where insert(slot.key, slot.value) != nil { return false }
      return true
    }

    /// Whether a key held in `slots[range]` is in one of `parts`.
    func hasKey(inSlots range: Range<Int>, in parts: ArraySlice<Part>) -> Bool {
      slots[range].contains { slot in
        slot.value >= 0 && parts.contains { $0.find(slot.key) != nil }
      }
    }

    private mutating func grow() {
      let old = slots
      let offset = offset
      self = Part(capacity: old.count)
      self.offset = offset
      for slot in old where slot.value >= 0 { insert(slot.key, slot.value) }
    }
  }
}
