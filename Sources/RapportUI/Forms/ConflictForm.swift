import RapportCore

/// The fields a sync stopped on (both sides changed them to different values), each side's
/// value, and the side chosen for each. Enter syncs again with the choices once every field has
/// one; Esc leaves with nothing changed.
struct ConflictForm {
  var conflicts: [SyncConflict]
  /// The side chosen for each conflict, by position; nil while none is.
  var chosen: [SyncSide?]
  var selected = 0
  /// The resolutions given to the sync that stopped on these: the sync stopped before merging,
  /// so those still needed are given again.
  var earlier: [SyncResolution]

  init(_ conflicts: [SyncConflict], earlier: [SyncResolution] = []) {
    self.conflicts = conflicts
    chosen = Array(repeating: nil, count: conflicts.count)
    self.earlier = earlier
  }

  /// How many fields have no side chosen yet.
  var left: Int { chosen.filter { $0 == nil }.count }

  /// The resolutions to sync with: one per field, and the earlier ones for other fields; nil
  /// while a field has no side.
  var resolutions: [SyncResolution]? {
    guard left == 0 else { return nil }
    let keys = Set(conflicts.map(\.key))
    let chosenHere = zip(conflicts, chosen).map { conflict, side in
      SyncResolution(record: conflict.record, field: conflict.field, side: side!)
    }
    return earlier.filter { !keys.contains($0.key) } + chosenHere
  }
}

extension Dashboard {
  /// Keys in the conflict form: its key table.
  func conflictKey(_ key: Key) {
    guard case .conflicts(var form) = mode else { return }
    let last = form.conflicts.count - 1
    switch KeyMap.conflicts.action(for: key) {
    case .down: form.selected = min(last, form.selected + 1)
    case .up: form.selected = max(0, form.selected - 1)
    case .ours, .theirs:
      form.chosen[form.selected] = KeyMap.conflicts.action(for: key) == .ours ? .ours : .theirs
      // On to the next field, to choose down the list.
      form.selected = min(last, form.selected + 1)
    case .allOurs: form.chosen = form.chosen.map { _ in .ours }
    case .allTheirs: form.chosen = form.chosen.map { _ in .theirs }
    case .sync:
      guard let resolutions = form.resolutions else {
        message =
          "\(form.left == 1 ? "1 field has" : "\(form.left) fields have") no side yet:"
          + " \(KeyMap.conflicts.label(.ours)) ours, \(KeyMap.conflicts.label(.theirs)) theirs for each"
          + " (\(KeyMap.conflicts.label(.allOurs)) or \(KeyMap.conflicts.label(.allTheirs)) for all)"
        return
      }
      mode = .normal
      startSync(resolutions)
      return
    case .leave:
      mode = .normal
      message = "Nothing was synced or changed: \(KeyMap.normal.label(.sync)) syncs again"
      return
    case nil:
      if case .character(let c) = key { message = "No action on '\(c)' here: o ours, t theirs, Enter syncs" }
      return
    }
    mode = .conflicts(form)
  }

  /// The form's lines for a text width: a line on what is asked, then each field's block (its
  /// record and field, then each side's value, side by side when there is room), and the
  /// range of each block's lines, to keep the selected one in sight.
  func conflictLines(_ form: ConflictForm, width: Int) -> (lines: [ConflictLine], blocks: [Range<Int>]) {
    var lines: [ConflictLine] = []
    let count = form.conflicts.count
    let asked =
      "\(count == 1 ? "1 field was" : "\(count) fields were") changed here and in what was pulled."
      + (form.left == 0 ? " Every field has a side: Enter syncs." : " \(form.left) without a side yet.")
    lines += wrap(asked, width: width).map { ConflictLine($0, .dim) }
    var blocks: [Range<Int>] = []
    let columns = width >= 36 ? (width - 3) / 2 : 0
    for (n, conflict) in form.conflicts.enumerated() {
      lines.append(ConflictLine("", .normal))
      let start = lines.count
      let what = conflict.kind == .contact ? "contact" : "account"
      let title = "\(conflict.recordName) (\(what) \(conflict.record)) · \(conflict.field)"
      let mark = n == form.selected ? "▸ " : "  "
      let role = n == form.selected ? StyleRole.selected : .overlayTitle
      if columns > 0 {
        for (row, part) in wrap(title, width: max(1, width - 2)).enumerated() {
          lines.append(ConflictLine((row == 0 ? mark : "  ") + part, role))
        }
      } else {
        // A narrow window: the title on one line, each side's value after its name.
        lines.append(ConflictLine(mark + DisplayWidth.truncate(title, to: max(1, width - 2)), role))
      }
      let sides: [(side: SyncSide, name: String, value: String?)] = [
        (.ours, "ours (here)", conflict.ours), (.theirs, "theirs (pulled in)", conflict.theirs),
      ]
      let roles = sides.map { form.chosen[n] == $0.side ? StyleRole.accent : StyleRole.dim }
      if columns > 0 {
        let heads = sides.map { side, name, _ in
          let chosen = form.chosen[n] == side
          let long = (chosen ? "● " : "○ ") + name + (chosen ? ": chosen" : "")
          return DisplayWidth.of(long) <= columns ? long : (chosen ? "● " : "○ ") + "\(side)" + (chosen ? " ✓" : "")
        }
        let values = sides.map { valueLines($0.value, width: columns) }
        lines.append(ConflictLine(heads[0], roles[0], right: (heads[1], roles[1]), column: columns))
        for row in 0..<max(values[0].count, values[1].count) {
          let left = row < values[0].count ? values[0][row] : ("", StyleRole.normal)
          let right = row < values[1].count ? values[1][row] : ("", StyleRole.normal)
          lines.append(ConflictLine(left.0, left.1, right: right, column: columns))
        }
      } else {
        for (i, side) in sides.enumerated() {
          let head = (form.chosen[n] == side.side ? "● " : "○ ") + "\(side.side): "
          let indent = String(repeating: " ", count: DisplayWidth.of(head))
          let values = valueLines(side.value, width: max(1, width - DisplayWidth.of(head)))
          for (row, value) in values.enumerated() {
            lines.append(ConflictLine((row == 0 ? head : indent) + value.0, row == 0 ? roles[i] : value.1))
          }
        }
      }
      blocks.append(start..<lines.count)
    }
    return (lines, blocks)
  }

  /// A value wrapped to a column: each of its lines, to `longestField` lines; "(removed)" for
  /// a side that removed the field. The text is drawn inert (`Frame.put`).
  private func valueLines(_ value: String?, width: Int) -> [(String, StyleRole)] {
    guard let value else { return [("(removed)", .dim)] }
    guard width > 0 else { return [] }
    var lines: [(String, StyleRole)] = []
    for part in value.split(separator: "\n", omittingEmptySubsequences: false) {
      lines += wrap(part, width: width).map { ($0, .normal) }
      if part.isEmpty { lines.append(("", .normal)) }
    }
    if lines.count > Dashboard.longestField {
      lines = Array(lines.prefix(Dashboard.longestField - 1)) + [(Dashboard.cutMark, .dim)]
    }
    return lines
  }

  /// The form in a centred panel, from its first line when the selected field's block fits
  /// under it, else scrolled so that the block shows from its title.
  func drawConflicts(_ frame: inout Frame, _ form: ConflictForm) {
    let top = layout.titleRow == nil ? 0 : 1
    let available = Rect(x: 0, y: top, width: frame.width, height: layout.statusRow - top)
    let width = min(available.width, max(40, min(100, available.width - 4)))
    // A short window gives the form every row: it opens with its first line in sight.
    let height = available.height < 14 ? available.height : available.height - 2
    let rect = Rect(
      x: (available.width - width) / 2, y: top + (available.height - height) / 2, width: width, height: height)
    frame.fill(rect, role: .overlay)
    frame.box(rect, title: "Sync: choose a side", focused: true)
    let inner = rect.inner
    guard inner.width > 2, inner.height > 0 else { return }
    let (lines, blocks) = conflictLines(form, width: inner.width - 2)
    let block = blocks[min(form.selected, blocks.count - 1)]
    // From the first line (what is asked) whenever the selected field's block fits under it;
    // else from the block's title, or as much of the block as fits.
    let offset =
      block.upperBound <= inner.height ? 0 : max(0, min(block.lowerBound, block.upperBound - inner.height))
    for row in 0..<inner.height {
      let n = offset + row
      guard n < lines.count else { break }
      let line = lines[n]
      let x = inner.x + 1
      frame.put(
        line.text, x: x, y: inner.y + row, role: line.role, limit: line.right == nil ? inner.width - 2 : line.column)
      if let (text, role) = line.right {
        frame.put("│", x: x + line.column + 1, y: inner.y + row, role: .dim)
        frame.put(text, x: x + line.column + 3, y: inner.y + row, role: role, limit: line.column)
      }
    }
    if lines.count > inner.height {
      let more = "\(offset + 1)-\(min(lines.count, offset + inner.height))/\(lines.count)"
      frame.put(
        " \(more) ", x: rect.x + rect.width - DisplayWidth.of(more) - 4, y: rect.y + rect.height - 1, role: .dim)
    }
  }
}

/// A line of the conflict form: one text, or two side by side (ours, theirs) in columns.
struct ConflictLine {
  var text: String
  var role: StyleRole
  var right: (String, StyleRole)?
  /// The width of each column, when there are two.
  var column = 0

  init(_ text: String, _ role: StyleRole, right: (String, StyleRole)? = nil, column: Int = 0) {
    self.text = text
    self.role = role
    self.right = right
    self.column = column
  }
}
