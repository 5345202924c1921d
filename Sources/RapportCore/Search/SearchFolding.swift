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
    fold(text).utf8.filter { $0 != 0 }
  }
}
