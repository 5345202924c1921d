import RapportCore

/// One row of a form as drawn: pieces of text with their roles, and where the cursor is.
private struct FormRow {
  var pieces: [(String, StyleRole)] = []
  var field: Int?
  /// The cursor's column within the row, when it is on this row.
  var cursor: Int?

  mutating func add(_ text: String, _ role: StyleRole) { pieces.append((text, role)) }
  var width: Int { pieces.reduce(0) { $0 + DisplayWidth.of($1.0) } }
}

extension Dashboard {
  /// The open form: a bordered panel over the panes, its fields scrolled so that the focused
  /// one shows, with what is wrong and the keys at the bottom. The cursor shows where typing goes.
  func drawForm(_ frame: inout Frame, _ form: Form) {
    let top = layout.titleRow == nil ? 0 : 1
    let available = Rect(x: 0, y: top, width: frame.width, height: layout.statusRow - top)
    let width = min(available.width, max(40, min(76, available.width - 4)))
    let labelWidth = min(form.fields.map { DisplayWidth.of($0.label) }.max()! + 2, max(4, width / 3))
    let valueWidth = max(1, width - 4 - labelWidth)

    var rows: [FormRow] = []
    for (i, field) in form.fields.enumerated() {
      rows += fieldRows(
        field, index: i, focused: i == form.focus, labelWidth: labelWidth, valueWidth: valueWidth,
        around: available.height)
    }
    var footer: [FormRow] = [FormRow()]
    if !form.problem.isEmpty {
      for line in wrap(form.problem, width: width - 4) { footer.append(FormRow(pieces: [(line, .error)])) }
    }
    footer.append(FormRow(pieces: [(formKeys(form, width: width - 4), .dim)]))

    let height = min(available.height, rows.count + footer.count + 2)
    let rect = Rect(
      x: (available.width - width) / 2, y: top + (available.height - height) / 2, width: width, height: height)
    frame.fill(rect, role: .overlay)
    frame.box(rect, title: form.title, focused: true)
    let inner = rect.inner
    guard inner.width > 2, inner.height > 0 else { return }
    // The footer keeps its place; the fields scroll to show the cursor's row.
    let footerRows = min(footer.count, max(0, inner.height - 1))
    let fieldRowsShown = inner.height - footerRows
    let cursorRow = rows.firstIndex { $0.cursor != nil } ?? rows.firstIndex { $0.field == form.focus } ?? 0
    let lastOfFocus = rows.lastIndex { $0.field == form.focus } ?? cursorRow
    var first = 0
    if lastOfFocus >= fieldRowsShown { first = min(cursorRow, lastOfFocus - fieldRowsShown + 1) }
    frame.cursor = nil
    for k in 0..<fieldRowsShown where first + k < rows.count {
      draw(rows[first + k], at: Point(x: inner.x + 1, y: inner.y + k), limit: inner.width - 2, &frame)
    }
    // Marks on the border when fields are out of sight.
    if first > 0, rect.width > 12 {
      frame.put(" ↑ more ", x: rect.x + rect.width - 10, y: rect.y, role: .overlayTitle)
    }
    if first + fieldRowsShown < rows.count, rect.width > 12 {
      frame.put(" ↓ more ", x: rect.x + rect.width - 10, y: rect.y + rect.height - 1, role: .overlayTitle)
    }
    for k in 0..<footerRows {
      let row = footer[footer.count - footerRows + k]
      draw(row, at: Point(x: inner.x + 1, y: inner.y + fieldRowsShown + k), limit: inner.width - 2, &frame)
    }
  }

  private func draw(_ row: FormRow, at point: Point, limit: Int, _ frame: inout Frame) {
    var x = point.x
    for (text, role) in row.pieces where x < point.x + limit {
      x += frame.put(text, x: x, y: point.y, role: role, limit: point.x + limit - x)
    }
    if let cursor = row.cursor, cursor < limit { frame.cursor = Point(x: point.x + cursor, y: point.y) }
  }

  /// A field's rows. Of a longer field, only what the form can show: `around` rows either side
  /// of the cursor in the focused field, the first rows of the others (see `editingRows`).
  private func fieldRows(
    _ field: FormField, index: Int, focused: Bool, labelWidth: Int, valueWidth: Int, around: Int
  ) -> [FormRow] {
    let label = DisplayWidth.fit(field.label, to: labelWidth - 1) + " "
    let labelRole: StyleRole = focused ? .overlayTitle : .overlay
    let hint = formHint(field)
    var rows: [FormRow] = []
    switch field.kind {
    case .text:
      var row = FormRow(pieces: [(label, labelRole)], field: index)
      // A field being typed in shows the cursor's part; the others their start.
      let (shown, cursor) = visibleSlice(
        field.text, cursor: focused ? field.cursorIndex : field.text.startIndex, width: valueWidth)
      row.add(shown, focused && field.fresh ? .selected : .overlay)
      if focused { row.cursor = labelWidth + cursor }
      if let hint, DisplayWidth.of(shown) + DisplayWidth.of(hint.text) + 2 <= valueWidth {
        row.add((shown.isEmpty ? "" : "  ") + hint.text, hint.role)
      }
      rows.append(row)
    case .multiline:
      // A field of one item a line marks each item and hangs its wrapped rows under its text.
      let mark = field.key.itemMark
      let markWidth = mark.map { DisplayWidth.of($0) } ?? 0
      let shown = editingRows(
        field.text, width: valueWidth - markWidth, cursor: focused ? field.cursor : nil, around: around,
        longest: around)
      let indent = String(repeating: " ", count: labelWidth)
      // Selected whole when the form opened on it to be answered again: typing replaces it.
      let role: StyleRole = focused && field.fresh && field.selectsAll ? .selected : .overlay
      for (n, line) in shown.rows.enumerated() {
        var row = FormRow(pieces: [(n == 0 && shown.fromStart ? label : indent, labelRole)], field: index)
        if let mark {
          let start = line.range.lowerBound
          let startsItem = start == field.text.startIndex || field.text[field.text.index(before: start)] == "\n"
          row.add(startsItem ? mark : String(repeating: " ", count: markWidth), .dim)
        }
        row.add(String(field.text[line.range]), role)
        if let column = line.cursor { row.cursor = labelWidth + markWidth + column }
        rows.append(row)
      }
      if shown.isCut { rows.append(FormRow(pieces: [(indent, labelRole), ("…", .dim)], field: index)) }
      if let hint, field.text.isEmpty { rows[0].add(hint.text, hint.role) }
    case .yesNo:
      var row = FormRow(pieces: [(label, labelRole)], field: index)
      row.add(field.text, field.isYes ? .accent : .overlay)
      if focused { row.cursor = labelWidth }
      if let hint { row.add("  " + hint.text, hint.role) }
      rows.append(row)
    case .choice(_, let numbered, _):
      var row = FormRow(pieces: [(label, labelRole)], field: index)
      if !field.text.isEmpty {
        row.add(field.string, .search)
        if focused { row.cursor = labelWidth + DisplayWidth.of(field.text[..<field.cursorIndex]) }
        row.add(" → ", .dim)
      } else if focused {
        row.cursor = labelWidth
      }
      if let choice = field.choice {
        row.add(choice.value, .accent)
        if choice.index == nil, hint == nil { row.add(" (new)", .dim) }
      } else {
        row.add("no match", .error)
      }
      if let hint { row.add("  " + hint.text, hint.role) }
      rows.append(row)
      guard focused else { break }
      // The matches, wrapped under the value; the chosen one stands out.
      var line = FormRow(pieces: [(String(repeating: " ", count: labelWidth), .normal)], field: index)
      for (n, match) in field.matches.enumerated() {
        let text = (numbered ? "\(match.index + 1) " : "") + match.option
        if line.pieces.count > 1, line.width + 2 + DisplayWidth.of(text) > labelWidth + valueWidth {
          rows.append(line)
          line = FormRow(pieces: [(String(repeating: " ", count: labelWidth), .normal)], field: index)
        }
        if line.pieces.count > 1 { line.add("  ", .normal) }
        line.add(text, n == field.selected ? .selected : .dim)
      }
      if line.pieces.count > 1 { rows.append(line) }
    }
    return rows
  }

  /// The form's keys, as many as fit in `width`, the most needed first (saving, cancelling, then
  /// the focused field's own).
  private func formKeys(_ form: Form, width: Int) -> String {
    let table = KeyMap.form
    // Tab last: the field's own keys matter more here, and Tab moves on in any form.
    var keys = ["\(table.label(.save)) save", "\(table.label(.cancel)) cancel"]
    switch form.focused.kind {
    case .multiline: keys.append("\(table.label(.newLine)) new line")
    case .choice(_, let numbered, _): keys.append(numbered ? "1-9 or ↑↓ pick" : "type or ↑↓ pick")
    case .yesNo: keys.append("y/n or Space")
    case .text: break
    }
    if case .record = form.purpose, [.kind, .weight].contains(form.focused.key) {
      keys.append("+/- heavier/lighter")
    }
    return DisplayWidth.hints(keys + ["\(table.label(.nextField)) next"], in: width)
  }
}

/// The part of a line of text that fits `width` columns and shows the cursor, and the cursor's
/// column in it: read back from the cursor and on from there, a row's worth of characters.
private func visibleSlice(_ text: String, cursor: String.Index, width: Int) -> (String, Int) {
  // Back from the cursor while what is before it stays narrower than the row. Characters of no
  // width are counted apart, so that the reading ends whatever the text holds.
  var start = cursor
  var before = 0
  var read = 0
  while start > text.startIndex, read < width * 8 + 64 {
    let previous = text.index(before: start)
    let w = DisplayWidth.of(text[previous])
    guard before + w < width else { break }
    before += w
    start = previous
    read += 1
  }
  var shown = ""
  var used = 0
  for c in text[start...] {
    let w = DisplayWidth.of(c)
    guard used + w <= width else { break }
    shown.append(c)
    used += w
    read += 1
    if read > width * 16 + 128 { break }
  }
  return (shown, before)
}

/// Rows of text being edited, one at a time: cut at its newlines, and where a row is full after
/// its last space (or anywhere in a word longer than a row).
struct EditingWrap: IteratorProtocol {
  let text: Substring
  let width: Int
  private var start: String.Index
  private var position: String.Index
  private var used = 0
  private var afterSpace: String.Index?
  private var done = false
  /// How many characters were looked at: the work done, whatever the text's length.
  private(set) var charactersRead = 0

  init(_ text: Substring, width: Int) {
    self.text = text
    self.width = width
    start = text.startIndex
    position = text.startIndex
  }

  mutating func next() -> Range<String.Index>? {
    guard !done else { return nil }
    while position < text.endIndex {
      let c = text[position]
      charactersRead += 1
      if c == "\n" {
        let row = start..<position
        position = text.index(after: position)
        (start, used, afterSpace) = (position, 0, nil)
        return row
      }
      let w = DisplayWidth.of(c)
      if used + w > width, used > 0 {
        let end = afterSpace.map { $0 > start ? $0 : position } ?? position
        let row = start..<end
        start = end
        used = DisplayWidth.of(text[start..<position])
        afterSpace = nil
        return row
      }
      used += w
      let after = text.index(after: position)
      if c == " " { afterSpace = after }
      position = after
    }
    done = true
    return start..<text.endIndex
  }
}

/// Rows of a longer field as the form shows them.
struct EditingRows {
  /// Each row's part of the text, and on the cursor's row its column.
  var rows: [(range: Range<String.Index>, cursor: Int?)] = []
  /// True when the first row is the text's first.
  var fromStart = true
  /// True when rows after the last were left out.
  var isCut = false
  /// How many characters were looked at: the work done, whatever the text's length.
  var charactersRead = 0
}

/// The rows of a longer field that the form can show, with the cursor's column on its row, read
/// from as much of the text as they hold. Without a cursor: the first rows, at most `longest`
/// (`isCut` when there are more). With one: at most `around` rows before the cursor's and after
/// it. Rows are wrapped from the start of the text, or, when the cursor is far in (a field of
/// megabytes), from a point a few screens of text before it (`fromStart` false) that moves in
/// steps of that size, so that the rows stay put as the cursor moves and typing goes on.
func editingRows(_ text: String, width: Int, cursor: Int?, around: Int, longest: Int = .max) -> EditingRows {
  guard let cursor else {
    var wrap = EditingWrap(text[...], width: width)
    var shown = EditingRows()
    while shown.rows.count < longest, let row = wrap.next() { shown.rows.append((row, nil)) }
    shown.isCut = wrap.next() != nil
    shown.charactersRead = wrap.charactersRead
    return shown
  }
  // Wrapped from a step or two before the cursor: a step of a byte a column, four times that when
  // it held too few rows (wide characters, or marks of no width).
  var step = max(1024, (around + 1) * (width + 1))
  var read = 0
  while true {
    var from = text.startIndex
    if cursor >= 2 * step {
      from = text.utf8.index(text.utf8.startIndex, offsetBy: (cursor / step - 1) * step)
      while UTF8.isContinuation(text.utf8[from]) { from = text.utf8.index(after: from) }
    }
    var shown = rows(of: text[from...], around: around, width: width, cursor: cursor)
    read += shown.charactersRead
    if !shown.fromStart || from == text.startIndex {
      shown.fromStart = shown.fromStart && from == text.startIndex
      shown.charactersRead = read
      return shown
    }
    step *= 4
  }
}

/// The rows of `text` from its start that hold `cursor` and are around it; `fromStart` when the
/// first of them is the first of `text`.
private func rows(of text: Substring, around: Int, width: Int, cursor: Int) -> EditingRows {
  let at = text.base.utf8.index(text.base.utf8.startIndex, offsetBy: cursor)
  var wrap = EditingWrap(text, width: width)
  // The rows that start at or before the cursor, the last of which holds it, then those after.
  var before: [Range<String.Index>] = []
  var dropped = false
  var after: [Range<String.Index>] = []
  while after.count < around, let row = wrap.next() {
    if row.lowerBound <= at, after.isEmpty {
      before.append(row)
      if before.count > 2 * (around + 1) {
        before.removeFirst(before.count - around - 1)
        dropped = true
      }
    } else {
      after.append(row)
    }
  }
  if before.count > around + 1 {
    before.removeFirst(before.count - around - 1)
    dropped = true
  }
  let rows =
    before.enumerated().map { k, row in
      (range: row, cursor: k == before.count - 1 ? DisplayWidth.of(text[row.lowerBound..<at]) : nil)
    } + after.map { (range: $0, cursor: Int?.none) }
  return EditingRows(rows: rows, fromStart: !dropped, charactersRead: wrap.charactersRead)
}
/// Text cut into rows of at most `width` columns as `EditingWrap` cuts it, all of them, as
/// positions in its characters, with the cursor's column on the row it is on.
func wrapForEditing(_ text: [Character], width: Int, cursor: Int? = nil) -> [(range: Range<Int>, cursor: Int?)] {
  let string = String(text)
  var wrap = EditingWrap(string[...], width: width)
  var ranges: [Range<Int>] = []
  while let row = wrap.next() {
    ranges.append(
      string.distance(
        from: string.startIndex, to: row.lowerBound)..<string.distance(from: string.startIndex, to: row.upperBound))
  }
  let cursorRow = cursor.flatMap { cursor in ranges.lastIndex { $0.lowerBound <= cursor } }
  return ranges.enumerated().map { k, range in
    (range, k == cursorRow ? DisplayWidth.of(String(text[range.lowerBound..<cursor!])) : nil)
  }
}
