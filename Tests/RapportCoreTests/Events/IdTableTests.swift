import Testing

@testable import RapportCore

/// The event id table: every key found with its value, equal keys refused, and parts joined only
/// when no key is in two of them.
@Suite struct IdTableTests {
  /// Keys spread as event ids are, with a few that differ only in their high or low half.
  static func keys(_ count: Int, seed: UInt64) -> [UInt64] {
    var generator = SplitMix64(seed: seed)
    var keys = (0..<count).map { _ in generator.next() }
    if count > 4 {
      keys[1] = keys[0] ^ (1 << 40)
      keys[2] = keys[0] ^ 1
      keys[3] = EventLog.explicitBit | (keys[0] & EventLog.derivedMask)
    }
    return keys
  }

  @Test(arguments: [0, 1, 15, 16, 17, 1000, 70_000])
  func growingTableFindsEveryKeyWithItsValue(count: Int) {
    let keys = IdTableTests.keys(count, seed: UInt64(count))
    var table = IdTable(capacity: 4)
    for (i, key) in keys.enumerated() { #expect(table.insert(key, Int32(i)) == nil) }
    for (i, key) in keys.enumerated() where table.find(key) != Int32(i) {
      Issue.record("key \(i) not found with its value")
      break
    }
    // A second insert of a key keeps the first value and reports it.
    for (i, key) in keys.enumerated().prefix(50) { #expect(table.insert(key, -7) == Int32(i)) }
    var generator = SplitMix64(seed: 99)
    let absent = (0..<2000).map { _ in generator.next() }.filter { !keys.contains($0) }
    #expect(absent.allSatisfy { table.find($0) == nil })
  }

  @Test(arguments: [1, 5, 3000, 200_000])
  func partFromDistinctKeysHoldsEachAtItsIndex(count: Int) throws {
    let keys = IdTableTests.keys(count, seed: 7)
    let part = try #require(IdTable.Part(distinct: keys))
    #expect(part.count == count)
    #expect(part.slotCount * 2 >= count * 3)
    #expect(keys.indices.allSatisfy { part.find(keys[$0]) == Int32($0) })
    var twice = keys
    twice.append(keys[count / 2])
    #expect(IdTable.Part(distinct: twice) == nil)
  }

  @Test func partsJoinOnlyWhenNoKeyIsInTwo() throws {
    let keys = IdTableTests.keys(30_000, seed: 3)
    var first = try #require(IdTable.Part(distinct: keys[..<10_000]))
    var second = try #require(IdTable.Part(distinct: keys[10_000..<25_000]))
    var third = try #require(IdTable.Part(distinct: keys[25_000...]))
    (first.offset, second.offset, third.offset) = (0, 10_000, 25_000)
    var joined = try #require(IdTable(joining: [first, second, third]))
    #expect(keys.indices.allSatisfy { joined.find(keys[$0]) == Int32($0) })
    // Keys inserted after the join go in the last part, counted from its offset.
    let extra: UInt64 = 0x1234_5678_9abc_def0
    #expect(joined.insert(extra, 30_000) == nil)
    #expect(joined.find(extra) == 30_000)
    #expect(joined.insert(keys[5], 30_001) == 5)
    let clash = try #require(IdTable.Part(distinct: [keys[100], extra]))
    #expect(IdTable(joining: [first, clash]) == nil)
  }
}
