import Foundation

extension Store {
  /// Records an event: appends its line to `events.txt` and returns once it is on disk. A touch
  /// (a deposit or a favour) is the planned one, if the account had one planned: the plan is
  /// then cleared from `accounts.txt`.
  @discardableResult
  public func record(_ draft: EventDraft) throws -> Event {
    return try writing {
      let index = try append(checkedLine(for: draft, id: ledger.log.freshID()))
      let event = ledger.event(index)
      clearPlan(for: event)
      return event
    }
  }

  /// Corrects an event: in one write, records `draft` as a new event and voids the event
  /// `eventID` with the reason `corrected by NEWID`; both lines stay in the file. Undo takes
  /// back both. Returns the event voided and the event recorded.
  @discardableResult
  public func correct(eventID: String, with draft: EventDraft, on day: Day) throws -> (voided: Event, recorded: Event) {
    return try writing {
      guard let old = ledger.eventIndex(id: eventID) else {
        throw StoreError.invalid("no event has the id '\(eventID)'")
      }
      guard !ledger.event(old).voided else { throw alreadyVoid(eventID, at: old) }
      let newID = ledger.log.freshID()
      let line = try checkedLine(for: draft, id: newID)
      let outcomes = try append(lines: [line, EventLog.correctionLine(eventID, by: newID, on: day, author: author)])
      guard case .recorded(let new) = outcomes[0] else { throw StoreError.invalid("the correction was not recorded") }
      return (ledger.event(old), ledger.event(new))
    }
  }

  /// The line that records `draft` with the id `id`, once checked: its target exists and is not
  /// archived, its kind is a kind, its text has no control characters, and it parses with the
  /// store's tables. Lines written together share one `probe`, so they are checked against
  /// each other too (no id twice).
  func checkedLine(for draft: EventDraft, id: String) throws -> String {
    var probe = EventLog(bytes: [])
    return try checkedLine(for: draft, id: id, probe: &probe)
  }

  func checkedLine(for draft: EventDraft, id: String, probe: inout EventLog) throws -> String {
    guard ledger.accountIndex(draft.account) != nil else {
      throw StoreError.invalid("unknown account '\(draft.account)'")
    }
    if let contact = draft.contact, ledger.contactIndex("\(draft.account)/\(contact)") == nil {
      throw StoreError.invalid("unknown contact '\(draft.account)/\(contact)'")
    }
    try refuseArchived(account: draft.account, contact: draft.contact)
    if !draft.kind.isEmpty, !EventLog.isKind(draft.kind) {
      throw StoreError.refused(.notAKind(draft.kind))
    }
    if let problem = TextSafety.problem(in: draft) { throw StoreError.refused(.controlCharacter(problem)) }
    let line = EventLog.line(for: draft, id: id, author: author)
    // Parse the line first, with the real lookup tables: nothing invalid reaches the file.
    if case .failure(let diagnostic) = probe.append(line: Array(line.utf8), context: ledger.lineContext) {
      throw StoreError.invalid(diagnostic.reason)
    }
    return line
  }

  /// Voids an event by appending a `void` line; the event stays in the file.
  public func void(eventID: String, on day: Day, reason: String = "") throws {
    try writing {
      guard let index = ledger.eventIndex(id: eventID) else {
        throw StoreError.invalid("no event has the id '\(eventID)'")
      }
      guard !ledger.event(index).voided else { throw alreadyVoid(eventID, at: index) }
      if let problem = TextSafety.problem(in: reason, field: "the reason") {
        throw StoreError.refused(.controlCharacter(problem))
      }
      _ = try append(EventLog.markLine(.void, eventID, on: day, reason: reason, author: author))
    }
  }

  /// Takes back the last event recorded, by voiding it with the reason "undo", when undo's
  /// next action (see `undoAction`) records an event; nil otherwise, and nothing is written.
  public func undo(on day: Day) throws -> Event? {
    return try writing {
      guard ledger.undoableAction(by: author)?.event != nil else { return nil }
      return try undoAction(on: day)?.event
    }
  }

  /// Brings back the event most recently undone, when redo's next action (see `redoAction`)
  /// brings back an event; nil otherwise, and nothing is written.
  public func redo(on day: Day) throws -> Event? {
    return try writing {
      guard ledger.redoableAction(by: author)?.event != nil else { return nil }
      return try redoAction(on: day)?.event
    }
  }

  /// Takes back the last action of the store's author (see `Ledger.undoableAction(by:)`), in one
  /// write: an event recorded
  /// is voided with the reason "undo", a promise made too; a correction has its new event voided
  /// and the old one restored, both with the reason "undo"; an event voided is restored with the
  /// reason "undo"; a promise kept or missed has its
  /// event voided and `reopened ID "undo"` written, a promise dropped the `reopened` line.
  /// Nil when there is nothing to undo.
  public func undoAction(on day: Day) throws -> StoreAction? {
    return try writing {
      switch ledger.undoableAction(by: author) {
      case nil: return nil
      case .event(let index):
        let id = ledger.event(index).id
        _ = try append(EventLog.markLine(.undo, id, on: day, author: author))
        let event = ledger.event(index)
        restorePlan(clearedBy: event)
        return .event(event)
      case .corrected(let old, let new):
        try append(lines: [
          EventLog.markLine(.undo, ledger.event(new).id, on: day, author: author),
          EventLog.markLine(.restore, ledger.event(old).id, on: day, reason: "undo", author: author),
        ])
        return .corrected(old: ledger.event(old), new: ledger.event(new))
      case .voided(let index):
        _ = try append(EventLog.markLine(.restore, ledger.event(index).id, on: day, reason: "undo", author: author))
        return .voided(ledger.event(index))
      case .promiseMade(let index):
        _ = try append(EventLog.markLine(.undo, ledger.promise(at: index).id, on: day, author: author))
        return .promiseMade(ledger.promise(at: index))
      case .promiseClosed(let index, let eventIndex):
        let promise = ledger.promise(at: index)
        var lines = eventIndex.map { [EventLog.markLine(.undo, ledger.event($0).id, on: day, author: author)] } ?? []
        lines.append(EventLog.promiseMarkLine(.reopened, promise.id, on: day, note: "undo", author: author))
        try append(lines: lines)
        let event = eventIndex.map { ledger.event($0) }
        if let event { restorePlan(clearedBy: event) }
        return .promiseClosed(ledger.promise(at: index), status: promise.status, event: event)
      }
    }
  }

  /// Brings back the action most recently undone (see `Ledger.redoableAction`), in one write:
  /// `restore ID "redo"` for an event or a promise, and for a promise that was closed its event
  /// restored and the closing line written again with the note "redo". Nil when there is nothing
  /// to redo.
  public func redoAction(on day: Day) throws -> StoreAction? {
    return try writing {
      switch ledger.redoableAction(by: author) {
      case nil: return nil
      case .event(let index):
        _ = try append(EventLog.markLine(.restore, ledger.event(index).id, on: day, reason: "redo", author: author))
        let event = ledger.event(index)
        clearPlan(for: event)
        return .event(event)
      case .corrected(let old, let new):
        let newID = ledger.event(new).id
        try append(lines: [
          EventLog.markLine(.restore, newID, on: day, reason: "redo", author: author),
          EventLog.correctionLine(ledger.event(old).id, by: newID, on: day, author: author),
        ])
        return .corrected(old: ledger.event(old), new: ledger.event(new))
      case .voided(let index):
        _ = try append(EventLog.markLine(.void, ledger.event(index).id, on: day, reason: "redo", author: author))
        return .voided(ledger.event(index))
      case .promiseMade(let index):
        _ = try append(
          EventLog.markLine(.restore, ledger.promise(at: index).id, on: day, reason: "redo", author: author))
        return .promiseMade(ledger.promise(at: index))
      case .promiseClosed(let index, let eventIndex):
        guard let close = ledger.lastClose(ofPromise: index) else { return nil }
        var lines =
          eventIndex.map { [EventLog.markLine(.restore, ledger.event($0).id, on: day, reason: "redo", author: author)] }
          ?? []
        lines.append(
          EventLog.promiseMarkLine(close.action, ledger.promise(at: index).id, on: day, note: "redo", author: author))
        try append(lines: lines)
        let event = eventIndex.map { ledger.event($0) }
        if let event { clearPlan(for: event) }
        let promise = ledger.promise(at: index)
        return .promiseClosed(promise, status: promise.status, event: event)
      }
    }
  }

  /// The plan that the touch `event` had fulfilled is due again.
  private func restorePlan(clearedBy event: Event) {
    if let cleared = clearedPlans.removeValue(forKey: event.id), let account = ledger.accountIndex(event.account),
      ledger.accounts[account].plan == nil
    {
      var planned = ledger.accounts[account]
      planned.plan = cleared.day
      planned.planNote = cleared.note
      try? update(planned)
    }
  }

  /// A touch (a deposit or a favour) is the planned one, if the account had one planned: the
  /// plan is cleared from `accounts.txt`, and kept in memory for an undo.
  func clearPlan(for event: Event) {
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

/// What undo took back or redo brought back.
public enum StoreAction: Hashable, Sendable {
  case event(Event)
  case promiseMade(Promise)
  /// A promise's closing, as the promise now stands: `status` is how it was closed (kept,
  /// missed or dropped), `event` the event that went with it.
  case promiseClosed(Promise, status: PromiseStatus, event: Event?)
  /// A correction: the event `old` voided and `new` recorded in its place (as they now stand).
  case corrected(old: Event, new: Event)
  /// An event voided, as it now stands.
  case voided(Event)

  /// The event undone or redone, if any: for a correction, the new event.
  public var event: Event? {
    switch self {
    case .event(let event): return event
    case .corrected(_, let new): return new
    case .promiseClosed(_, _, let event): return event
    case .promiseMade, .voided: return nil
    }
  }
}

extension Store {
  /// The refusal to void or correct an event already void, naming the correction that replaced
  /// it, if one did.
  func alreadyVoid(_ eventID: String, at index: Int) -> StoreError {
    let by = ledger.correctingEvent(of: index).map { "; it was corrected by '\(ledger.event($0, noteLimit: 0).id)'" }
    return StoreError.invalid("event '\(eventID)' is already void" + (by ?? ""))
  }
}
