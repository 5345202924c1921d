import Foundation

/// A signed event weight in hundredths, so that sums are exact (`+1.5` is 150).
public struct Weight: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var hundredths: Int32

  public init(hundredths: Int32) { self.hundredths = hundredths }
  public init(_ whole: Int) { hundredths = Int32(whole * 100) }

  /// The largest magnitude a single event may carry.
  public static let limit = Weight(100)

  public static func < (a: Weight, b: Weight) -> Bool { a.hundredths < b.hundredths }

  public var value: Double { Double(hundredths) / 100 }

  /// Signed, with at most two decimals and no trailing zeros: `+3`, `-2`, `+1.5`.
  public var description: String { Weight.format(hundredths: Int(hundredths), signed: true) }

  /// Formats an amount in hundredths, e.g. a balance: `41`, `-2.5` (or `+41` when `signed`).
  public static func format(hundredths: Int, signed: Bool) -> String {
    let sign = hundredths < 0 ? "-" : (signed && hundredths > 0 ? "+" : "")
    let magnitude = hundredths.magnitude
    let whole = magnitude / 100
    let cents = magnitude % 100
    if cents == 0 { return "\(sign)\(whole)" }
    if cents % 10 == 0 { return "\(sign)\(whole).\(cents / 10)" }
    return "\(sign)\(whole).\(cents < 10 ? "0" : "")\(cents)"
  }

  /// Formats a computed figure (a decayed balance, a rate) with at most one decimal: `3.1`,
  /// `-0.4`, `12`.
  public static func format(oneDecimal value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
  }

  /// Why a weight token is not a weight.
  public enum ParseError: Error, Equatable {
    case shape, tooManyDecimals, zero, tooLarge

    public var reason: String {
      switch self {
      case .shape: return "expected a weight such as +3, -2 or 1.5"
      case .tooManyDecimals: return "a weight has at most two decimals"
      case .zero: return "a weight of zero records nothing: use a positive or negative number"
      case .tooLarge: return "a weight is at most 100 in size"
      }
    }
  }

  /// Parses `[+-]DIGITS[.D[D]]`; `explicitSign` tells whether a sign was written.
  @inline(__always)
  static func parse(_ buffer: ByteView, _ start: Int, _ end: Int)
    -> Result<(weight: Weight, explicitSign: Bool), ParseError>
  {
    var i = start
    var negative = false
    var explicitSign = false
    if i < end, buffer[i] == UInt8(ascii: "+") || buffer[i] == UInt8(ascii: "-") {
      negative = buffer[i] == UInt8(ascii: "-")
      explicitSign = true
      i += 1
    }
    var whole = 0
    var digits = 0
    while i < end, case let c = buffer[i] &- 48, c < 10 {
      whole = whole * 10 + Int(c)
      digits += 1
      i += 1
      if digits > 4 { return .failure(.tooLarge) }
    }
    guard digits > 0 else { return .failure(.shape) }
    var cents = 0
    if i < end, buffer[i] == UInt8(ascii: ".") {
      i += 1
      var decimals = 0
      while i < end, case let c = buffer[i] &- 48, c < 10 {
        decimals += 1
        if decimals > 2 { return .failure(.tooManyDecimals) }
        cents = cents * 10 + Int(c)
        i += 1
      }
      guard decimals > 0 else { return .failure(.shape) }
      if decimals == 1 { cents *= 10 }
    }
    guard i == end else { return .failure(.shape) }
    let total = whole * 100 + cents
    guard total != 0 else { return .failure(.zero) }
    guard total <= Int(limit.hundredths) else { return .failure(.tooLarge) }
    return .success((Weight(hundredths: Int32(negative ? -total : total)), explicitSign))
  }

  /// Parses a weight typed by a person or a script, such as `3`, `+3`, `-2.5`.
  public init(parsing text: String) throws(ParseError) {
    let result = text.withByteView { Weight.parse($0, 0, $0.count) }
    switch result {
    case .success(let parsed): self = parsed.weight
    case .failure(let error): throw error
    }
  }
}
