import RapportCore

extension Dashboard {
  /// The help screen, made from the key map.
  func drawHelp(_ frame: inout Frame) {
    var lines: [(String, StyleRole)] = []
    let keyWidth = KeyMap.keyColumnWidth
    for (section, entries) in KeyMap.listing {
      lines.append((section, .overlayTitle))
      for (keys, summary) in entries { lines.append((DisplayWidth.fit(keys, to: keyWidth) + summary, .normal)) }
      lines.append(("", .normal))
    }
    lines.append(("Store: \(storeLabel)", .dim))
    drawOverlay(&frame, title: "Keys", lines: lines)
  }

  /// The selected account in full: figures, culture, do's and don'ts, and the people to watch.
  func drawDetail(_ frame: inout Frame) {
    guard let index = selectedAccount else { return }
    let account = ledger.accounts[index]
    let totals = ledger.totals(account: index)
    var lines: [(String, StyleRole)] = []
    var facts = "Tier \(account.tier.rawValue) (a touch every \(thresholds.cadence(of: account)) days)"
    if let owner = account.owner { facts += " · owner \(owner)" }
    if let won = account.won { facts += " · won \(won) (\(won.days(to: today)) days ago)" }
    lines.append((facts, .normal))
    let r = totals.reciprocity
    lines.append(
      (
        "Equity \(Weight.format(hundredths: totals.balanceHundredths, signed: false)) · decayed \(amount(ledger.decayedBalance(account: index, on: today)))"
          + " · favours given \(r.given), asked \(r.asked) · last touch "
          + (totals.lastTouch.map { "\($0) (\(max(0, $0.days(to: today))) days ago)" } ?? "never"), .normal
      ))
    lines.append(("", .normal))
    let report = drift[index]
    lines.append(("Drift: \(report.status.word)", report.status >= .drifting ? .danger : .overlayTitle))
    if let parked = account.parkedNote(on: today) { lines.append(("  " + parked, .accent)) }
    for reason in report.reasons { lines.append(("  - " + reason.description, .normal)) }
    for note in report.people { lines.append(("  · " + note.description, .normal)) }
    lines.append(("", .normal))
    func section(_ title: String, _ items: [String], role: StyleRole = .normal) {
      guard !items.isEmpty else { return }
      lines.append((title, .overlayTitle))
      for item in items { lines.append(("  " + item, role)) }
      lines.append(("", .normal))
    }
    // The culture's first lines only: the last piece holds the rest, cut when drawn.
    let culture = account.culture.split(
      separator: "\n", maxSplits: Dashboard.longestField, omittingEmptySubsequences: false)
    section("Culture", account.culture.isEmpty ? [] : culture.map(String.init))
    section("Do", account.dos.map { "+ \($0)" }, role: .positive)
    section("Don't", account.donts.map { "− \($0)" }, role: .negative)
    let people = ledger.contacts(ofAccount: index).map { ledger.contacts[$0] }
    func describe(_ contact: Contact) -> String {
      var text = contact.name + (contact.role.isEmpty ? "" : ", \(contact.role)")
      if let reassess = contact.reassess {
        text += reassess <= today ? " — reassess was due \(reassess)" : " — reassess \(reassess)"
      }
      return text
    }
    section("Decision makers", people.filter { $0.flags.contains("decision-maker") }.map(describe))
    section("Difficult people", people.filter { $0.flags.contains("difficult") }.map(describe), role: .warning)
    section("Culture role models", people.filter { $0.flags.contains("role-model") }.map(describe))
    let due = people.filter { ($0.reassess.map { $0 <= today }) ?? false }
    if !due.isEmpty {
      lines.append(("\(plural(due.count, "reassessment")) due: " + due.map(\.name).joined(separator: ", "), .danger))
    }
    drawOverlay(&frame, title: account.name, lines: lines)
  }

  /// A centred, bordered panel with scrolling lines (long lines wrap).
  private func drawOverlay(_ frame: inout Frame, title: String, lines: [(String, StyleRole)]) {
    let top = layout.titleRow == nil ? 0 : 1
    let available = Rect(x: 0, y: top, width: frame.width, height: layout.statusRow - top)
    let width = min(available.width, max(40, min(100, available.width - 4)))
    let height = min(available.height, max(6, available.height - 2))
    let rect = Rect(
      x: (available.width - width) / 2, y: top + (available.height - height) / 2, width: width, height: height)
    frame.fill(rect, role: .overlay)
    frame.box(rect, title: title, focused: true)
    let inner = rect.inner
    guard inner.width > 2, inner.height > 0 else { return }
    var wrapped: [(String, StyleRole)] = []
    for (text, role) in lines {
      // Lines that fit keep their spacing (the help's key column); longer ones are wrapped, to
      // at most `longestField` lines.
      if DisplayWidth.fits(text, in: inner.width - 2) {
        wrapped.append((text, role))
      } else {
        let cut = wrap(text, width: inner.width - 2, maxLines: Dashboard.longestField)
        for line in cut.lines { wrapped.append((line, role)) }
        if cut.isCut { wrapped.append(("  " + Dashboard.cutMark, .dim)) }
      }
    }
    overlayScroll = max(0, min(overlayScroll, wrapped.count - inner.height))
    for row in 0..<inner.height {
      let n = overlayScroll + row
      guard n < wrapped.count else { break }
      frame.put(wrapped[n].0, x: inner.x + 1, y: inner.y + row, role: wrapped[n].1, limit: inner.width - 2)
    }
    if wrapped.count > inner.height {
      let more = "\(overlayScroll + 1)-\(min(wrapped.count, overlayScroll + inner.height))/\(wrapped.count)"
      frame.put(
        " \(more) ", x: rect.x + rect.width - DisplayWidth.of(more) - 4, y: rect.y + rect.height - 1, role: .dim)
    }
  }
}
