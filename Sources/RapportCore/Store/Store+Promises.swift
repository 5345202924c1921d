import Foundation

extension Store {
  /// The weight of the deposit that keeps a promise, and of the withdrawal that marks it missed.
  public static let promiseKeptWeight = Weight(2)
  public static let promiseMissedWeight = Weight(-3)

  /// Makes a promise: appends its `promise` line to `events.txt` and returns once it is on
  /// disk. Refuses an unknown target, an empty what, a due day before today, and control
  /// characters.
  @discardableResult
  public func promise(_ draft: PromiseDraft) throws -> Promise {
    return try writing {
      guard ledger.accountIndex(draft.account) != nil else {
        throw StoreError.invalid("unknown account '\(draft.account)'")
      }
      if let contact = draft.contact, ledger.contactIndex("\(draft.account)/\(contact)") == nil {
        throw StoreError.invalid("unknown contact '\(draft.account)/\(contact)'")
      }
      try refuseArchived(account: draft.account, contact: draft.contact)
      guard !draft.what.allSatisfy(\.isWhitespace) else {
        throw StoreError.invalid("say what was promised, such as \"send the benchmark\"")
      }
      guard draft.due >= today else {
        throw StoreError.invalid("a new promise is due today or later: \(draft.due) is before \(today)")
      }
      if let by = draft.by, by.allSatisfy(\.isWhitespace) {
        throw StoreError.invalid("who made the promise is empty: name them, or leave it out")
      }
      if let problem = TextSafety.problem(in: draft.what, field: "what was promised")
        ?? draft.by.flatMap({ TextSafety.problem(in: $0, field: "who made it") })
      {
        throw StoreError.refused(.controlCharacter(problem))
      }
      var draft = draft
      if draft.by == nil { draft.by = author?.name }
      let line = EventLog.line(for: draft, id: ledger.log.freshID())
      // Parsed on its own first, with the real lookup tables: nothing invalid reaches the file.
      try probe(line)
      let index = try append(line)
      return ledger.promise(at: index)
    }
  }

  /// Keeps a promise: in one write, a `promise-kept` deposit linked to it (`promise:ID`) and
  /// the `kept` line. The deposit is a touch: it clears the account's planned touch.
  @discardableResult
  public func keep(_ id: String, on day: Day, note: String = "") throws -> Promise {
    try close(id, .kept, on: day, reason: note)
  }

  /// Marks a promise missed: in one write, a `missed-promise` withdrawal linked to it and the
  /// `missed` line.
  @discardableResult
  public func miss(_ id: String, on day: Day, note: String = "") throws -> Promise {
    try close(id, .missed, on: day, reason: note)
  }

  /// Drops a promise that no longer needs keeping: a `dropped` line with the reason.
  @discardableResult
  public func drop(_ id: String, on day: Day, reason: String = "") throws -> Promise {
    try close(id, .dropped, on: day, reason: reason)
  }

  private func close(_ id: String, _ action: PromiseMark.Action, on day: Day, reason: String = "") throws -> Promise {
    return try writing {
      guard let index = ledger.promiseIndex(id: id), !ledger.promiseIsVoided(index) else {
        throw StoreError.invalid("no promise has the id '\(id)': 'rapport promises --all' lists them")
      }
      let promise = ledger.promise(at: index)
      if let closed = promise.closed {
        throw StoreError.invalid("the promise '\(id)' was \(promise.status.rawValue) on \(closed)")
      }
      if let problem = TextSafety.problem(in: reason, field: action == .dropped ? "the reason" : "the note") {
        throw StoreError.refused(.controlCharacter(problem))
      }
      var lines: [String] = []
      if action != .dropped {
        let kept = action == .kept
        let draft = EventDraft(
          day: day, account: promise.account, contact: promise.contact, type: kept ? .deposit : .withdrawal,
          kind: kept ? "promise-kept" : "missed-promise",
          weight: kept ? Store.promiseKeptWeight : Store.promiseMissedWeight,
          note: "\(kept ? "Kept" : "Missed"): \(promise.what)")
        let eventID = ledger.log.freshID()
        // Probed without the link, which a log of its own does not know.
        try probe(EventLog.line(for: draft, id: eventID, author: author))
        lines.append(EventLog.line(for: draft, id: eventID, promise: id, author: author))
      }
      lines.append(EventLog.promiseMarkLine(action, id, on: day, note: reason, author: author))
      let outcomes = try append(lines: lines)
      if case .recorded(let event) = outcomes.first { clearPlan(for: ledger.event(event)) }
      return ledger.promise(at: index)
    }
  }

  /// Parses a line on its own with the real lookup tables, so that nothing invalid reaches the
  /// file.
  private func probe(_ line: String) throws {
    var probe = EventLog(bytes: [])
    if case .failure(let diagnostic) = probe.append(line: Array(line.utf8), context: ledger.lineContext) {
      throw StoreError.invalid(diagnostic.reason)
    }
  }
}
