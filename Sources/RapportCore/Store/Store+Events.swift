import Foundation

extension Store {
  /// Records an event: appends its line to `events.txt` and returns once it is on disk. A touch
  /// (a deposit or a favour) is the planned one, if the account had one planned: the plan is
  /// then cleared from `accounts.txt`.
  @discardableResult
  public func record(_ draft: EventDraft) throws -> Event {
    return try writing {
      guard ledger.accountIndex(draft.account) != nil else {
        throw StoreError.invalid("unknown account '\(draft.account)'")
      }
      if let contact = draft.contact, ledger.contactIndex("\(draft.account)/\(contact)") == nil {
        throw StoreError.invalid("unknown contact '\(draft.account)/\(contact)'")
      }
      if !draft.kind.isEmpty, !EventLog.isKind(draft.kind) {
        throw StoreError.refused(.notAKind(draft.kind))
      }
      if let problem = TextSafety.problem(in: draft) { throw StoreError.refused(.controlCharacter(problem)) }
      let line = EventLog.line(for: draft, id: ledger.log.freshID())
      // Parse the line on its own first, with the real lookup tables: nothing invalid reaches the file.
      var probe = EventLog(bytes: [])
      if case .failure(let diagnostic) = probe.append(
        line: Array(line.utf8), context: ledger.lineContext)
      {
        throw StoreError.invalid(diagnostic.reason)
      }
      let index = try append(line)
      let event = ledger.event(index)
      clearPlan(for: event)
      return event
    }
  }

  /// Voids an event by appending a `void` line; the event stays in the file.
  public func void(eventID: String, on day: Day, reason: String = "") throws {
    try writing {
      guard let index = ledger.eventIndex(id: eventID) else {
        throw StoreError.invalid("no event has the id '\(eventID)'")
      }
      guard !ledger.event(index).voided else {
        throw StoreError.invalid("event '\(eventID)' is already void")
      }
      if let problem = TextSafety.problem(in: reason, field: "the reason") {
        throw StoreError.refused(.controlCharacter(problem))
      }
      _ = try append(EventLog.markLine(.void, eventID, on: day, reason: reason))
    }
  }

  /// Takes back the last live event by voiding it with the reason "undo"; nil when there is
  /// none.
  public func undo(on day: Day) throws -> Event? {
    return try writing {
      guard let index = ledger.undoableEvent else { return nil }
      let id = ledger.event(index).id
      _ = try append(EventLog.markLine(.undo, id, on: day))
      let event = ledger.event(index)
      // The plan the touch had fulfilled is due again.
      if let cleared = clearedPlans.removeValue(forKey: id), let account = ledger.accountIndex(event.account),
        ledger.accounts[account].plan == nil
      {
        var planned = ledger.accounts[account]
        planned.plan = cleared.day
        planned.planNote = cleared.note
        try? update(planned)
      }
      return event
    }
  }

  /// Brings back the event most recently undone with a `restore` line; nil when there is none.
  public func redo(on day: Day) throws -> Event? {
    return try writing {
      guard let index = ledger.redoableEvent else { return nil }
      let id = ledger.event(index).id
      _ = try append(EventLog.markLine(.restore, id, on: day, reason: "redo"))
      let event = ledger.event(index)
      clearPlan(for: event)
      return event
    }
  }

  /// A touch (a deposit or a favour) is the planned one, if the account had one planned: the
  /// plan is cleared from `accounts.txt`, and kept in memory for an undo.
  private func clearPlan(for event: Event) {
    guard event.type.isTouch, let account = ledger.accountIndex(event.account), let plan = ledger.accounts[account].plan
    else { return }
    var done = ledger.accounts[account]
    let note = done.planNote
    done.plan = nil
    done.planNote = ""
    // The event is on disk either way; a plan left behind only shows as due.
    if (try? update(done)) != nil { clearedPlans[event.id] = (plan, note) }
  }

}
