import RapportCore

/// Terminal display width of text: East Asian wide characters and emoji take two columns,
/// combining marks and zero-width characters none.
public enum DisplayWidth {
  /// Columns taken by one Unicode scalar.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v == 0 { return 0 }
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
    if v < 0x300 { return 1 }
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if v == 0x200B || (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) { return 0 }
    if (0x1160...0x11FF).contains(v) { return 0 }  // Hangul medial vowels and final consonants
    if isWide(v) { return 2 }
    if properties.isEmojiPresentation { return 2 }
    return 1
  }

  /// Whether a terminal would act on this character rather than show it (see `InertText`): a
  /// control, or a bidi control, each a grapheme cluster of its own ("\r\n" is one).
  @inline(__always)
  static func isActive(_ character: Character) -> Bool {
    character.unicodeScalars.first.map(InertText.isActive) ?? false
  }

  /// What `Frame` shows for a character a terminal would act on: a line break (`\n` or `\r\n`)
  /// as `lineBreak`, so that text of several lines reads right in a row of one; a tab as a
  /// space; any other control as `InertText` shows it (`\e`, `<U+202E>`).
  static func shown(_ character: Character) -> String {
    if character == "\n" || character == "\r\n" { return String(lineBreak) }
    return InertText.visible(String(character))
  }

  /// How a line break shows where text is drawn on one row (a timeline's note, a list).
  public static let lineBreak: Character = "⏎"

  /// Columns taken by a string. Text of printable ASCII alone, the usual name, is one column a
  /// byte, found without forming its characters.
  public static func of(_ text: some StringProtocol) -> Int {
    let utf8 = text.utf8
    if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return utf8.count }
    var width = 0
    for character in text {
      width += of(character)
    }
    return width
  }

  /// Columns taken by one grapheme cluster (an emoji with a variation selector is wide). A
  /// control or bidi control takes the columns of how `Frame` shows it: `\e` two, `<U+202E>` eight.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if InertText.isActive(first) { return shown(character).count }
    if scalars.count > 1, scalars.contains(where: { $0.value == 0xFE0F }), first.properties.isEmoji {
      return 2
    }
    var width = of(first)
    if width == 0 {
      for scalar in scalars.dropFirst() { width = max(width, of(scalar)) }
    }
    return width
  }

  private static func isWide(_ v: UInt32) -> Bool {
    (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
      || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
      || (0xA000...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
      || (0xFE30...0xFE4F).contains(v)
      || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
      || (0x1F300...0x1F64F).contains(v)
      || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x2FFFD).contains(v)
      || (0x30000...0x3FFFD).contains(v)
  }

  /// `text` cut to at most `columns` columns, ending in one `…` when something was cut (any `…`
  /// just before the cut dropped).
  /// Only the characters up to the cut are read, however long `text` is.
  public static func truncate(_ text: String, to columns: Int) -> String {
    guard columns > 0 else { return "" }
    var used = 0
    var keep: String.Index?  // where the part that fits beside the `…` ends
    var index = text.startIndex
    while index < text.endIndex {
      let next = text.index(after: index)
      let w = of(text[index])
      if keep == nil, used + w > columns - 1 { keep = index }
      used += w
      if used > columns {
        // One `…` only, even when the part kept ends in one (a quote already shortened).
        var kept = text[..<(keep ?? index)]
        while kept.last == "…" { kept = kept.dropLast() }
        return String(kept) + "…"
      }
      index = next
    }
    return text
  }

  /// Whether `text` takes at most `columns` columns; only that many characters are read.
  public static func fits(_ text: some StringProtocol, in columns: Int) -> Bool {
    var used = 0
    for character in text {
      used += of(character)
      if used > columns { return false }
    }
    return true
  }

  /// `text` fitted to exactly `columns` columns: truncated, then padded with spaces.
  public static func fit(_ text: String, to columns: Int, alignRight: Bool = false) -> String {
    let cut = truncate(text, to: columns)
    let pad = String(repeating: " ", count: max(0, columns - of(cut)))
    return alignRight ? pad + cut : cut + pad
  }

  /// As many of `items` as fit in `columns` when joined by `separator`, dropping from the end
  /// (the least needed last), with `kept` always at the end; `kept` alone (or, without one,
  /// the first item) is cut with an `…` when even it does not fit. For key hints: `d deposit · p plan · ? help`.
  public static func hints(_ items: [String], keeping kept: String? = nil, separator: String = " · ", in columns: Int)
    -> String
  {
    var shown = items
    func line() -> String { (shown + (kept.map { [$0] } ?? [])).joined(separator: separator) }
    // Without a key to keep, the first stays, cut if it must be.
    while shown.count > (kept == nil ? 1 : 0), !fits(line(), in: columns) { shown.removeLast() }
    return truncate(line(), to: columns)
  }
}
