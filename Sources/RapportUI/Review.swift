import RapportCore

/// A walk through the accounts that need attention, worst first: one at a time, with the reasons
/// and ideas, and a decision for each (a deposit, a planned touch, a snooze, or skip).
struct Review: Equatable {
  /// Account ids in the order the review began with.
  var queue: [String]
  var position = 0
  /// What was done per account id, for the summary at the end.
  var done: [String: String] = [:]
  /// The card's first line shown, when it is taller than the pane.
  var scroll = 0

  var current: String? { queue.indices.contains(position) ? queue[position] : nil }
}

extension Dashboard {
  /// `r`: starts a review of the accounts with a planned touch due, then those cooling or worse
  /// that are neither snoozed nor planned for later.
  func startReview() {
    let queue = ledger.inReviewOrder(Array(ledger.accounts.indices), reports: drift, on: today).filter { index in
      switch ledger.accounts[index].decision(on: today) {
      case .due: return true
      case .open: return drift[index].status >= .cooling
      case .parked: return false
      }
    }.map { ledger.accounts[$0].id }
    guard !queue.isEmpty else {
      message = "Nobody needs attention: every account is healthy, planned or snoozed"
      return
    }
    filterText = ""
    tierFilter = nil
    review = Review(queue: queue)
    focus = .accounts
    showReviewedAccount()
  }

  /// Keys during a review; false when the key is not one of the review's. j, k and the arrows
  /// step through the queue from the accounts pane, and scroll the other panes as usual.
  func reviewKey(_ key: Key) -> Bool {
    guard var review else { return false }
    let onCard = focus == .accounts
    switch key {
    case .character("d"): openRecordForm(.deposit)
    case .character("p"): openPlanForm()
    case .character("z"): openSnoozeForm()
    case .character("n"), .character(" "),
      .character("j") where onCard, .down where onCard:
      if let id = review.current, review.done[id] == nil { review.done[id] = "skipped" }
      review.position += 1
      self.review = review
      showReviewedAccount()
    case .character("k") where onCard, .up where onCard:
      guard review.position > 0 else {
        message = "This is the first account of the review"
        return true
      }
      review.position -= 1
      self.review = review
      showReviewedAccount()
    case .character("q"), .escape: endReview()
    case .pageDown where onCard, .pageUp where onCard:
      review.scroll = max(0, review.scroll + (key == .pageDown ? 5 : -5))  // clamped when drawn
      self.review = review
    default:
      // What would change the accounts list under the card waits for the end of the review.
      let action = KeyMap.action(for: key)
      let listKeys: [Action] = [.filter, .sort, .tier, .top, .bottom]
      guard let action, listKeys.contains(action), onCard || [.filter, .sort, .tier].contains(action) else {
        return false
      }
      message = "During the review: n next, k back, d deposit, p plan, z snooze, q ends it"
    }
    return true
  }

  /// Brings the account under review back into the panes after a key that selected another.
  func keepReviewedAccountShown() {
    guard let id = review?.current, selectedAccount.map({ ledger.accounts[$0].id }) != id else { return }
    select(id)
  }

  /// Notes what was done with the account under review and moves on to the next.
  func reviewed(_ id: String, _ what: String, advance: Bool) {
    guard var review, review.current == id else { return }
    review.done[id] = what
    if advance { review.position += 1 }
    self.review = review
    showReviewedAccount()
  }

  /// Selects the account under review, or ends the review after the last.
  private func showReviewedAccount() {
    guard var review else { return }
    review.scroll = 0
    self.review = review
    guard let id = review.current else {
      endReview()
      return
    }
    select(id)
  }

  private func endReview() {
    guard let review else { return }
    self.review = nil
    var counts: [String: Int] = [:]
    for what in review.done.values {
      counts[what.split(separator: " ").first.map(String.init) ?? what, default: 0] += 1
    }
    let parts = ["deposit", "planned", "snoozed", "skipped"].compactMap { word in
      counts[word].map { "\($0) \(word)" }
    }
    let seen = review.done.count
    message =
      "Review ended: \(seen) of \(review.queue.count) looked at"
      + (parts.isEmpty ? "" : "; " + parts.joined(separator: ", "))
  }

  // MARK: Plan and snooze

  private func openPlanForm() {
    guard let index = selectedAccount, canWrite() else { return }
    let account = ledger.accounts[index]
    form = Form(
      title: "Plan the next touch · \(account.name)", purpose: .plan(account),
      fields: [
        FormField("Date", text: account.plan.flatMap { $0 > today ? $0.description : nil } ?? "+7d"),
        FormField("Note", text: account.planNote),
      ])
  }

  private func openSnoozeForm() {
    guard let index = selectedAccount, canWrite() else { return }
    let account = ledger.accounts[index]
    form = Form(
      title: "Snooze · \(account.name)", purpose: .snooze(account),
      fields: [FormField("Until", text: "+30d"), FormField("Reason", text: account.snoozeReason)])
  }

  /// Saves a plan or a snooze on the account; returns the problem, if any, and the field.
  func submitPlanOrSnooze(_ form: inout Form) -> Bool {
    let planning: Bool
    var account: Account
    switch form.purpose {
    case .plan(let original):
      planning = true
      account = original
    case .snooze(let original):
      planning = false
      account = original
    default: return false
    }
    let original = account
    let dateField = planning ? "Date" : "Until"
    let day: Day
    do {
      guard let parsed = try laterDay(form[dateField].string), parsed >= today else {
        form.refuse("Give a day from today on: tomorrow, +7d or YYYY-MM-DD", at: dateField)
        return false
      }
      day = parsed
    } catch {
      form.refuse("'\(form[dateField].string)' is not a day: write tomorrow, +7d or YYYY-MM-DD", at: dateField)
      return false
    }
    let text = form[planning ? "Note" : "Reason"].string.trimmingCharacters(in: .whitespaces)
    // The newer decision replaces the older one.
    if planning {
      account.plan = day
      account.planNote = text
      account.snoozedUntil = nil
      account.snoozeReason = ""
    } else {
      guard !text.isEmpty else {
        form.refuse("Say why, so that it makes sense when it comes back", at: "Reason")
        return false
      }
      account.snoozedUntil = day
      account.snoozeReason = text
      account.plan = nil
      account.planNote = ""
    }
    do {
      try store.update(account, from: original)
    } catch {
      form.refuse("Nothing was saved: \(error)")
      return false
    }
    self.form = nil
    message =
      planning
      ? "Planned for \(day): \(account.name)" + (text.isEmpty ? "" : " (\(text))")
      : "Snoozed until \(day): \(account.name) (\(text))"
    storeChanged(select: account.id, contact: nil)
    reviewed(account.id, planning ? "planned" : "snoozed", advance: true)
    return true
  }
}

extension Dashboard {
  /// The review's panel, over the accounts pane: the account under review, why it needs
  /// attention, what its people suggest, and the keys. The contacts pane and the timeline
  /// beside it show the same account.
  func drawReview(_ frame: inout Frame, _ rect: Rect) {
    guard let review, let id = review.current, let index = ledger.accountIndex(id) else { return }
    let account = ledger.accounts[index]
    let report = drift[index]
    let totals = ledger.totals(account: index)
    frame.fill(rect, role: .normal)
    frame.box(rect, title: "Review \(review.position + 1) of \(review.queue.count) · \(account.name)", focused: true)
    let inner = rect.inner
    guard inner.width > 2, inner.height > 0 else { return }

    var lines: [(String, StyleRole)] = []
    let equity = Weight.format(hundredths: totals.balanceHundredths, signed: false)
    lines.append(
      (
        "\(report.status.word) · tier \(account.tier.rawValue) · equity \(equity) · decayed \(amount(report.decayed))",
        report.status >= .drifting ? .danger : .warning
      ))
    if let done = review.done[id] { lines.append(("Done in this review: \(done)", .positive)) }
    if let parked = account.parkedNote(on: today) { lines.append((parked, .accent)) }
    lines.append(("", .normal))
    if account.decision(on: today) == .due, let plan = account.plan {
      lines.append(
        ("- The touch planned for \(plan) is due" + (account.planNote.isEmpty ? "" : ": \(account.planNote)"), .danger))
    }
    for reason in report.reasons { lines.append(("- " + reason.description, .normal)) }
    for note in report.people { lines.append(("· " + note.description, .normal)) }
    let ideas = ledger.contacts(ofAccount: index).map { ledger.contacts[$0] }.filter {
      !$0.help.isEmpty || !$0.nextJob.isEmpty
    }
    if !ideas.isEmpty {
      lines.append(("", .normal))
      lines.append(("Deposit ideas", .overlayTitle))
      for contact in ideas {
        var idea = contact.name + ":"
        if !contact.help.isEmpty { idea += " \(contact.help)." }
        if !contact.nextJob.isEmpty { idea += " Wants next: \(contact.nextJob)." }
        lines.append(("  " + idea, .normal))
      }
    }
    var wrapped: [(String, StyleRole)] = []
    // Long lines wrap under their first word, past the "- " or "· ".
    for (text, role) in lines {
      let hanging = text.hasPrefix("- ") || text.hasPrefix("· ") || text.hasPrefix("  ") ? "  " : ""
      let cut = wrap(text, width: inner.width - 2 - hanging.count, maxLines: Dashboard.longestField)
      for (n, line) in cut.lines.enumerated() {
        wrapped.append((n == 0 ? line : hanging + line, role))
      }
      if cut.isCut { wrapped.append((hanging + Dashboard.cutMark, .dim)) }
    }
    let keys = "d deposit · p plan · z snooze · n next · k back · q end"
    let rows = inner.height - 1
    let first = max(0, min(review.scroll, wrapped.count - rows))
    self.review?.scroll = first
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
