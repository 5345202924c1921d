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
      rows += fieldRows(field, index: i, focused: i == form.focus, labelWidth: labelWidth, valueWidth: valueWidth)
    }
    var footer: [FormRow] = [FormRow()]
    if !form.problem.isEmpty {
      for line in wrap(form.problem, width: width - 4) { footer.append(FormRow(pieces: [(line, .error)])) }
    }
    footer.append(FormRow(pieces: [(formKeys(form), .dim)]))

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

  private func fieldRows(_ field: FormField, index: Int, focused: Bool, labelWidth: Int, valueWidth: Int)
    -> [FormRow]
  {
    let label = DisplayWidth.fit(field.label, to: labelWidth - 1) + " "
    let labelRole: StyleRole = focused ? .overlayTitle : .overlay
    let hint = formHint(field)
    var rows: [FormRow] = []
    switch field.kind {
    case .text:
      var row = FormRow(pieces: [(label, labelRole)], field: index)
      // A field being typed in shows the cursor's part; the others their start.
      let (shown, cursor) = visibleSlice(field.text, cursor: focused ? field.cursor : 0, width: valueWidth)
      row.add(shown, focused && field.fresh ? .selected : .overlay)
      if focused { row.cursor = labelWidth + cursor }
      if let hint, DisplayWidth.of(shown) + DisplayWidth.of(hint.text) + 2 <= valueWidth {
        row.add((shown.isEmpty ? "" : "  ") + hint.text, hint.role)
      }
      rows.append(row)
    case .multiline:
      let lines = wrapForEditing(field.text, width: valueWidth, cursor: field.cursor)
      for (n, line) in lines.enumerated() {
        var row = FormRow(
          pieces: [(n == 0 ? label : String(repeating: " ", count: labelWidth), labelRole)], field: index)
        row.add(String(field.text[line.range]), .overlay)
        if focused, let column = line.cursor { row.cursor = labelWidth + column }
        rows.append(row)
      }
      if let hint, field.text.isEmpty { rows[0].add(hint.text, hint.role) }
    case .choice(_, let numbered, _):
      var row = FormRow(pieces: [(label, labelRole)], field: index)
      if !field.text.isEmpty {
        row.add(field.string, .search)
        if focused { row.cursor = labelWidth + DisplayWidth.of(String(field.text[..<field.cursor])) }
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

  private func formKeys(_ form: Form) -> String {
    var keys = "Enter save · Esc cancel · Tab next"
    switch form.focused.kind {
    case .multiline: keys += " · Ctrl-J new line"
    case .choice(_, let numbered, _): keys += numbered ? " · 1-9 or ↑↓ pick" : " · type or ↑↓ pick"
    case .text: break
    }
    if case .record = form.purpose, form.focused.label == "Kind" || form.focused.label == "Weight" {
      keys += " · +/- weight"
    }
    return keys
  }
}

/// The part of a line of text that fits `width` columns and shows the cursor, and the cursor's
/// column in it.
private func visibleSlice(_ text: [Character], cursor: Int, width: Int) -> (String, Int) {
  var start = 0
  var before = DisplayWidth.of(String(text[..<cursor]))
  while before >= width, start < cursor {
    before -= DisplayWidth.of(text[start])
    start += 1
  }
  var shown = ""
  var used = 0
  for c in text[start...] {
    let w = DisplayWidth.of(c)
    guard used + w <= width else { break }
    shown.append(c)
    used += w
  }
  return (shown, before)
}

/// Text cut into rows of at most `width` columns: at its newlines, and where a row is full after
/// its last space (or anywhere in a word longer than a row), with the cursor's column on the row
/// it is on.
func wrapForEditing(_ text: [Character], width: Int, cursor: Int? = nil) -> [(range: Range<Int>, cursor: Int?)] {
  var ranges: [Range<Int>] = []
  var start = 0
  var used = 0
  var afterSpace: Int?
  var i = 0
  while i < text.count {
    let c = text[i]
    if c == "\n" {
      ranges.append(start..<i)
      (start, used, afterSpace, i) = (i + 1, 0, nil, i + 1)
      continue
    }
    let w = DisplayWidth.of(c)
    if used + w > width, used > 0 {
      let end = afterSpace.map { $0 > start ? $0 : i } ?? i
      ranges.append(start..<end)
      start = end
      used = DisplayWidth.of(String(text[start..<i]))
      afterSpace = nil
      continue
    }
    used += w
    if c == " " { afterSpace = i + 1 }
    i += 1
  }
  ranges.append(start..<text.count)
  let cursorRow = cursor.flatMap { cursor in ranges.lastIndex { $0.lowerBound <= cursor } }
  return ranges.enumerated().map { k, range in
    (range, k == cursorRow ? DisplayWidth.of(String(text[range.lowerBound..<cursor!])) : nil)
  }
}
