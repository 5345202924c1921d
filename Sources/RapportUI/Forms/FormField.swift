import Foundation
import RapportCore

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
    /// Yes or no, its text "yes" or "no": y and n set it, Space (or ← →) turns it over; any
    /// other character is not taken, so the value is never something typed by mistake.
    case yesNo
  }

  /// Which field it is; its label is the key's.
  var key: FieldKey
  var kind: Kind
  /// The text typed: the value of a text field, what narrows a choice.
  var text: String
  /// Where typing goes, as an offset in the UTF-8 bytes of `text`, at the start of a Character.
  /// An offset (not a count of Characters) so that a field of megabytes is not counted through
  /// at each key.
  var cursor: Int
  /// The chosen match of a choice field.
  var selected = 0
  /// Other words that find a choice field's option, by its position: a contact's id, which is
  /// also the Latin spelling of a name written in another script (`kim` finds 김지현).
  var aliases: [String] = []
  var fresh = true
  /// The whole text is selected, in a field of several lines too: typing replaces it, any other
  /// key keeps it and edits as usual (as a field of a form opened to be answered again).
  var selectsAll = false

  init(_ key: FieldKey, _ kind: Kind = .text, text: String = "", selected: Int = 0) {
    self.key = key
    self.kind = kind
    self.text = text
    cursor = text.utf8.count
    self.selected = selected
  }

  var string: String { text }

  /// A yes-or-no field's value.
  var isYes: Bool { kind == .yesNo && text == "yes" }

  /// The label the form shows before the field.
  var label: String { key.label }

  /// Where the cursor is in `text`.
  var cursorIndex: String.Index { index(cursor) }

  /// The field's value, to compare: the text, and for a choice what is chosen.
  var value: FieldValue { FieldValue(text: text, choice: isChoice ? choice?.value ?? "" : nil) }

  var isChoice: Bool {
    if case .choice = kind { return true }
    return false
  }

  /// The options that match what was typed, with their positions in the full list: those with
  /// a word that starts with it (accents and case ignored), so `ka` finds Karim and `in`
  /// check-in; or whose alias has one.
  var matches: [(index: Int, option: String)] {
    guard case .choice(let options, _, _) = kind else { return [] }
    let needle = SearchFolding.fold(text.trimmingCharacters(in: .whitespaces))
    let all = options.enumerated().map { (index: $0.offset, option: $0.element) }
    guard !needle.isEmpty else { return all }
    return all.filter { match in
      FormField.hasWord(startingWith: needle, in: match.option)
        || aliases.indices.contains(match.index) && FormField.hasWord(startingWith: needle, in: aliases[match.index])
    }
  }

  /// Whether a word of `text`, folded, starts with `needle` (folded already).
  private static func hasWord(startingWith needle: String, in text: String) -> Bool {
    let folded = SearchFolding.fold(text)
    if folded.hasPrefix(needle) { return true }
    var previous: Character = " "
    for (offset, c) in zip(folded.indices, folded) {
      defer { previous = c }
      guard !previous.isLetter, !previous.isNumber, c.isLetter || c.isNumber else { continue }
      if folded[offset...].hasPrefix(needle) { return true }
    }
    return false
  }

  /// A choice field's value: the chosen match, the text typed when it may be anything, or nil
  /// when it matches nothing.
  var choice: (index: Int?, value: String)? {
    guard case .choice(_, _, let allowsOther) = kind else { return nil }
    let found = matches
    if found.indices.contains(selected) { return (found[selected].index, found[selected].option) }
    return allowsOther && !text.isEmpty ? (nil, text.trimmingCharacters(in: .whitespaces)) : nil
  }

  /// Applies an editing key; returns false when the key is not one the field takes. Each key
  /// reads only the characters it is about (the line for Home and End, the word for Ctrl-W), so
  /// it costs the same in a field of megabytes.
  mutating func edit(_ key: Key) -> Bool {
    let (wasFresh, wasSelectingAll) = (fresh, selectsAll)
    let replacing = wasFresh && (kind != .multiline || selectsAll)
    fresh = false
    selectsAll = false
    if kind == .yesNo { return toggle(key, wasFresh: wasFresh) }
    switch key {
    case .character(let c):
      if case .choice(let options, true, _) = kind, let digit = c.wholeNumberValue, digit >= 1,
        digit <= options.count, text.isEmpty || wasFresh
      {
        text = ""
        cursor = 0
        selected = digit - 1
        return true
      }
      if replacing {
        text = ""
        cursor = 0
      }
      insert(c)
      if isChoice { selected = 0 }
    case .paste(let pasted):
      if replacing {
        text = ""
        cursor = 0
      }
      for c in pasted { insert(c) }
      if isChoice { selected = 0 }
    case .control("j"):
      guard kind == .multiline else { return false }
      insert("\n")
    case .backspace:
      guard cursor > 0 else { return true }
      let here = cursorIndex
      let before = text.index(before: here)
      text.removeSubrange(before..<here)
      cursor = offset(before)
      if isChoice { selected = 0 }
    case .delete:
      let here = cursorIndex
      if here < text.endIndex { text.removeSubrange(here..<text.index(after: here)) }
    case .left: if cursor > 0 { cursor = offset(text.index(before: cursorIndex)) }
    case .right: if cursor < text.utf8.count { cursor = offset(text.index(after: cursorIndex)) }
    case .home, .control("a"): cursor = lineStart(cursor)
    case .end, .control("e"): cursor = lineEnd(cursor)
    case .control("u"):
      let start = lineStart(cursor)
      text.removeSubrange(index(start)..<cursorIndex)
      cursor = start
    case .control("k"):
      text.removeSubrange(cursorIndex..<index(lineEnd(cursor)))
    case .control("w"):
      // Back over the spaces, then the word, never past the line's start.
      var start = cursorIndex
      while start > text.startIndex, text[text.index(before: start)] == " " { start = text.index(before: start) }
      while start > text.startIndex {
        let previous = text.index(before: start)
        guard text[previous] != " ", text[previous] != "\n" else { break }
        start = previous
      }
      text.removeSubrange(start..<cursorIndex)
      cursor = offset(start)
    case .up where kind == .multiline, .down where kind == .multiline:
      // To the same column of the line above or below; off the first or last line, not taken.
      let start = lineStart(cursor)
      if key == .up {
        guard start > 0 else { return false }
        cursor = sameColumn(from: start, upTo: cursor, on: lineStart(start - 1), ending: start - 1)
      } else {
        let end = lineEnd(cursor)
        guard end < text.utf8.count else { return false }
        cursor = sameColumn(from: start, upTo: cursor, on: end + 1, ending: lineEnd(end + 1))
      }
    case .up, .down:
      guard isChoice else {
        (fresh, selectsAll) = (wasFresh, wasSelectingAll)
        return false
      }
      let count = matches.count
      guard count > 0 else { return true }
      selected = (selected + (key == .down ? 1 : -1) + count) % count
    default:
      (fresh, selectsAll) = (wasFresh, wasSelectingAll)
      return false
    }
    return true
  }

  /// A key in a yes-or-no field; false for a key it does not take.
  private mutating func toggle(_ key: Key, wasFresh: Bool) -> Bool {
    switch key {
    case .character("y"), .character("Y"): text = "yes"
    case .character("n"), .character("N"): text = "no"
    case .character(" "), .left, .right: text = text == "yes" ? "no" : "yes"
    default:
      fresh = wasFresh
      return false
    }
    cursor = text.utf8.count
    return true
  }

  private mutating func insert(_ c: Character) {
    let at = cursorIndex
    text.insert(c, at: at)
    cursor += c.utf8.count
    // A mark typed after a letter joins it: the cursor goes after the Character it is now in.
    let here = cursorIndex
    if here < text.endIndex, here.samePosition(in: text) == nil {
      var walk = at > text.startIndex ? text.index(before: at) : text.startIndex
      while walk < here { walk = text.index(after: walk) }
      cursor = offset(walk)
    }
  }

  /// The index of a UTF-8 offset (constant time in a native string).
  func index(_ offset: Int) -> String.Index { text.utf8.index(text.utf8.startIndex, offsetBy: offset) }

  /// The UTF-8 offset of an index.
  func offset(_ index: String.Index) -> Int { text.utf8.distance(from: text.utf8.startIndex, to: index) }

  /// The offset just after the line break before `offset`, or 0: the bytes are searched, not
  /// the Characters (a line break is a byte 10 not after a 13, which would make it CR LF).
  private func lineStart(_ offset: Int) -> Int {
    withBytes { bytes in
      var k = offset
      while let found = lastLineFeed(in: bytes, before: k) {
        if found == 0 || bytes[found - 1] != 13 { return found + 1 }
        k = found
      }
      return 0
    }
  }

  /// The offset of the line break at or after `offset`, or the end of the text.
  private func lineEnd(_ offset: Int) -> Int {
    withBytes { bytes in
      guard let base = bytes.baseAddress else { return 0 }
      var k = offset
      while k < bytes.count, let pointer = memchr(base + k, 10, bytes.count - k) {
        let found = UnsafeRawPointer(pointer) - UnsafeRawPointer(base)
        if found == 0 || bytes[found - 1] != 13 { return found }
        k = found + 1
      }
      return bytes.count
    }
  }

  private func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(text.utf8).withUnsafeBufferPointer(body)
  }

  /// The offset on the line from `other` to `otherEnd` as many Characters in as `cursor` is
  /// after `start`, or that line's end: the two are walked together, so the cost is the shorter.
  private func sameColumn(from start: Int, upTo cursor: Int, on other: Int, ending otherEnd: Int) -> Int {
    var (here, there) = (index(start), index(other))
    let (stop, end) = (index(cursor), index(otherEnd))
    while here < stop, there < end {
      here = text.index(after: here)
      there = text.index(after: there)
    }
    return offset(there)
  }
}

/// A field's value as it stands, to tell whether a form was changed: the same bytes (a field of
/// megabytes opened and left alone is the same storage, compared at once).
struct FieldValue: Equatable {
  var text: String
  var choice: String?

  static func == (a: FieldValue, b: FieldValue) -> Bool {
    a.choice == b.choice && sameBytes(a.text, b.text)
  }
}

/// Where the last byte 10 before `end` is, eight bytes at a time.
private func lastLineFeed(in bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
  guard let base = bytes.baseAddress else { return nil }
  let raw = UnsafeRawPointer(base)
  var k = end
  while k >= 8 {
    // A byte of the word is 10 when the same byte of `x` is 0.
    let x = raw.loadUnaligned(fromByteOffset: k - 8, as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
    if (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0 { break }
    k -= 8
  }
  while k > 0 {
    if bytes[k - 1] == 10 { return k - 1 }
    k -= 1
  }
  return nil
}

/// Whether two strings hold the same UTF-8 bytes.
func sameBytes(_ a: String, _ b: String) -> Bool {
  guard a.utf8.count == b.utf8.count else { return false }
  let compared = a.utf8.withContiguousStorageIfAvailable { x in
    b.utf8.withContiguousStorageIfAvailable { y in
      x.baseAddress == y.baseAddress || x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0
    }
  }
  return compared.flatMap { $0 } ?? a.utf8.elementsEqual(b.utf8)
}
