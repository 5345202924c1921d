import Foundation

/// A promise as read from its line in the events file.
struct PromiseEntry: Sendable, Equatable {
  var made: Int32
  var account: Int32
  /// Index into the ledger's contacts, or -1 for a promise to the whole account.
  var contact: Int32
  var what: String
  var due: Int32
  var by: String?
  /// The id as written, or empty for a derived one (made from `idKey`).
  var writtenID: String
  var idKey: UInt64
  /// 1-based line in the events file.
  var line: Int32
  /// Where its line starts in the events file's bytes, once registered.
  var lineStart = -1
  var voided = false
  var status: PromiseStatus = .open
  /// The day and line of the line that closed it, while it is closed.
  var closed: Int32?
  var closeLine: Int32?
  /// The note or reason of that line.
  var closeNote = ""

  /// Who made it: its `by:` name, when that is an author's name.
  var author: Author? { by.flatMap(Author.init) }
}

/// A line about a promise after its own: `kept`, `missed`, `dropped`, `reopened`, or a `void`
/// or `restore` naming it.
struct PromiseMark: Sendable, Equatable {
  enum Action: Sendable, Equatable {
    case kept, missed, dropped, reopened
    /// A `void` line; `undo` when its reason is exactly "undo".
    case void, undo
    case restore

    /// The word of a closing or reopening line.
    var word: String {
      switch self {
      case .kept: return "kept"
      case .missed: return "missed"
      case .dropped: return "dropped"
      case .reopened: return "reopened"
      case .void, .undo: return "void"
      case .restore: return "restore"
      }
    }

    /// The status a closing line gives.
    var closedStatus: PromiseStatus? {
      switch self {
      case .kept: return .kept
      case .missed: return .missed
      case .dropped: return .dropped
      default: return nil
      }
    }

    init?(closing status: PromiseStatus) {
      switch status {
      case .kept: self = .kept
      case .missed: self = .missed
      case .dropped: self = .dropped
      case .open: return nil
      }
    }
  }
  var line: Int32
  var day: Int32
  var promise: Int32
  var action: Action
  /// The line's note or reason, as written (unescaped).
  var note: String
  /// Who wrote the line (`by:`), when it says.
  var author: Author? = nil
}

/// The promise lines of the events file as parsed, before their ids are looked up.
struct PromiseLine: Sendable {
  var entry: PromiseEntry
  var lineStart: Int
  /// Where the written id starts, or -1.
  var idOffset: Int
}

/// A `kept`, `missed`, `dropped` or `reopened` line as parsed.
struct PromiseMarkLine: Sendable {
  var key: UInt64
  var day: Int32
  var action: PromiseMark.Action
  var note: String
  var line: Int
  var lineStart: Int
  var offset: Int
  var author: Author? = nil
}

/// An event's `promise:ID`, as parsed: `line` is the event's.
struct PromiseLink: Sendable {
  var key: UInt64
  var line: Int
  var lineStart: Int
  var offset: Int
}

/// A line about promises met while loading, resolved once every event and promise is known.
enum PromiseItem: Sendable {
  case promise(PromiseLine)
  case mark(PromiseMarkLine)
  case link(PromiseLink)

  /// The same item with its line numbers moved by `lines`.
  func moved(by lines: Int) -> PromiseItem {
    switch self {
    case .promise(var p):
      p.entry.line += Int32(lines)
      return .promise(p)
    case .mark(var m):
      m.line += lines
      return .mark(m)
    case .link(var l):
      l.line += lines
      return .link(l)
    }
  }
}

/// The promises of the events file: one entry per `promise` line, their ids, the lines that
/// changed them in file order, and the events that kept them or marked them missed.
struct PromiseBook: Sendable {
  var entries: [PromiseEntry] = []
  var ids = IdTable(capacity: 16)
  /// The lines that changed a promise, in file order.
  var marks: [PromiseMark] = []
  /// Event position → promise, for the events that carry `promise:ID`.
  var links: [Int32: Int32] = [:]

  /// The id of a promise: as written, or `~` and ten characters derived from its line.
  func id(of entry: PromiseEntry) -> String {
    entry.writtenID.isEmpty ? EventLog.derivedID(entry.idKey) : entry.writtenID
  }

  /// Adds a promise line; false (and a report) when its written id is taken by an event or an
  /// earlier promise.
  @discardableResult
  mutating func register(
    _ line: PromiseLine, eventIDs: IdTable, eventLine: (Int32) -> Int32, _ buffer: ByteView,
    _ sink: inout DiagnosticSink
  ) -> Bool {
    var entry = line.entry
    entry.lineStart = line.lineStart
    let index = Int32(entries.count)
    if !entry.writtenID.isEmpty {
      if eventIDs.find(entry.idKey) == nil, let first = ids.find(entry.idKey).map({ entries[Int($0)] }),
        first.lineStart >= 0, EventLog.sameLine(first.lineStart, line.lineStart, buffer)
      {
        // The same line twice (added in two clones of a shared store): counted once, and not an
        // error that would stop the team; `rapport sync` removes the copy.
        sink.report(
          "the same promise as line \(first.line), counted once: rapport sync removes the copy",
          line: Int(entry.line), lineStart: line.lineStart, offset: line.idOffset, in: buffer, severity: .warning)
        return false
      }
      let taken = eventIDs.find(entry.idKey).map(eventLine) ?? ids.find(entry.idKey).map { entries[Int($0)].line }
      if let taken {
        sink.report(
          "duplicate id: line \(taken) has it too; give one of them another id", line: Int(entry.line),
          lineStart: line.lineStart, offset: line.idOffset, in: buffer)
        return false
      }
      _ = ids.insert(entry.idKey, index)
    } else {
      // Identical lines without ids are distinct promises; each later copy gets the next key.
      while eventIDs.find(entry.idKey) != nil || ids.insert(entry.idKey, index) != nil {
        entry.idKey = (entry.idKey &* 0x100_0000_01b3 &+ 1) & EventLog.derivedMask
      }
    }
    entries.append(entry)
    return true
  }

  /// Applies a `kept`, `missed`, `dropped` or `reopened` line in its turn; nil (and a report)
  /// when it names no promise or cannot apply, in which case it is ignored.
  @discardableResult
  mutating func apply(_ mark: PromiseMarkLine, _ buffer: ByteView, _ sink: inout DiagnosticSink) -> Int32? {
    func report(_ reason: String) {
      sink.report(reason, line: mark.line, lineStart: mark.lineStart, offset: mark.offset, in: buffer)
    }
    guard let index = ids.find(mark.key) else {
      report("\(mark.action.word) refers to no promise with this id")
      return nil
    }
    var entry = entries[Int(index)]
    if let status = mark.action.closedStatus {
      if entry.status != .open {
        report(
          "the promise '\(id(of: entry))' was already \(entry.status.rawValue) on \(Day(ordinal: entry.closed!)) "
            + "(line \(entry.closeLine!)); this line is ignored: remove one of the two, or reopen it between them")
        return nil
      }
      entry.status = status
      entry.closed = mark.day
      entry.closeLine = Int32(mark.line)
      entry.closeNote = mark.note
    } else {
      guard entry.status != .open else {
        report("the promise '\(id(of: entry))' is open: there is nothing to reopen")
        return nil
      }
      entry.status = .open
      entry.closed = nil
      entry.closeLine = nil
      entry.closeNote = ""
    }
    entries[Int(index)] = entry
    marks.append(
      PromiseMark(
        line: Int32(mark.line), day: mark.day, promise: index, action: mark.action, note: mark.note,
        author: mark.author))
    return index
  }

  /// Applies a `void` or `restore` line naming a promise; false when no promise has its id.
  mutating func mark(_ key: UInt64, action: EventLog.Mark.Action, line: Int, author: Author? = nil) -> Bool {
    guard let index = ids.find(key) else { return false }
    entries[Int(index)].voided = action != .restore
    let kind: PromiseMark.Action = action == .restore ? .restore : action == .undo ? .undo : .void
    marks.append(PromiseMark(line: Int32(line), day: 0, promise: index, action: kind, note: "", author: author))
    return true
  }

  /// Links the event at `position` to the promise its `promise:ID` names; a report when none has it.
  mutating func link(_ link: PromiseLink, event position: Int32, _ buffer: ByteView, _ sink: inout DiagnosticSink) {
    guard let index = ids.find(link.key) else {
      sink.report(
        "promise: names no promise with this id: make the promise first, or fix the id", line: link.line,
        lineStart: link.lineStart, offset: link.offset, in: buffer)
      return
    }
    links[position] = index
  }

  /// The events linked to promise `index`, in file order.
  func linkedEvents(of index: Int) -> [Int32] {
    links.filter { $0.value == Int32(index) }.map(\.key).sorted()
  }
}

extension EventLog {
  /// `~` and ten characters made from a derived key.
  static func derivedID(_ key: UInt64) -> String {
    var text = "~"
    for shift in stride(from: 45, through: 0, by: -5) {
      text.unicodeScalars.append(Unicode.Scalar(EventLog.idAlphabet[Int((key >> UInt64(shift)) & 31)]))
    }
    return text
  }
}
