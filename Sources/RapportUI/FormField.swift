/// One field of a form: a line of text, several lines, or a pick from a list.
///
/// Text is edited with the keys known from shells: ← → Home End, Backspace and Del, Ctrl-A and
/// Ctrl-E, Ctrl-U and Ctrl-K (delete to the start or end of the line), Ctrl-W (the word before).
/// A field just moved to is "fresh": typing replaces its text, as in a spreadsheet.
struct FormField: Equatable {
  enum Kind: Equatable {
    case text
    /// Text over several lines; Ctrl-J or Alt-Enter starts a new line.
    case multiline
    /// One of `options`. Typing narrows them (accents and case ignored), ↑ ↓ choose among the
    /// matches, and with `numbered` a digit picks one. With `allowsOther`, text that matches
    /// none is itself the value.
    case choice(options: [String], numbered: Bool, allowsOther: Bool)
  }

  var label: String
  var kind: Kind
  /// The text typed: the value of a text field, what narrows a choice.
  var text: [Character]
  var cursor: Int
  /// The chosen match of a choice field.
  var selected = 0
  var fresh = true

  init(_ label: String, _ kind: Kind = .text, text: String = "", selected: Int = 0) {
    self.label = label
    self.kind = kind
    self.text = Array(text)
    cursor = self.text.count
    self.selected = selected
  }

  var string: String { String(text) }

  /// The field's value in short, to compare: the text, and for a choice what is chosen.
  var summary: String { isChoice ? "\(string)|\(choice?.value ?? "")" : string }

  var isChoice: Bool {
    if case .choice = kind { return true }
    return false
  }

  /// The options that match what was typed, with their positions in the full list: those with
  /// a word that starts with it (accents and case ignored), so `ka` finds Karim and `in` check-in.
  var matches: [(index: Int, option: String)] {
    guard case .choice(let options, _, _) = kind else { return [] }
    let needle = AccountList.fold(string.trimmingCharacters(in: .whitespaces))
    let all = options.enumerated().map { (index: $0.offset, option: $0.element) }
    guard !needle.isEmpty else { return all }
    return all.filter { match in
      let folded = AccountList.fold(match.option)
      if folded.hasPrefix(needle) { return true }
      var previous: Character = " "
      for (offset, c) in zip(folded.indices, folded) {
        defer { previous = c }
        guard !previous.isLetter, !previous.isNumber, c.isLetter || c.isNumber else { continue }
        if folded[offset...].hasPrefix(needle) { return true }
      }
      return false
    }
  }

  /// A choice field's value: the chosen match, the text typed when it may be anything, or nil
  /// when it matches nothing.
  var choice: (index: Int?, value: String)? {
    guard case .choice(_, _, let allowsOther) = kind else { return nil }
    let found = matches
    if found.indices.contains(selected) { return (found[selected].index, found[selected].option) }
    return allowsOther && !text.isEmpty ? (nil, string.trimmingCharacters(in: .whitespaces)) : nil
  }

  /// Applies an editing key; returns false when the key is not one the field takes.
  mutating func edit(_ key: Key) -> Bool {
    let wasFresh = fresh
    fresh = false
    switch key {
    case .character(let c):
      if case .choice(let options, true, _) = kind, let digit = c.wholeNumberValue, digit >= 1,
        digit <= options.count, text.isEmpty || wasFresh
      {
        text = []
        cursor = 0
        selected = digit - 1
        return true
      }
      if wasFresh, kind != .multiline {
        text = []
        cursor = 0
      }
      insert(c)
      if isChoice { selected = 0 }
    case .control("j"):
      guard kind == .multiline else { return false }
      insert("\n")
    case .backspace:
      guard cursor > 0 else { return true }
      text.remove(at: cursor - 1)
      cursor -= 1
      if isChoice { selected = 0 }
    case .delete:
      if cursor < text.count { text.remove(at: cursor) }
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(text.count, cursor + 1)
    case .home, .control("a"): cursor = lineStart
    case .end, .control("e"): cursor = lineEnd
    case .control("u"):
      let start = lineStart
      text.removeSubrange(start..<cursor)
      cursor = start
    case .control("k"):
      text.removeSubrange(cursor..<lineEnd)
    case .control("w"):
      var start = cursor
      while start > lineStart, text[start - 1] == " " { start -= 1 }
      while start > lineStart, text[start - 1] != " " { start -= 1 }
      text.removeSubrange(start..<cursor)
      cursor = start
    case .up,
      .down where kind == .multiline:
      // To the same column of the line above or below; off the first or last line, not taken.
      let start = lineStart
      let column = cursor - start
      if key == .up {
        guard start > 0 else { return false }
        var above = start - 1
        while above > 0, text[above - 1] != "\n" { above -= 1 }
        cursor = min(above + column, start - 1)
      } else {
        let end = lineEnd
        guard end < text.count else { return false }
        var belowEnd = end + 1
        while belowEnd < text.count, text[belowEnd] != "\n" { belowEnd += 1 }
        cursor = min(end + 1 + column, belowEnd)
      }
    case .up, .down:
      guard isChoice else {
        fresh = wasFresh
        return false
      }
      let count = matches.count
      guard count > 0 else { return true }
      selected = (selected + (key == .down ? 1 : -1) + count) % count
    default:
      fresh = wasFresh
      return false
    }
    return true
  }

  private mutating func insert(_ c: Character) {
    text.insert(c, at: cursor)
    cursor += 1
  }

  private var lineStart: Int {
    var start = cursor
    while start > 0, text[start - 1] != "\n" { start -= 1 }
    return start
  }

  private var lineEnd: Int {
    var end = cursor
    while end < text.count, text[end] != "\n" { end += 1 }
    return end
  }
}
