/// splitmix64: a tiny generator whose output depends only on its seed, on every platform and
/// Swift version (unlike the standard library's `random(in:using:)` algorithms), so that the
/// benchmark's store and the tests' generated histories are the same on every run.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` (0 when `bound` is 0 or less).
  public mutating func next(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }

  /// A number in `0..<1`.
  public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
}
