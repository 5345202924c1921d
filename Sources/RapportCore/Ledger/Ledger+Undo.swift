/// Something done in the events file that undo can take back or redo bring back.
public enum LedgerAction: Hashable, Sendable {
  /// An event recorded, at this position.
  case event(Int)
  /// A promise made, at this position.
  case promiseMade(Int)
  /// The promise at `promise` closed: kept or missed along with the event at `event`, or dropped
  /// (no event).
  case promiseClosed(promise: Int, event: Int?)

  /// The event the action recorded, if any.
  public var event: Int? {
    switch self {
    case .event(let index): return index
    case .promiseClosed(_, let event): return event
    case .promiseMade: return nil
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
    if let index = log.entries.lastIndex(where: { !$0.voided }) { consider(log.entries[index].line, .event(index)) }
    let book = log.promises
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
        case .undo: undone.append(.event(Int(mark.event)))
        case .restore: undone.removeAll { $0 == .event(Int(mark.event)) }
        case .void: undone.removeAll()
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
    case .promiseMade(let index): return log.promises.entries[index].voided
    case .promiseClosed(let index, _):
      let entry = log.promises.entries[index]
      return !entry.voided && entry.status == .open
    }
  }

  /// How promise `index` was last closed, and the note of that line.
  func lastClose(ofPromise index: Int) -> (action: PromiseMark.Action, note: String)? {
    log.promises.marks.last { $0.promise == Int32(index) && $0.action.closedStatus != nil }.map { ($0.action, $0.note) }
  }
}
