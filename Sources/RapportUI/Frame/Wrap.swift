/// Word-wraps text to a width in columns, at its newlines too; a word longer than a line (CJK
/// text has no spaces) breaks where the line is full.
public func wrap(_ text: some StringProtocol, width: Int) -> [String] {
  wrap(text, width: width, maxLines: .max).lines
}

/// Wrapped text cut to a number of lines.
public struct WrappedLines: Equatable {
  public var lines: [String]
  /// True when the text went on past the last line.
  public var isCut: Bool
  /// How many characters were looked at: the work done, whatever the text's length.
  public var charactersRead: Int
}

/// Word-wraps text, as `wrap(_:width:)`, into at most `maxLines` lines. Only what those lines
/// hold is read: a 10 MB field costs what its first lines cost.
public func wrap(_ text: some StringProtocol, width: Int, maxLines: Int) -> WrappedLines {
  var wrapper = Wrapper(width: width, maxLines: maxLines)
  guard width > 0, maxLines > 0 else {
    return WrappedLines(lines: [], isCut: width > 0 && !text.isEmpty, charactersRead: 0)
  }
  // Spaces and zero-width characters take no room, so they are counted apart: whatever the
  // text holds, the reading stops after a bounded number of characters.
  let characters = width > 1 << 20 || maxLines > 1 << 20 ? Int.max : maxLines * (width + 1) * 8 + 1024
  var read = 0
  for character in text {
    if wrapper.isFull || read >= characters { return wrapper.finish(cut: true, read: read) }
    read += 1
    switch character {
    case "\n": wrapper.endParagraph()
    case " ": wrapper.endWord()
    default: wrapper.add(character)
    }
  }
  // Full at the end: the text's last line, which always ends a wrap, is the one left out.
  return wrapper.finish(cut: wrapper.isFull, read: read)
}

/// Wrapped lines whose later lines are indented to show where an item of a list goes on.
struct HangingLines {
  var lines: [String]
  var isCut: Bool
  /// The spaces before each line after the first.
  var hanging: String
}

/// Wraps `text` to `width` columns into at most `maxLines` lines, keeping its leading spaces
/// (which `wrap` drops). An item marked "- ", "· ", "+ " or "− " goes on under its text; an
/// indented one without a mark goes on two columns further in; text with neither is wrapped as
/// it is. An indent of half the width or more is not kept.
func hangingWrap(_ text: String, width: Int, maxLines: Int) -> HangingLines {
  let spaces = text.prefix(max(0, width)).prefix { $0 == " " }.count
  let rest = text.dropFirst(spaces)
  let mark = ["- ", "· ", "+ ", "− "].contains { rest.hasPrefix($0) } ? 2 : 0
  let indent = spaces + (mark > 0 ? mark : 2)
  guard spaces + mark > 0, indent * 2 < width else {
    let cut = wrap(text, width: width, maxLines: maxLines)
    return HangingLines(lines: cut.lines, isCut: cut.isCut, hanging: "")
  }
  let hanging = String(repeating: " ", count: indent)
  let first = String(text.prefix(spaces + mark))
  let cut = wrap(rest.dropFirst(mark), width: width - indent, maxLines: maxLines)
  let lines = cut.lines.enumerated().map { n, line in (n == 0 ? first : hanging) + line }
  return HangingLines(lines: lines, isCut: cut.isCut, hanging: hanging)
}

/// The state of one wrap: the line being filled and the word being read.
private struct Wrapper {
  let width: Int
  let maxLines: Int
  var lines: [String] = []
  var line = ""
  var used = 0
  /// The word read so far, while it still fits on a line.
  var word = ""
  var wordWidth = 0
  /// True once the word is longer than a line: its characters then go straight to lines.
  var breakingWord = false
  var isFull: Bool { lines.count >= maxLines }
  /// True once a line was left out for want of room.
  var overflowed = false

  mutating func add(_ character: Character) {
    let w = DisplayWidth.of(character)
    if breakingWord {
      place(character, width: w)
      return
    }
    word.append(character)
    wordWidth += w
    if wordWidth > width {
      // Longer than a line: it starts on a line of its own and breaks where lines are full.
      if used > 0 { newLine() }
      breakingWord = true
      let pending = word
      (word, wordWidth) = ("", 0)
      for c in pending where !isFull { place(c, width: DisplayWidth.of(c)) }
    }
  }

  private mutating func place(_ character: Character, width w: Int) {
    if used + w > width { newLine() }
    guard !isFull else {
      overflowed = true
      return
    }
    line.append(character)
    used += w
  }

  mutating func endWord() {
    defer { (word, wordWidth, breakingWord) = ("", 0, false) }
    guard !breakingWord, !word.isEmpty else { return }
    if used > 0, used + 1 + wordWidth > width { newLine() }
    guard !isFull else {
      overflowed = true
      return
    }
    if used > 0 {
      line += " "
      used += 1
    }
    line += word
    used += wordWidth
  }

  mutating func endParagraph() {
    endWord()
    newLine()
  }

  private mutating func newLine() {
    guard !isFull else {
      overflowed = true
      return
    }
    lines.append(line)
    (line, used) = ("", 0)
  }

  mutating func finish(cut: Bool, read: Int) -> WrappedLines {
    if !cut || (!isFull && !(line.isEmpty && word.isEmpty)) {
      // The end of the text, or as far as reading went: the line so far is shown.
      endParagraph()
    }
    return WrappedLines(lines: lines, isCut: cut || overflowed, charactersRead: read)
  }
}
