/// Something done in the events file that undo can take back or redo bring back.
public enum LedgerAction: Hashable, Sendable {
  /// An event recorded, at this position.
  case event(Int)
  /// A promise made, at this position.
  case promiseMade(Int)
  /// The promise at `promise` closed: kept or missed along with the event at `event`, or dropped
  /// (no event).
  case promiseClosed(promise: Int, event: Int?)
  /// The event at `old` voided and the event at `new` recorded in its place, in one write.
  case corrected(old: Int, new: Int)
  /// The event at this position voided (a plain `void`, not an undo or a correction).
  case voided(Int)

  /// The event the action recorded, if any.
  public var event: Int? {
    switch self {
    case .event(let index): return index
    case .corrected(_, let new): return new
    case .promiseClosed(_, let event): return event
    case .promiseMade, .voided: return nil
    }
  }
}

extension Ledger {
  /// What undo takes back: the latest line still in effect among the live events, the live
  /// promises, and the lines that closed a promise that is still closed. A kept or missed
  /// promise is taken back with its event.
  public var undoableAction: LedgerAction? {
    var best: (line: Int32, action: LedgerAction)?
    func consider(_ line: Int32, _ action: LedgerAction) {
      if best.map({ line > $0.line }) ?? true { best = (line, action) }
    }
    if let index = log.entries.lastIndex(where: { !$0.voided }) {
      consider(
        log.entries[index].line, correctedEvent(by: index).map { .corrected(old: $0, new: index) } ?? .event(index))
    }
    let book = log.promises
    // The last plain void of an event, while it is that event's last mark.
    if let mark = log.marks.last(where: { $0.action == .void }), book.links[mark.event] == nil,
      log.marks.last(where: { $0.event == mark.event })?.line == mark.line
    {
      consider(mark.line, .voided(Int(mark.event)))
    }
    for (index, entry) in book.entries.enumerated() where !entry.voided {
      consider(entry.line, .promiseMade(index))
      if entry.status != .open, let closeLine = entry.closeLine {
        let event =
          entry.status == .dropped
          ? nil : book.linkedEvents(of: index).last { !log.entries[Int($0)].voided }.map(Int.init)
        consider(closeLine, .promiseClosed(promise: index, event: event))
      }
    }
    return best?.action
  }

  /// What redo brings back: the action most recently undone and not yet redone, as long as
  /// nothing new was recorded, made or closed, and nothing else voided or reopened, since. Read
  /// from the lines written by undo (`void ID "undo"`, `reopened ID "undo"`) and by redo
  /// (`restore`, and a closing line with the note "redo"), so it survives a restart.
  public var redoableAction: LedgerAction? {
    let book = log.promises
    var lastNew = log.entries.last?.line ?? 0
    if let promise = book.entries.last { lastNew = max(lastNew, promise.line) }
    if let close = book.marks.last(where: { $0.action.closedStatus != nil && $0.note != "redo" }) {
      lastNew = max(lastNew, close.line)
    }
    enum Step {
      case event(Mark)
      case promise(PromiseMark)
      var line: Int32 {
        switch self {
        case .event(let mark): return mark.line
        case .promise(let mark): return mark.line
        }
      }
    }
    typealias Mark = EventLog.Mark
    let eventMarks = log.marks.reversed().prefix { $0.line > lastNew }.reversed().map(Step.event)
    let promiseMarks = book.marks.reversed().prefix { $0.line > lastNew }.reversed().map(Step.promise)
    var undone: [LedgerAction] = []
    for step in (eventMarks + promiseMarks).sorted(by: { $0.line < $1.line }) {
      switch step {
      case .event(let mark):
        // An event kept or missed with its promise is undone and redone with it.
        guard book.links[mark.event] == nil else { continue }
        switch mark.action {
        case .undo:
          let index = Int(mark.event)
          undone.append(correction(by: index).map { .corrected(old: $0, new: index) } ?? .event(index))
        case .restore:
          let index = Int(mark.event)
          // A restore after a plain void undid the void.
          if log.marks.last(where: { $0.event == mark.event && $0.line < mark.line })?.action == .void {
            undone.append(.voided(index))
            continue
          }
          undone.removeAll {
            if case .corrected(_, index) = $0 { true } else { $0 == .event(index) }
          }
        case .correction(let key):
          // Written by a correction, or by its redo: the pair is in effect again.
          guard let new = log.ids.find(key).map(Int.init) else {
            undone.removeAll()  // a void whose reason names no event
            continue
          }
          undone.removeAll { $0 == .corrected(old: Int(mark.event), new: new) }
        case .void:
          // Voiding again an event whose void was undone redoes it; any other void is new.
          let again = LedgerAction.voided(Int(mark.event))
          if undone.contains(again) { undone.removeAll { $0 == again } } else { undone.removeAll() }
        }
      case .promise(let mark):
        let index = Int(mark.promise)
        switch mark.action {
        case .undo: undone.append(.promiseMade(index))
        case .restore: undone.removeAll { $0 == .promiseMade(index) }
        case .reopened where mark.note == "undo": undone.append(.promiseClosed(promise: index, event: nil))
        case .kept, .missed, .dropped:
          undone.removeAll { if case .promiseClosed(index, _) = $0 { true } else { false } }
        case .void, .reopened: undone.removeAll()
        }
      }
    }
    guard let last = undone.last(where: isUndone) else { return nil }
    guard case .promiseClosed(let index, _) = last else { return last }
    // A promise kept or missed comes back with the event undone with it.
    let close = book.marks.last { $0.promise == Int32(index) && $0.action.closedStatus != nil }
    guard close?.action != .dropped else { return last }
    let event = book.linkedEvents(of: index).last { log.entries[Int($0)].voided }.map(Int.init)
    return .promiseClosed(promise: index, event: event)
  }

  /// Whether an action is still undone: its event or promise voided, its promise open.
  private func isUndone(_ action: LedgerAction) -> Bool {
    switch action {
    case .event(let index): return log.entries[index].voided
    case .corrected(let old, let new): return log.entries[new].voided && !log.entries[old].voided
    case .voided(let index): return !log.entries[index].voided
    case .promiseMade(let index): return log.promises.entries[index].voided
    case .promiseClosed(let index, _):
      let entry = log.promises.entries[index]
      return !entry.voided && entry.status == .open
    }
  }

  /// The event that the event at `new` corrected, whatever either's state now: the one a
  /// `void … "corrected by ID"` naming it voided last.
  public func correction(by new: Int) -> Int? {
    let key = log.entries[new].idKey
    guard let mark = log.marks.last(where: { $0.action == .correction(key) }) else { return nil }
    return Int(mark.event)
  }

  /// The event that the event at `new` replaces, while that correction is in effect: the old
  /// event's last `void` or `restore` line is the correction naming `new`.
  public func correctedEvent(by new: Int) -> Int? {
    guard let old = correction(by: new) else { return nil }
    let last = log.marks.last { $0.event == Int32(old) }
    return last?.action == .correction(log.entries[new].idKey) ? old : nil
  }

  /// The event that replaced the event at `old`, while that correction is in effect.
  public func correctingEvent(of old: Int) -> Int? {
    guard case .correction(let key) = log.marks.last(where: { $0.event == Int32(old) })?.action,
      let new = log.ids.find(key).map(Int.init), !log.entries[new].voided
    else { return nil }
    return new
  }

  /// How promise `index` was last closed, and the note of that line.
  func lastClose(ofPromise index: Int) -> (action: PromiseMark.Action, note: String)? {
    log.promises.marks.last { $0.promise == Int32(index) && $0.action.closedStatus != nil }.map { ($0.action, $0.note) }
  }
}
