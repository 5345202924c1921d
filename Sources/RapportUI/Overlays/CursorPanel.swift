/// A line of a panel that a cursor moves over (the plan, the agenda): its text and role, and
/// the item it belongs to, when it is part of one (an item may take several lines).
struct PanelLine: Equatable {
  var text: String
  var role: StyleRole
  var item: Int?

  init(_ text: String, _ role: StyleRole = .normal, item: Int? = nil) {
    self.text = text
    self.role = role
    self.item = item
  }
}

/// What a cursor panel shows: its rectangle, title, lines, the keys at its foot.
struct CursorPanel {
  var rect: Rect
  var title: String
  var lines: [PanelLine]
  var footer: String

  /// The rows the lines scroll in: the inside less the footer's row (when there is room for one).
  var rows: Int {
    let inner = rect.inner
    return inner.height >= 3 ? inner.height - 1 : max(0, inner.height)
  }

  /// How many items the lines hold.
  var itemCount: Int { (lines.compactMap(\.item).max() ?? -1) + 1 }

  /// The first line to show so that the lines of item `cursor` are in sight, moving as little
  /// as it can from `scroll`. An item's heading line just above it is brought in too.
  func scroll(from scroll: Int, cursor: Int) -> Int {
    guard rows > 0 else { return 0 }
    var first = max(0, min(scroll, lines.count - rows))
    guard let start = lines.firstIndex(where: { $0.item == cursor }),
      let end = lines.lastIndex(where: { $0.item == cursor })
    else { return first }
    let top = start > 0 && lines[start - 1].item == nil && lines[start - 1].text != "" ? start - 1 : start
    if end >= first + rows { first = end - rows + 1 }
    if top < first { first = top }
    if start < first { first = start }
    return max(0, first)
  }
}

extension Dashboard {
  /// The room between the title and status rows: all of it for the agenda, a centred panel
  /// with a margin for the plan, as the help has.
  func panelRect(fullScreen: Bool) -> Rect {
    let top = layout.titleRow == nil ? 0 : 1
    let available = Rect(x: 0, y: top, width: layout.width, height: max(0, layout.statusRow - top))
    guard !fullScreen else { return available }
    let width = min(available.width, max(40, min(100, available.width - 4)))
    let height = min(available.height, max(6, available.height - 2))
    return Rect(
      x: (available.width - width) / 2, y: top + (available.height - height) / 2, width: width, height: height)
  }

  /// Draws a cursor panel from `scroll`: the cursor's lines marked and in the selection's role,
  /// a count on the border when there is more than fits, and the keys on the last row.
  func drawPanel(_ frame: inout Frame, _ panel: CursorPanel, cursor: Int, scroll: Int) {
    let rect = panel.rect
    frame.fill(rect, role: .overlay)
    frame.box(rect, title: panel.title, focused: true)
    let inner = rect.inner
    guard inner.width > 2, inner.height > 0 else { return }
    let rows = panel.rows
    for row in 0..<rows {
      let n = scroll + row
      guard n < panel.lines.count else { break }
      let line = panel.lines[n]
      let y = inner.y + row
      let selected = line.item != nil && line.item == cursor
      frame.put(selected ? "▸" : " ", x: inner.x, y: y, role: selected ? .selected : .overlay)
      // A line too long for the panel ends in "…", so that it reads as cut.
      frame.put(
        DisplayWidth.truncate(line.text, to: inner.width - 2), x: inner.x + 1, y: y, role: line.role,
        limit: inner.width - 2)
      if selected { frame.paint(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selected) }
    }
    if panel.lines.count > rows, rows > 0 {
      let more = "\(scroll + 1)-\(min(panel.lines.count, scroll + rows))/\(panel.lines.count)"
      let x = rect.x + rect.width - DisplayWidth.of(more) - 4
      if x > rect.x + 2 { frame.put(" \(more) ", x: x, y: rect.y + rect.height - 1, role: .dim) }
    }
    if inner.height >= 3 {
      frame.put(panel.footer, x: inner.x + 1, y: inner.y + inner.height - 1, role: .dim, limit: inner.width - 2)
    }
  }

  /// "a · b · c" from a key table's hints for `actions`, as the status line says them.
  func keyHints<A>(_ table: KeyTable<A>, _ actions: [A]) -> String {
    actions.map { table.hint($0) }.map { "\($0.key) \($0.word)" }.joined(separator: " · ")
  }
}
