import RapportCore

/// A walk through the accounts that need attention, worst first: one at a time, with the reasons
/// and ideas, and a decision for each (a deposit, a planned touch, a snooze, or skip).
struct Review: Equatable {
  /// Account ids in the order the review began with.
  var queue: [String]
  var position = 0 { didSet { furthest = max(furthest, position) } }
  /// The furthest position shown: every account up to it was looked at.
  var furthest = 0
  /// What was done per account id, for the summary at the end.
  var done: [String: ReviewOutcome] = [:]
  /// The card's first line shown, when it is taller than the pane.
  var scroll = 0

  var current: String? { queue.indices.contains(position) ? queue[position] : nil }
}

/// What the review did with an account, in the order the summary counts them.
enum ReviewOutcome: String, CaseIterable {
  case deposit, keptPromise, missedPromise, droppedPromise, planned, snoozed, skipped

  /// What the card says was done: "deposit", "kept a promise".
  var words: String {
    switch self {
    case .keptPromise: return "kept a promise"
    case .missedPromise: return "missed a promise"
    case .droppedPromise: return "dropped a promise"
    default: return rawValue
    }
  }

  /// How the summary at the end counts it: "1 deposit", "2 promises kept", "1 skipped".
  func counted(_ count: Int) -> String {
    switch self {
    case .keptPromise: return plural(count, "promise") + " kept"
    case .missedPromise: return plural(count, "promise") + " missed"
    case .droppedPromise: return plural(count, "promise") + " dropped"
    default: return "\(count) \(rawValue)"
    }
  }
}

extension Dashboard {
  /// `r`: starts a review of the accounts with a planned touch due, then those cooling or worse
  /// that are neither snoozed nor planned for later.
  func startReview() {
    let open = ledger.accountIndices(ownedBy: ownerChoice.name, includingArchived: false)
    let queue = ledger.inReviewOrder(open, reports: drift, on: today).filter { index in
      switch ledger.accounts[index].decision(on: today) {
      case .due: return true
      case .open: return drift[index].status >= .cooling
      case .parked: return false
      }
    }.map { ledger.accounts[$0].id }
    guard !queue.isEmpty else {
      message =
        "Nobody needs attention: every account is healthy, planned or snoozed"
        + (ownerChoice == .everyone ? "" : " among \(ownerChoice.accounts)")
      return
    }
    filterText = ""
    tierFilter = nil
    beginReview(Review(queue: queue))
    focus = .accounts
    showReviewedAccount()
  }

  /// Keys during a review, from its table; false when the key is not one of the review's, and
  /// goes on to the normal keys. j, k, the arrows and the pages step through the queue from the
  /// accounts pane, and scroll the other panes as usual.
  func reviewKey(_ key: Key) -> Bool {
    guard var review, let action = KeyMap.review.action(for: key) else { return false }
    let onCard = focus == .accounts
    switch action {
    case .deposit: openRecordForm(.deposit)
    case .plan: openPlanForm()
    case .snooze: openSnoozeForm()
    case .skip, .next:
      guard action == .skip || onCard else { return false }
      if let id = review.current, review.done[id] == nil { review.done[id] = .skipped }
      review.position += 1
      setReview(review)
      showReviewedAccount()
    case .back:
      guard onCard else { return false }
      guard review.position > 0 else {
        message = "This is the first account of the review"
        return true
      }
      review.position -= 1
      setReview(review)
      showReviewedAccount()
    case .end: endReview()
    case .scrollDown, .scrollUp:
      guard onCard else { return false }
      review.scroll = max(0, review.scroll + (action == .scrollDown ? 5 : -5))  // clamped in the update step
      setReview(review)
    case .held, .heldOnCard:
      // What would change the accounts list under the card waits for the end of the review.
      guard action == .held || onCard else { return false }
      let table = KeyMap.review
      let steps = [ReviewAction.skip, .back, .deposit, .plan, .snooze].map { table.hint($0) }
      message =
        "During the review: " + steps.map { "\($0.key) \($0.word)" }.joined(separator: ", ")
        + ", \(table.label(.end)) ends it"
    }
    return true
  }

  /// Brings the account under review back into the panes after a key that selected another.
  func keepReviewedAccountShown() {
    guard let id = review?.current, selectedAccount.map({ ledger.accounts[$0].id }) != id else { return }
    select(id)
  }

  /// Notes what was done with the account under review and moves on to the next.
  func reviewed(_ id: String, _ what: ReviewOutcome, advance: Bool) {
    guard var review, review.current == id else { return }
    review.done[id] = what
    if advance { review.position += 1 }
    setReview(review)
    showReviewedAccount()
  }

  /// Selects the account under review, or ends the review after the last.
  private func showReviewedAccount() {
    guard var review else { return }
    review.scroll = 0
    setReview(review)
    guard let id = review.current else {
      endReview()
      return
    }
    select(id)
  }

  private func endReview() {
    guard let review else { return }
    leaveReview()
    var counts: [ReviewOutcome: Int] = [:]
    for what in review.done.values { counts[what, default: 0] += 1 }
    let parts = ReviewOutcome.allCases.compactMap { outcome in
      counts[outcome].map(outcome.counted)
    }
    // Looked at: every account whose card was shown, decided or not.
    let seen = Set(review.done.keys).union(review.queue.prefix(review.furthest + 1)).count
    message =
      "Review ended: \(seen) of \(review.queue.count) looked at"
      + (parts.isEmpty ? ", nothing decided" : "; " + parts.joined(separator: ", "))
  }

  // MARK: Plan and snooze

  private func openPlanForm() {
    guard let index = selectedAccount, canWrite() else { return }
    let account = ledger.accounts[index]
    openForm(
      Form(
        title: "Plan the next touch · \(account.name)", purpose: .plan(account),
        fields: [
          FormField(.date, text: account.plan.flatMap { $0 > today ? $0.description : nil } ?? "+7d"),
          FormField(.note, text: account.planNote),
        ]))
  }

  private func openSnoozeForm() {
    guard let index = selectedAccount, canWrite() else { return }
    let account = ledger.accounts[index]
    openForm(
      Form(
        title: "Snooze · \(account.name)", purpose: .snooze(account),
        fields: [FormField(.until, text: "+30d"), FormField(.reason, text: account.snoozeReason)]))
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
    let dateField: FieldKey = planning ? .date : .until
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
    let text = form[planning ? .note : .reason].string.trimmingCharacters(in: .whitespaces)
    // The newer decision replaces the older one.
    if planning {
      account.plan = day
      account.planNote = text
      account.snoozedUntil = nil
      account.snoozeReason = ""
    } else {
      guard !text.isEmpty else {
        form.refuse("Say why, so that it makes sense when it comes back", at: .reason)
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
    closeForm()
    message =
      planning
      ? "Planned for \(day): \(account.name)" + (text.isEmpty ? "" : " (\(text))")
      : "Snoozed until \(day): \(account.name) (\(text))"
    storeChanged(select: account.id, contact: nil)
    reviewed(account.id, planning ? .planned : .snoozed, advance: true)
    return true
  }
}
