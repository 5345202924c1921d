import Foundation

/// Runs `body` for `0..<count` on all cores, and returns the results in order.
func concurrentMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
  guard count > 1 else { return (0..<count).map(body) }
  let results = LockedSlots<T>(count: count)
  DispatchQueue.concurrentPerform(iterations: count) { results.fill($0, with: body($0)) }
  return results.values
}

/// Runs `first` and `second` at the same time and returns both results.
func concurrently<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
  let results = concurrentMap(2) { side -> (A?, B?) in side == 0 ? (first(), nil) : (nil, second()) }
  return (results[0].0!, results[1].1!)
}

/// One slot per result, filled by any thread under the lock.
private final class LockedSlots<T: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [T?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func fill(_ index: Int, with value: T) {
    lock.withLock { slots[index] = value }
  }

  /// Every slot's value, once all are filled.
  var values: [T] { lock.withLock { slots.map { $0! } } }
}

/// Memory that several threads write at once, each in its own part: a thread claims a range and
/// writes it without the lock; the lock keeps the claims from overlapping.
final class DisjointWrites<Element: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private let base: UnsafeMutableBufferPointer<Element>
  private var claimed: [Range<Int>] = []

  /// Writes to `base`, which must outlive the writers.
  init(_ base: UnsafeMutableBufferPointer<Element>) { self.base = base }

  /// The part `range` of the memory, for one thread alone to write; claiming a part that
  /// overlaps another's is a programming error.
  func claim(_ range: Range<Int>) -> UnsafeMutableBufferPointer<Element> {
    lock.withLock {
      precondition(range.clamped(to: 0..<base.count) == range, "a claim outside the memory")
      precondition(!claimed.contains { $0.overlaps(range) }, "two claims of the same memory")
      claimed.append(range)
      return UnsafeMutableBufferPointer(rebasing: base[range])
    }
  }
}
