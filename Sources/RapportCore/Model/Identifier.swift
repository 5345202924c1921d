import Foundation

/// Identifiers of accounts, contacts and event ids: `[a-z0-9][a-z0-9._-]*`, at most 64 bytes.
public enum Identifier {
  @inline(__always) static func isValid(_ buffer: ByteView, _ range: Range<Int>)
    -> Bool
  {
    guard !range.isEmpty, range.count <= 64 else { return false }
    let first = buffer[range.lowerBound]
    guard first != 45, first != 46, first != 95 else { return false }
    // Eight bytes at a time; the last word may overlap the one before it.
    if range.count >= 8 {
      var i = range.lowerBound
      while i + 8 < range.upperBound {
        guard allowed(buffer.word(at: i)) else { return false }
        i += 8
      }
      return allowed(buffer.word(at: range.upperBound - 8))
    }
    if range.lowerBound + 8 <= buffer.count {
      // A short identifier padded with `a`s.
      let mask: UInt64 = (1 << (8 * UInt64(range.count))) - 1
      return allowed(buffer.word(at: range.lowerBound) & mask | 0x6161_6161_6161_6161 & ~mask)
    }
    return buffer[range].allSatisfy { allowed(0x6161_6161_6161_6100 | UInt64($0)) }
  }

  /// An identifier made from a name: accents dropped, lowercase, other characters as `-`;
  /// empty when the name has no Latin letters or digits.
  public static func suggested(from name: String) -> String {
    var folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    // Latin letters that carry no accent to drop, written as they are usually spelled in ASCII.
    for (letter, ascii) in [
      ("æ", "ae"), ("ø", "o"), ("œ", "oe"), ("ß", "ss"), ("ł", "l"), ("đ", "d"), ("ð", "d"), ("þ", "th"), ("ı", "i"),
    ] {
      folded = folded.replacingOccurrences(of: letter, with: ascii)
    }
    var id = ""
    for scalar in folded.unicodeScalars {
      if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
        id.unicodeScalars.append(scalar)
      } else if !id.isEmpty, !id.hasSuffix("-") {
        id += "-"
      }
    }
    while id.hasSuffix("-") { id.removeLast() }
    return String(id.prefix(40))
  }

  /// Whether all eight bytes of `word` are allowed in an identifier: `a-z`, `0-9`, `-`, `.`, `_`.
  @inline(__always) private static func allowed(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high = ones << 7
    guard word & high == 0 else { return false }
    // For bytes below 128, the high bit of `byte + 128 - low` says `byte >= low`.
    func within(_ low: UInt8, _ top: UInt8) -> UInt64 {
      (word &+ ones &* UInt64(128 - low)) & ~(word &+ ones &* UInt64(127 - top)) & high
    }
    return within(97, 122) | within(48, 57) | within(45, 46) | within(95, 95) == high
  }

  /// Whether `text` is a valid identifier.
  public static func isValid(_ text: String) -> Bool {
    return text.withByteView { isValid($0, 0..<$0.count) }
  }

  public static let rule =
    "use lowercase letters, digits, '-', '_' or '.', starting with a letter or digit"
}
