/// An overlay as shown: its panel's place, its title, and its lines wrapped to the panel's width.
struct OverlayContent {
  var rect: Rect
  var title: String
  /// The lines wrapped to fit; empty when the panel has no room inside.
  var lines: [(String, StyleRole)]

  var inner: Rect { rect.inner }
}

extension Dashboard {
  /// The help screen's lines, made from the key tables: the keys of the mode it was opened from
  /// first, the marks' legends after the panes' keys (or after the first section). With a
  /// `width`, a text too long for it wraps within its column, under the text, not the keys.
  func helpLines(width: Int? = nil) -> [(String, StyleRole)] {
    var lines: [(String, StyleRole)] = []
    let keyWidth = KeyMap.keyColumnWidth
    func row(_ keys: String, _ text: String) {
      let room = (width ?? Int.max / 2) - keyWidth
      let parts = room >= 12 ? wrap(text, width: room) : [text]
      for (n, part) in parts.enumerated() {
        lines.append((DisplayWidth.fit(n == 0 ? keys : "", to: keyWidth) + part, .normal))
      }
    }
    // Opened from the plan or the agenda, those keys come first; from the review, its keys.
    let first: KeyMode
    switch returns.last {
    case .plan?: first = .plan
    case .agenda?: first = .agenda
    default: first = review == nil ? .normal : .review
    }
    let sections = KeyMap.listing(first: first)
    let marksAfter = sections.firstIndex { $0.title == "Panes" } ?? 0
    for (n, section) in sections.enumerated() {
      lines.append((section.title, .overlayTitle))
      for (keys, summary) in section.entries { row(keys, summary) }
      lines.append(("", .normal))
      guard n == marksAfter else { continue }
      lines.append(("Marks before an account", .overlayTitle))
      for (mark, meaning) in Dashboard.markLegend { row(mark, meaning) }
      lines.append(("", .normal))
      lines.append(("Marks under the timeline's bars", .overlayTitle))
      for mark in Dashboard.barMarks { row(mark.mark, mark.meaning) }
      lines.append(("", .normal))
    }
    lines.append(("Store: \(storeLabel)", .dim))
    return lines
  }

  /// The open overlay in a centred panel, its long lines wrapped; nil when none is open (or the
  /// detail has no account to show).
  func overlayContent() -> OverlayContent? {
    let top = layout.titleRow == nil ? 0 : 1
    let available = Rect(x: 0, y: top, width: layout.width, height: layout.statusRow - top)
    let width = min(available.width, max(40, min(100, available.width - 4)))
    let content: (title: String, lines: [(String, StyleRole)])
    switch overlay {
    case .help: content = ("Keys", helpLines(width: width - 4))
    case .detail:
      guard let detail = detailLines() else { return nil }
      content = detail
    case .event(let id):
      guard let detail = eventDetailLines(id: id) else { return nil }
      content = detail
    case .brief(let account):
      guard let brief = briefContent(account: account) else { return nil }
      content = brief
    case .sync:
      guard let sync = syncLines() else { return nil }
      content = sync
    case nil: return nil
    }
    let height = min(available.height, max(6, available.height - 2))
    let rect = Rect(
      x: (available.width - width) / 2, y: top + (available.height - height) / 2, width: width, height: height)
    var shown = OverlayContent(rect: rect, title: content.title, lines: [])
    let inner = rect.inner
    guard inner.width > 2, inner.height > 0 else { return shown }
    for (text, role) in content.lines {
      // Lines that fit keep their spacing (the help's key column); longer ones are wrapped, to
      // at most `longestField` lines.
      if DisplayWidth.fits(text, in: inner.width - 2) {
        shown.lines.append((text, role))
      } else {
        // Under the text, past its indent and its "- " or "· ", as the review card does.
        let cut = hangingWrap(text, width: inner.width - 2, maxLines: Dashboard.longestField)
        for line in cut.lines { shown.lines.append((line, role)) }
        if cut.isCut { shown.lines.append((cut.hanging + Dashboard.cutMark, .dim)) }
      }
    }
    return shown
  }

  /// Draws the open overlay: the panel the update step made, with its lines from
  /// `overlayScroll`, which it keeps in range.
  func drawOverlay(_ frame: inout Frame) {
    guard let content = overlayPanel else { return }
    let (rect, inner, lines) = (content.rect, content.inner, content.lines)
    frame.fill(rect, role: .overlay)
    frame.box(rect, title: content.title, focused: true)
    guard inner.width > 2, inner.height > 0 else { return }
    for row in 0..<inner.height {
      let n = overlayScroll + row
      guard n < lines.count else { break }
      frame.put(lines[n].0, x: inner.x + 1, y: inner.y + row, role: lines[n].1, limit: inner.width - 2)
    }
    if lines.count > inner.height {
      let more = "\(overlayScroll + 1)-\(min(lines.count, overlayScroll + inner.height))/\(lines.count)"
      frame.put(
        " \(more) ", x: rect.x + rect.width - DisplayWidth.of(more) - 4, y: rect.y + rect.height - 1, role: .dim)
    }
  }
}
