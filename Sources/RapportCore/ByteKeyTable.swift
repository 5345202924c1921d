import Foundation

/// An open-addressing hash table from short byte strings to indices, for looking up account and
/// contact ids straight from file bytes without building a `String` per line.
///
/// A slot holds everything a lookup needs except the key's bytes, so a hit costs two memory
/// reads: the slot and the stored key.
struct ByteKeyTable: Sendable {
  fileprivate struct Slot {
    /// High bits of the key's hash.
    var tag: UInt32
    var value: Int32
    /// Where the key's bytes start in `keyBytes`; -1 for an empty slot.
    var keyStart: Int32
    var keyLength: Int32

    static let empty = Slot(tag: 0, value: 0, keyStart: -1, keyLength: 0)
  }

  private var slots: [Slot]
  private var keyBytes: [UInt8] = []
  private var mask: Int
  private(set) var count = 0

  init(capacity: Int = 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = Array(repeating: .empty, count: size)
    mask = size - 1
  }

  /// A search begun: the key's hash, the first slot it looks at, and, when read ahead, the
  /// first eight bytes of the key that slot holds.
  private struct Probe {
    var hash: UInt64
    var index: Int
    var slot: Slot
    var head: UInt64?
  }

  /// Looks up `buffer[range]`.
  @inline(__always) func find(_ buffer: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int32? {
    let hash = buffer.tableHash(range)
    let index = Int(truncatingIfNeeded: hash) & mask
    let slot = slots.withUnsafeBufferPointer { $0[index] }
    return find(buffer, range, from: Probe(hash: hash, index: index, slot: slot))
  }

  /// Looks up each of `ranges` in `buffer` as `find` does, into `found`. The slots of all the
  /// keys are read first, then the start of the keys they hold, and only then are keys
  /// compared, so that the processor waits for those scattered reads together, not one by one.
  func find(_ buffer: UnsafeRawBufferPointer, all ranges: [Range<Int>], into found: inout [Int32?]) {
    var probes = ranges.map { range in
      let hash = buffer.tableHash(range)
      return Probe(hash: hash, index: Int(truncatingIfNeeded: hash) & mask, slot: .empty)
    }
    slots.withUnsafeBufferPointer { slots in
      for i in probes.indices { probes[i].slot = slots[probes[i].index] }
    }
    keyBytes.withUnsafeBytes { keys in
      for i in probes.indices where probes[i].slot.keyStart >= 0 && probes[i].slot.keyLength >= 8 {
        probes[i].head = keys.loadUnaligned(fromByteOffset: Int(probes[i].slot.keyStart), as: UInt64.self)
      }
    }
    found.removeAll(keepingCapacity: true)
    for i in ranges.indices { found.append(find(buffer, ranges[i], from: probes[i])) }
  }

  @inline(__always) private func find(
    _ buffer: UnsafeRawBufferPointer, _ range: Range<Int>, from probe: Probe
  ) -> Int32? {
    let tag = UInt32(truncatingIfNeeded: probe.hash >> 32)
    var (i, slot, head) = (probe.index, probe.slot, probe.head)
    return slots.withUnsafeBufferPointer { slots in
      keyBytes.withUnsafeBytes { keys in
        while true {
          if slot.keyStart < 0 { return nil }
          if slot.tag == tag, Int(slot.keyLength) == range.count,
            head.map({ $0 == buffer.loadUnaligned(fromByteOffset: range.lowerBound, as: UInt64.self) }) ?? true,
            range.isEmpty
              || memcmp(
                keys.baseAddress! + Int(slot.keyStart), buffer.baseAddress! + range.lowerBound,
                range.count) == 0
          {
            return slot.value
          }
          i = (i + 1) & mask
          (slot, head) = (slots[i], nil)
        }
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
    if (count + 1) * 2 > slots.count { grow() }
    let start = keyBytes.count
    keyBytes += key.utf8
    count += 1
    place(Slot(tag: 0, value: value, keyStart: Int32(start), keyLength: Int32(keyBytes.count - start)))
    return nil
  }

  /// Puts `slot` in the first free place for its key, setting its tag.
  private mutating func place(_ slot: Slot) {
    var slot = slot
    let start = Int(slot.keyStart)
    let h = keyBytes.withUnsafeBytes { $0.tableHash(start..<(start + Int(slot.keyLength))) }
    slot.tag = UInt32(truncatingIfNeeded: h >> 32)
    var i = Int(truncatingIfNeeded: h) & mask
    while slots[i].keyStart >= 0 { i = (i + 1) & mask }
    slots[i] = slot
  }

  /// Makes room for `capacity` keys in all.
  mutating func reserveCapacity(_ capacity: Int) {
    var size = slots.count
    while size < capacity * 2 { size <<= 1 }
    if size > slots.count { grow(to: size) }
  }

  private mutating func grow(to size: Int? = nil) {
    let old = slots
    slots = Array(repeating: .empty, count: size ?? old.count * 2)
    mask = slots.count - 1
    for slot in old where slot.keyStart >= 0 { place(slot) }
  }
}

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
  /// a multiplicative hash, so keys taken in the order of those bits fill the table from one
  /// end to the other; see `insertDistinct`.
  struct Part: Sendable {
    /// A key and its value; the value is -1 in an empty slot.
    private struct Slot {
      var key: UInt64
      var value: Int32
    }

    private var slots: [Slot]
    private var shift: UInt64
    private(set) var count = 0
    /// What the part's values count from.
    var offset: Int32 = 0

    init(capacity: Int) {
      var size = 16
      while size < capacity * 2 { size <<= 1 }
      slots = Array(unsafeUninitializedCapacity: size) { buffer, initialized in
        adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
        buffer.initialize(repeating: Slot(key: 0, value: -1))
        initialized = size
      }
      shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// A part holding each `keys[i]` with the value `i`, or nil when two keys are equal.
    init?<Keys: RandomAccessCollection<UInt64>>(distinct keys: Keys) {
      self.init(capacity: keys.count)
      guard insertDistinct(keys) else { return nil }
    }

    var slotCount: Int { slots.count }

    @inline(__always) private func start(_ key: UInt64) -> Int {
      Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always) func find(_ key: UInt64) -> Int32? {
      slots.withUnsafeBufferPointer { slots in
        var i = start(key)
        while slots[i].value >= 0 {
          if slots[i].key == key { return slots[i].value }
          i = (i + 1) & (slots.count - 1)
        }
        return nil
      }
    }

    /// Inserts unless present; returns the existing value when it is.
    @inline(__always) @discardableResult
    mutating func insert(_ key: UInt64, _ value: Int32) -> Int32? {
      if (count + 1) * 2 > slots.count { grow() }
      let i = start(key)
      let existing: Int32? = slots.withUnsafeMutableBufferPointer { slots in
        var i = i
        while slots[i].value >= 0 {
          if slots[i].key == key { return slots[i].value }
          i = (i + 1) & (slots.count - 1)
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
      let bits = min(10, 64 - Int(shift))
      let bucketShift = 64 - Int(shift) - bits
      var starts = [Int](repeating: 0, count: (1 << bits) + 1)
      for key in keys { starts[start(key) >> bucketShift + 1] += 1 }
      for bucket in 0..<(1 << bits) { starts[bucket + 1] += starts[bucket] }
      let sorted = [Slot](unsafeUninitializedCapacity: keys.count) { sorted, count in
        for (index, key) in keys.enumerated() {
          let bucket = start(key) >> bucketShift
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
