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
  public var undoableAction: LedgerAction? { undoableAction(by: nil) }

  /// What undo takes back for `author`: as `undoableAction`, among the lines `author` wrote,
  /// skipping teammates' lines (a pull may bring them after mine). A line that names no author
  /// counts only while the file names no other author (see `LineOwnership`). Every line counts
  /// when `author` is nil.
  public func undoableAction(by author: Author?) -> LedgerAction? {
    var best: (line: Int32, action: LedgerAction)?
    func consider(_ line: Int32, _ action: LedgerAction) {
      if best.map({ line > $0.line }) ?? true { best = (line, action) }
    }
    let mine = LineOwnership(log: log, author: author)
    if let index = log.entries.lastIndex(where: { !$0.voided && mine.has($0.author) }) {
      consider(
        log.entries[index].line, correctedEvent(by: index).map { .corrected(old: $0, new: index) } ?? .event(index))
    }
    let book = log.promises
    // The last plain void of an event, while it is that event's last mark.
    if let mark = log.marks.last(where: { $0.action == .void && mine.has($0.author) }), book.links[mark.event] == nil,
      log.marks.last(where: { $0.event == mark.event })?.line == mark.line
    {
      consider(mark.line, .voided(Int(mark.event)))
    }
    for (index, entry) in book.entries.enumerated() where !entry.voided {
      if mine.has(entry.author) { consider(entry.line, .promiseMade(index)) }
      if entry.status != .open, let closeLine = entry.closeLine,
        mine.has(book.marks.last(where: { $0.line == closeLine })?.author)
      {
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
  public var redoableAction: LedgerAction? { redoableAction(by: nil) }

  /// What redo brings back for `author`: as `redoableAction`, reading only the lines `author`
  /// wrote (and those that name no author, by `LineOwnership`'s rule), so that a teammate's line
  /// does not end my redo.
  public func redoableAction(by author: Author?) -> LedgerAction? {
    let book = log.promises
    let mine = LineOwnership(log: log, author: author)
    var lastNew = log.entries.last(where: { mine.has($0.author) })?.line ?? 0
    if let promise = book.entries.last(where: { mine.has($0.author) }) { lastNew = max(lastNew, promise.line) }
    if let close = book.marks.last(where: { $0.action.closedStatus != nil && $0.note != "redo" && mine.has($0.author) })
    {
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
    let eventMarks = log.marks.reversed().prefix { $0.line > lastNew }.reversed().filter { mine.has($0.author) }
      .map(Step.event)
    let promiseMarks = book.marks.reversed().prefix { $0.line > lastNew }.reversed().filter { mine.has($0.author) }
      .map(Step.promise)
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

/// Whose lines undo and redo may act on: the author's; a line that names no author (written
/// before authors were, or by hand) only while the events file names no other author, so a solo
/// store from before authors keeps its undo but a team's unsigned lines are nobody's. Every line
/// counts when there is no author.
struct LineOwnership {
  let log: EventLog
  let author: Author?
  /// Whether a line without `by:` counts as the author's.
  let unsignedAreMine: Bool

  init(log: EventLog, author: Author?) {
    self.log = log
    self.author = author
    guard let author else {
      unsignedAreMine = true
      return
    }
    let other = { (name: Author?) in name.map { $0 != author } ?? false }
    let book = log.promises
    unsignedAreMine =
      !(log.authorTable.authors.contains(where: other) || book.entries.contains { other($0.author) }
      || book.marks.contains { other($0.author) })
  }

  func has(_ index: UInt16) -> Bool {
    guard let author else { return true }
    guard index != 0 else { return unsignedAreMine }
    return log.author(index) == author
  }

  func has(_ lineAuthor: Author?) -> Bool {
    guard let author else { return true }
    guard let lineAuthor else { return unsignedAreMine }
    return lineAuthor == author
  }
}

extension Ledger {
  /// The lines undo leaves to others: the events and promises still in effect written after the
  /// last one of `author`'s, counted by author (most first, then by name), and those that name
  /// no author when they are nobody's (see `LineOwnership`).
  public func teammatesLines(after author: Author) -> (byAuthor: [(author: Author, lines: Int)], unsigned: Int) {
    let book = log.promises
    let mine = LineOwnership(log: log, author: author)
    var lines: [(line: Int32, author: Author?, live: Bool)] = []
    lines += log.entries.map { ($0.line, log.author($0.author), !$0.voided) }
    lines += book.entries.map { ($0.line, $0.author, !$0.voided) }
    let last = lines.filter { mine.has($0.author) }.map(\.line).max() ?? 0
    var counts: [Author: Int] = [:]
    var unsigned = 0
    for line in lines where line.line > last && line.live && !mine.has(line.author) {
      if let other = line.author { counts[other, default: 0] += 1 } else { unsigned += 1 }
    }
    let byAuthor = counts.map { (author: $0.key, lines: $0.value) }.sorted {
      ($0.lines, $1.author.name.lowercased()) > ($1.lines, $0.author.name.lowercased())
    }
    return (byAuthor, unsigned)
  }

  /// What to say when `author` has nothing left to undo (or redo, `verb`): "nothing of yours to
  /// undo; Jane's 2 newer lines and 3 lines without an author stay".
  public func nothingOfYours(to verb: String, author: Author) -> String {
    let others = teammatesLines(after: author)
    let plural = { (count: Int) in count == 1 ? "" : "s" }
    var named = others.byAuthor.map { "\($0.author.name)'s \($0.lines) newer line\(plural($0.lines))" }
    if others.unsigned > 0 { named.append("\(others.unsigned) line\(plural(others.unsigned)) without an author") }
    guard let lastNamed = named.last else { return "nothing of yours to \(verb)" }
    let list = named.count == 1 ? lastNamed : named.dropLast().joined(separator: ", ") + " and " + lastNamed
    let one = named.count == 1 && (others.byAuthor.first?.lines ?? others.unsigned) == 1
    return "nothing of yours to \(verb); \(list) \(one ? "stays" : "stay")"
  }
}
