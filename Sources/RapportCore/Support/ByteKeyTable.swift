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
  @inline(__always) func find(_ buffer: ByteView, _ range: Range<Int>) -> Int32? {
    let hash = buffer.tableHash(range)
    let index = Int(truncatingIfNeeded: hash) & mask
    let slot = slots.withUnsafeBufferPointer { $0[index] }
    return find(buffer, range, from: Probe(hash: hash, index: index, slot: slot))
  }

  /// Looks up each of `ranges` in `buffer` as `find` does, into `found`. The slots of all the
  /// keys are read first, then the start of the keys they hold, and only then are keys
  /// compared, so that the processor waits for those scattered reads together, not one by one.
  func find(_ buffer: ByteView, all ranges: [Range<Int>], into found: inout [Int32?]) {
    var probes = ranges.map { range in
      let hash = buffer.tableHash(range)
      return Probe(hash: hash, index: Int(truncatingIfNeeded: hash) & mask, slot: .empty)
    }
    slots.withUnsafeBufferPointer { slots in
      for i in probes.indices { probes[i].slot = slots[probes[i].index] }
    }
    keyBytes.withByteView { keys in
      for i in probes.indices where probes[i].slot.keyStart >= 0 && probes[i].slot.keyLength >= 8 {
        probes[i].head = keys.load64(at: Int(probes[i].slot.keyStart))
      }
    }
    found.removeAll(keepingCapacity: true)
    for i in ranges.indices { found.append(find(buffer, ranges[i], from: probes[i])) }
  }

  @inline(__always) private func find(
    _ buffer: ByteView, _ range: Range<Int>, from probe: Probe
  ) -> Int32? {
    let tag = UInt32(truncatingIfNeeded: probe.hash >> 32)
    var (i, slot, head) = (probe.index, probe.slot, probe.head)
    return slots.withUnsafeBufferPointer { slots in
      keyBytes.withByteView { keys in
        while true {
          if slot.keyStart < 0 { return nil }
          if slot.tag == tag, Int(slot.keyLength) == range.count,
            head.map({ $0 == buffer.load64(at: range.lowerBound) }) ?? true,
            buffer.same(range, as: keys, at: Int(slot.keyStart))
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
    return key.withByteView { find($0, 0..<$0.count) }
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
    let h = keyBytes.withByteView { $0.tableHash(start..<(start + Int(slot.keyLength))) }
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
