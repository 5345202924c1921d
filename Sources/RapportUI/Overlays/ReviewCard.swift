import RapportCore

extension Dashboard {
  /// The review's panel, over the accounts pane: the account under review, why it needs
  /// attention, what its people suggest, and the keys. The contacts pane and the timeline
  /// beside it show the same account.
  /// What the card shows in `rect`: its title, and its lines wrapped to fit with the rows they
  /// may take (the last row holds the keys); nil without a review (no lines when it has no room).
  func reviewCard(_ rect: Rect) -> (title: String, lines: [(String, StyleRole)], rows: Int)? {
    guard let review, let id = review.current, let index = ledger.accountIndex(id) else { return nil }
    let account = ledger.accounts[index]
    let report = drift[index]
    let totals = ledger.totals(account: index)
    let title = "Review \(review.position + 1) of \(review.queue.count) · \(account.name)"
    let inner = rect.inner
    guard inner.width > 2, inner.height > 0 else { return (title, [], 0) }

    var lines: [(String, StyleRole)] = []
    let equity = Weight.format(hundredths: totals.balanceHundredths, signed: false)
    lines.append(
      (
        "\(report.status.word) · tier \(account.tier.rawValue) · equity \(equity) · decayed \(amount(report.decayed))",
        report.status >= .drifting ? .danger : .warning
      ))
    if let done = review.done[id] { lines.append(("Done in this review: \(done.words)", .positive)) }
    if let parked = account.parkedNote(on: today) { lines.append((parked, .accent)) }
    lines.append(("", .normal))
    for reason in report.reasons { lines.append(("- " + reason.description, .normal)) }
    for note in report.people { lines.append(("· " + note.description, .normal)) }
    // Its open promises, soonest due first, and the keys that close them.
    let promises = ledger.openPromises(account: index)
    if !promises.isEmpty {
      lines.append(("", .normal))
      lines.append(("Open promises", .overlayTitle))
      for promise in promises {
        let due = dueWords(promise)
        lines.append(
          ("  \(promise.what) — \(ledger.recipient(of: promise)) · \(due.text)", due.role == .error ? .error : .normal))
      }
      let keys = [Action.keepPromise, .missPromise, .dropPromise].map { KeyMap.normal.hint($0) }
      lines.append(("  " + keys.map { "\($0.key) \($0.word)" }.joined(separator: " · ") + " (the soonest first)", .dim))
    }
    lines += planLines(account: index, report: report)
    // Deposit ideas as offers to make, one line for each contact still there with any.
    let ideas = ledger.contacts(ofAccount: index).map { ledger.contacts[$0] }.filter {
      !$0.hasLeft(by: today) && !$0.offers.isEmpty
    }
    if !ideas.isEmpty {
      lines.append(("", .normal))
      lines.append(("Deposit ideas", .overlayTitle))
      for contact in ideas {
        lines.append(("  \(contact.name): " + contact.offers.map(\.description).joined(separator: " "), .normal))
      }
    }
    var wrapped: [(String, StyleRole)] = []
    // Long lines wrap under their first word, past the "- " or "· ".
    for (text, role) in lines {
      let cut = hangingWrap(text, width: inner.width - 2, maxLines: Dashboard.longestField)
      wrapped += cut.lines.map { ($0, role) }
      if cut.isCut { wrapped.append((cut.hanging + Dashboard.cutMark, .dim)) }
    }
    return (title, wrapped, inner.height - 1)
  }

  /// The card's part about the key account plan: that a tier A or B account has none, as the
  /// drift's plan note says, or the plan's active initiatives and the key that opens it.
  func planLines(account index: Int, report: DriftReport) -> [(String, StyleRole)] {
    var lines: [(String, StyleRole)] = []
    let plan = ledger.accounts[index].keyPlan
    let key = KeyMap.normal.hint(.keyPlan)
    for note in report.planNotes {
      lines.append(("", .normal))
      lines.append(("· " + note.description + " (\(key.key) opens it)", .warning))
    }
    let active = plan.activeInitiatives
    guard !active.isEmpty else { return lines }
    lines.append(("", .normal))
    lines.append(("Key account plan, active initiatives", .overlayTitle))
    for initiative in active {
      var text = "  " + initiative.text.prefix { $0 != "\n" }
      if let due = initiativeDue(initiative) { text += " · " + due.text }
      if let contact = initiativeContact(initiative, account: index) { text += " · for \(contact)" }
      lines.append((text, initiativeDue(initiative)?.role == .error ? .error : .normal))
    }
    lines.append(("  \(key.key) \(key.word)", .dim))
    return lines
  }

  /// Draws the card from the scroll the update step left in range.
  func drawReview(_ frame: inout Frame, _ rect: Rect) {
    guard let review, let card = reviewCard(rect) else { return }
    frame.fill(rect, role: .normal)
    frame.box(rect, title: card.title, focused: true)
    let inner = rect.inner
    guard inner.width > 2, inner.height > 0 else { return }
    let (wrapped, rows, first) = (card.lines, card.rows, review.scroll)
    // The review's keys, the most needed first, as many as fit, and always how to get the help.
    let help = KeyMap.normal.hint(.help)
    let keys = DisplayWidth.hints(
      Dashboard.reviewHintOrder.map { KeyMap.review.hint($0) }.map { "\($0.key) \($0.word)" },
      keeping: "\(help.key) \(help.word)", in: inner.width - 2)
    for (k, line) in wrapped.dropFirst(first).prefix(max(0, rows)).enumerated() {
      frame.put(line.0, x: inner.x + 1, y: inner.y + k, role: line.1, limit: inner.width - 2)
    }
    if wrapped.count > rows, rows > 0 {
      // How far down the card is, on the border, as in the help.
      let more = "\(first + 1)-\(min(wrapped.count, first + rows))/\(wrapped.count) PgDn"
      frame.put(
        " \(more) ", x: rect.x + rect.width - DisplayWidth.of(more) - 4, y: rect.y + rect.height - 1, role: .dim)
    }
    frame.put(keys, x: inner.x + 1, y: inner.y + inner.height - 1, role: .dim, limit: inner.width - 2)
  }
}

extension Dashboard {
  /// The review card's key hints, the most needed first: a narrow card drops from the end.
  static let reviewHintOrder: [ReviewAction] = [.deposit, .skip, .plan, .snooze, .end, .back]
}
