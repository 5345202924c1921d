import Foundation
import RapportCore

extension Dashboard {
  /// The update step for a terminal of `width` by `height` cells (nothing when the size is the
  /// last one), then the screen drawn for it.
  public func render(width: Int, height: Int) -> Frame {
    resize(width: width, height: height)
    return render()
  }

  /// Draws the whole screen: a function of the state, which it only reads (the update step,
  /// `settle`, has scrolled and clamped what needs it).
  public func render() -> Frame {
    var frame = Frame(width: layout.width, height: layout.height)
    if layout.tooSmall {
      drawTooSmall(&frame)
      return frame
    }
    if let row = layout.titleRow { drawTitle(&frame, row: row) }
    if let row = layout.tabsRow { drawTabs(&frame, row: row) }
    for (pane, rect) in layout.panes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      switch pane {
      case .accounts: drawAccounts(&frame, rect)
      case .contacts: drawContacts(&frame, rect)
      case .timeline: drawTimeline(&frame, rect)
      }
    }
    if review != nil, let rect = layout.panes[.accounts] { drawReview(&frame, rect) }
    drawOverlay(&frame)
    drawAgenda(&frame)
    drawPlan(&frame)
    if let form { drawForm(&frame, form) }
    if let question { drawQuestion(&frame, question) }
    if let promiseQuestion { drawPromiseQuestion(&frame, promiseQuestion) }
    if case .conflicts(let form) = mode { drawConflicts(&frame, form) }
    drawStatus(&frame)
    return frame
  }

  /// The notice below the smallest size: each line in the first of its wordings that fits (cut
  /// with an `…` when none does), as many lines as there are rows, the first the most needed.
  private func drawTooSmall(_ frame: inout Frame) {
    let size = "\(Layout.minimumWidth)x\(Layout.minimumHeight)"
    let wordings = [
      ["Window too small", "Too small", "Small"], ["Rapport needs \(size)", "Needs \(size)", size], ["q quits"],
    ]
    let lines = wordings.prefix(frame.height).map { words in
      words.first { DisplayWidth.of($0) <= frame.width }
        ?? DisplayWidth.truncate(words[words.count - 1], to: frame.width)
    }
    let top = max(0, (frame.height - lines.count) / 2)
    for (i, line) in lines.enumerated() {
      let x = max(0, (frame.width - DisplayWidth.of(line)) / 2)
      frame.put(line, x: x, y: top + i, role: i == 0 ? .warning : .dim, limit: frame.width)
    }
  }

  /// The title bar: the name, whatever keeps the store from being written (it stays until
  /// fixed), then as many whole counts as fit, and the day on the right.
  private func drawTitle(_ frame: inout Frame, row: Int) {
    frame.fill(Rect(x: 0, y: row, width: frame.width, height: 1), role: .statusBar)
    var used = frame.put(" Rapport ", x: 0, y: row, role: .statusKey)
    var warning: String?
    if !store.errors.isEmpty {
      warning = store.errors.count == 1 ? "1 ERROR: read-only" : "\(store.errors.count) ERRORS: read-only"
    } else if case .readOnly = store.access {
      warning = "READ-ONLY"
    }
    if let warning { used += frame.put(" \(warning) ", x: used, y: row, role: .error, limit: frame.width - used) }
    let ledger = self.ledger
    let right = "\(today) "
    var parts = [
      plural(ledger.accounts.count, "account"), plural(ledger.contacts.count, "contact"),
      plural(ledger.liveEventCount, "event"),
    ]
    let due = plannedTouchesDue
    if due > 0 { parts.insert(plural(due, "planned touch") + " due", at: 0) }
    let room = frame.width - used - DisplayWidth.of(right) - 1
    var counts = ""
    for part in parts {
      let next = counts.isEmpty ? " \(part)" : "\(counts) · \(part)"
      guard DisplayWidth.of(next) <= room else { break }
      counts = next
    }
    used += frame.put(counts, x: used, y: row, role: .statusBar, limit: frame.width - used)
    if used + DisplayWidth.of(right) + 1 <= frame.width {
      frame.put(right, x: frame.width - DisplayWidth.of(right), y: row, role: .statusBar)
    }
  }

  private func drawTabs(_ frame: inout Frame, row: Int) {
    let width = frame.width / Pane.allCases.count
    for pane in Pane.allCases {
      let label = DisplayWidth.fit(" \(pane.rawValue + 1) \(pane.title)", to: width)
      frame.put(label, x: pane.rawValue * width, y: row, role: pane == focus ? .selected : .dim)
    }
  }

  private func drawStatus(_ frame: inout Frame) {
    let row = layout.statusRow
    frame.fill(Rect(x: 0, y: row, width: frame.width, height: 1), role: .statusBar)
    if filtering {
      let used = frame.put(" /", x: 0, y: row, role: .statusKey)
      let cursor = filterText.utf8.index(filterText.startIndex, offsetBy: filterCursor)
      let shown = filterText[..<cursor] + "▏" + filterText[cursor...]
      let typed = frame.put(String(shown), x: used, y: row, role: .search, limit: frame.width - used)
      let keys = [FilterAction.keep, .clear].map { KeyMap.filter.hint($0) }.map { "\($0.key) \($0.word)" }
      // The count of matches first, then why the selected row matched in full (the row may
      // have had to cut it), then the keys, as many as fit.
      let room = frame.width - used - typed - 2
      if room > 0 {
        let count = plural(list.rows.count, "match")
        let why = selectedSearchReason(width: max(1, room - DisplayWidth.of(count) - 3)).map { [$0] } ?? []
        let hint = DisplayWidth.hints([count] + why + keys, in: room)
        frame.put("  " + hint, x: used + typed, y: row, role: .statusBar, limit: room + 2)
      }
      return
    }
    var hintText: [(String, String)]
    switch mode {
    case .form: hintText = [FormAction.save, .cancel, .nextField].map { KeyMap.form.hint($0) }
    case .overlay:
      let actions: [OverlayAction] =
        switch overlay {
        case .event: [.close, .void, .correct, .down, .quit]
        case .brief: [.close, .write, .down, .quit]
        default: [.close, .down, .quit]
        }
      hintText = actions.map { KeyMap.overlay.hint($0) }
    case .question: hintText = QuestionAction.allCases.map { KeyMap.question.hint($0) }
    case .confirm: hintText = [ConfirmAction.cancel, .another].map { KeyMap.confirm.hint($0) }
    case .plan: hintText = [PlanAction.close].map { KeyMap.plan.hint($0) }
    case .agenda: hintText = [AgendaAction.close].map { KeyMap.agenda.hint($0) }
    case .conflicts: hintText = [ConflictAction.ours, .theirs, .sync, .leave].map { KeyMap.conflicts.hint($0) }
    case .review:
      hintText =
        [KeyMap.review.hint(.deposit), KeyMap.normal.hint(.help), KeyMap.normal.hint(.nextPane)]
        + [(KeyMap.review.label(.end), "end review")]
    case .normal, .filter:
      var actions: [Action] = [.help, .filter, .sort, .tier]
      if focus == .timeline { actions += [.zoomIn, .void, .correct] }
      hintText = (actions + [.nextPane, .open, .quit]).map { KeyMap.normal.hint($0) }
    }
    var hintWidth: Int { hintText.reduce(0) { $0 + DisplayWidth.of($1.0) + DisplayWidth.of($1.1) + 2 } }
    let left = message.isEmpty ? " \(storeLabel)" : " \(message)"
    // A message gets the room it needs before the hints; the store's path only some.
    let leftRoom = message.isEmpty ? min(DisplayWidth.of(left), 24) : DisplayWidth.of(left) + 1
    // The conflict form's own keys (o, t) stay; the message is cut before them.
    let kept = mode.keys == .conflicts ? 2 : 0
    while hintText.count > kept, hintWidth + leftRoom > frame.width { hintText.removeLast() }
    frame.put(
      DisplayWidth.truncate(left, to: frame.width - hintWidth - 1), x: 0, y: row, role: .statusBar,
      limit: frame.width - hintWidth - 1)
    var x = frame.width - hintWidth
    for (key, text) in hintText {
      x += frame.put(key, x: x, y: row, role: .statusKey)
      x += frame.put(" \(text) ", x: x, y: row, role: .statusBar)
    }
  }
}

/// The store's path as the status line shows it: the home folder written as `~`.
func shortPath(_ path: String) -> String {
  if let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty, path.hasPrefix(home + "/") {
    return "~" + path.dropFirst(home.count)
  }
  return path
}

/// `1 account`, `14 accounts`, `2 matches`.
func plural(_ count: Int, _ noun: String) -> String {
  if count == 1 { return "1 \(noun)" }
  let sibilant = noun.hasSuffix("ch") || noun.hasSuffix("sh") || noun.hasSuffix("s") || noun.hasSuffix("x")
  return "\(count) \(noun)\(sibilant ? "es" : "s")"
}
