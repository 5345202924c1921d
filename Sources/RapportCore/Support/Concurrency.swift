import Foundation

/// Runs `body` for `0..<count` on all cores, and returns the results in order.
func concurrentMap<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
  guard count > 1 else { return (0..<count).map(body) }
  let results = UnsafeMutablePointer<T?>.allocate(capacity: count)
  results.initialize(repeating: nil, count: count)
  defer {
    results.deinitialize(count: count)
    results.deallocate()
  }
  withoutActuallyEscaping(body) { body in
    let shared = Unchecked(value: (body, results))
    DispatchQueue.concurrentPerform(iterations: count) { shared.value.1[$0] = shared.value.0($0) }
  }
  return (0..<count).map { results[$0]! }
}

/// A value handed to other threads that only touch their own parts of it.
private struct Unchecked<T>: @unchecked Sendable {
  let value: T
}

/// Runs `first` and `second` at the same time and returns both results.
func concurrently<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
  let results = concurrentMap(2) { side -> (A?, B?) in side == 0 ? (first(), nil) : (nil, second()) }
  return (results[0].0!, results[1].1!)
}
