import Foundation

/// The one rule for matching typed text against names: case, accents and full-width forms are
/// ignored, so `muller` finds Müller and `KATRIN` finds Katrin. Hangul, kana and other scripts
/// without case or accents are kept as they are.
public enum SearchFolding {
  /// `text` folded for matching. ASCII, most of what is typed and stored, is only lowercased.
  public static func fold(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
    return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
  }

  /// `text` folded, as UTF-8 bytes without NULs (which separate texts in a `PeopleIndex`).
  static func foldedBytes(_ text: String) -> [UInt8] {
    var buffer = foldedBuffer([text])
    buffer.removeLast()
    return buffer
  }

  /// Many texts folded as `fold` folds each, each followed by a NUL, in one buffer. ASCII is
  /// lowercased byte by byte; any other character is folded on its own, once for all the texts
  /// (a store has a few hundred distinct ones), so that the cost is a pass over the bytes and not
  /// a call to Foundation per text: 30,000 contacts' texts fold in a fraction of the time.
  static func foldedBuffer(_ texts: [String]) -> [UInt8] {
    var buffer: [UInt8] = []
    buffer.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count } + texts.count)
    var folded: [UInt32: [UInt8]] = [:]
    for text in texts {
      // Copied whole, then lowercased in place; kept so when it is ASCII without a NUL.
      let start = buffer.count
      buffer.append(contentsOf: text.utf8)
      let plain = buffer.withUnsafeMutableBufferPointer { bytes in
        var seen: UInt8 = 0x7F
        var nul = false
        for offset in start..<bytes.count {
          let byte = bytes[offset]
          seen |= byte
          nul = nul || byte == 0
          bytes[offset] = byte &+ (byte &- 65 < 26 ? 32 : 0)
        }
        return seen == 0x7F && !nul
      }
      if !plain {
        buffer.removeSubrange(start...)
        for scalar in text.unicodeScalars {
          let value = scalar.value
          if value < 0x80 {
            if value != 0 { buffer.append(UInt8(value >= 65 && value <= 90 ? value + 32 : value)) }
          } else if let bytes = folded[value] {
            buffer.append(contentsOf: bytes)
          } else {
            // A combining accent alone is not folded away as it is after its letter.
            let bytes =
              scalar.properties.generalCategory == .nonspacingMark ? [] : Array(fold(String(Character(scalar))).utf8)
            folded[value] = bytes
            buffer.append(contentsOf: bytes)
          }
        }
      }
      buffer.append(0)
    }
    return buffer
  }
}
