import Foundation

/// What forgetting a contact changed.
public struct Forgotten: Equatable, Sendable {
  /// The contact's name, as it was.
  public var name: String
  /// Their events, kept under the account without their note.
  public var events: Int
  /// The promises made to them, kept under the account without what was promised.
  public var promises: Int = 0
}

extension Store {
  /// Forgets a person: the one deliberate exception to append-only, for when someone asks to be
  /// forgotten or should no longer be on file.
  ///
  /// - `events.txt` is rewritten atomically: each of the contact's events is kept, with its day,
  ///   type, kind, weight and id, but under the account alone and without its note, so that the
  ///   account's equity and every other contact's history stay as they were. `void` and
  ///   `restore` lines that refer to those events keep only the reasons `undo` and `redo`.
  ///   An event that had no written id gets one, and the lines that refer to it follow.
  /// - A comment line is appended saying that someone was forgotten on `day`, but not who.
  /// - `contacts.txt` is rewritten without the contact's record.
  public func forget(contact key: String, on day: Day) throws -> Forgotten {
    try writing {
      // Fresh from disk, so that the rewrite starts from exactly what is there.
      try reload()
      guard let index = ledger.contactIndex(key) else {
        throw StoreError.invalid("no contact '\(key)' in the store")
      }
      let contact = ledger.contacts[index]
      let eventsPath = "\(path)/\(Store.eventsFile)"
      let original = (try Store.read(Store.eventsFile, in: path)).bytes
      let (rewritten, count, promises) = forgetEvents(of: contact, in: original)
      var events = rewritten
      if let last = events.last, last != Byte.newline, last != Byte.carriageReturn { events.append(Byte.newline) }
      events += Array("# \(day) forgotten: a contact's record, and the names and notes of their events\n".utf8)
      do {
        try FileIO.replace(eventsPath, with: events, disk: disk)
        // The account's initiatives no longer say they serve them (before their record goes, so
        // that no initiative ever names someone who is not there).
        if let account = ledger.accountIndex(contact.account),
          ledger.accounts[account].keyPlan.initiatives.contains(where: { $0.contact == contact.id })
        {
          var unlinked = ledger.accounts[account]
          for i in unlinked.keyPlan.initiatives.indices where unlinked.keyPlan.initiatives[i].contact == contact.id {
            unlinked.keyPlan.initiatives[i].contact = nil
          }
          var file = accountsFile
          file.replace(accountRecords[account], with: RecordCodec.text(of: unlinked))
          try FileIO.replace("\(path)/\(Store.accountsFile)", with: file.render(), disk: disk)
        }
        try FileIO.replace(
          "\(path)/\(Store.contactsFile)", with: removing(record: contactRecords[index], from: contactsFile), disk: disk
        )
      } catch let failure as FileFailure {
        throw StoreError.io(failure)
      }
      try reload()
      return Forgotten(name: contact.name, events: count, promises: promises)
    }
  }

  /// The events file with `contact`'s events moved to their account and stripped of their notes,
  /// and the number of those events and of the promises made to them.
  private func forgetEvents(of contact: Contact, in bytes: [UInt8]) -> ([UInt8], Int, Int) {
    let lines = lineRanges(bytes)
    func text(_ line: Int) -> String {
      guard line >= 1, line <= lines.count else { return "" }
      return String(decoding: bytes[lines[line - 1].content], as: UTF8.self)
    }
    // Lines to replace, by 1-based line number.
    var replaced: [Int: String] = [:]
    // New ids for events that had none, by the id they were known by.
    var renamed: [String: String] = [:]
    var forgotten: Set<String> = []
    var taken: Set<String> = []
    // Promises to them stay with the account, without what was promised; one that had no
    // written id gets one, since its line changes, and the lines that name it follow.
    var forgottenPromises: Set<Int> = []
    var promiseIDs: [Int: String] = [:]
    func promiseID(_ index: Int) -> String {
      if let id = promiseIDs[index] { return id }
      var id = ledger.promise(at: index).id
      if id.hasPrefix("~"), ledger.log.promises.entries[index].contact == Int32(ledger.contactIndex(contact.key)!) {
        repeat { id = ledger.log.freshID() } while taken.contains(id)
        taken.insert(id)
      }
      promiseIDs[index] = id
      return id
    }
    for i in 0..<ledger.eventCount {
      let event = ledger.event(i)
      guard event.account == contact.account, event.contact == contact.id else { continue }
      var id = event.id
      if id.hasPrefix("~") {
        repeat { id = ledger.log.freshID() } while taken.contains(id)
        taken.insert(id)
        renamed[event.id] = id
      }
      forgotten.insert(event.id)
      var line = "\(event.day) \(event.account) \(event.type.word)"
      if !event.kind.isEmpty { line += " \(event.kind)" }
      line += " \(event.weight)"
      if let promise = ledger.promiseLinked(toEvent: i) { line += " promise:\(promiseID(promise))" }
      replaced[event.line] = line + " id:\(id)"
    }
    for index in 0..<ledger.promiseCount {
      let promise = ledger.promise(at: index)
      guard promise.account == contact.account, promise.contact == contact.id else { continue }
      forgottenPromises.insert(index)
      var line = "\(promise.made) \(promise.account) promise \"…\" due:\(promise.due)"
      if let by = promise.by { line += " by:\(quote(by))" }
      replaced[promise.line] = line + " id:\(promiseID(index))"
    }
    for mark in ledger.log.promises.marks where forgottenPromises.contains(Int(mark.promise)) {
      let day = text(Int(mark.line)).split(separator: " ").first.map(String.init) ?? ""
      var line = "\(day) \(mark.action.word) \(promiseID(Int(mark.promise)))"
      if mark.note == "undo" || mark.note == "redo" || mark.action == .undo {
        line += " \"\(mark.action == .undo ? "undo" : mark.note)\""
      }
      replaced[Int(mark.line)] = line
    }
    for mark in ledger.log.marks {
      let id = ledger.event(Int(mark.event)).id
      guard forgotten.contains(id) else { continue }
      let word = mark.action == .restore ? "restore" : "void"
      // The day is the line's own; only the reference and the reason change.
      let day = text(Int(mark.line)).split(separator: " ").first.map(String.init) ?? ""
      var line = "\(day) \(word) \(renamed[id] ?? id)"
      switch mark.action {
      case .undo: line += " \"undo\""
      case .correction(let key):
        if let new = ledger.log.ids.find(key).map({ ledger.event(Int($0)).id }) {
          line += " \"corrected by \(renamed[new] ?? new)\""
        }
      case .restore where text(Int(mark.line)).hasSuffix(" \"redo\""): line += " \"redo\""
      default: break
      }
      replaced[Int(mark.line)] = line
    }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    for (n, line) in lines.enumerated() {
      if let text = replaced[n + 1] { out += Array(text.utf8) } else { out += bytes[line.content] }
      out += bytes[line.content.upperBound..<line.end]
    }
    return (out, forgotten.count, forgottenPromises.count)
  }

  /// Each line's content and where its line end (`\n`, `\r\n` or a lone `\r`, as the parser
  /// reads them) stops.
  private func lineRanges(_ bytes: [UInt8]) -> [(content: Range<Int>, end: Int)] {
    var lines: [(content: Range<Int>, end: Int)] = []
    var start = 0
    var i = 0
    while i < bytes.count {
      switch bytes[i] {
      case Byte.newline:
        lines.append((start..<i, i + 1))
        start = i + 1
      case Byte.carriageReturn:
        let end = i + 1 < bytes.count && bytes[i + 1] == Byte.newline ? i + 2 : i + 1
        lines.append((start..<i, end))
        start = end
        i = end - 1
      default: break
      }
      i += 1
    }
    if start < bytes.count { lines.append((start..<bytes.count, bytes.count)) }
    return lines
  }

  /// The record file as loaded, without record `position` and the blank lines after it when a
  /// blank line or the file's start comes before it.
  private func removing(record position: Int, from file: RecordFile) -> [UInt8] {
    let bytes = file.original
    let span = file.spans[position]
    var end = span.upperBound
    if span.lowerBound == 0 || (span.lowerBound >= 2 && bytes[span.lowerBound - 2] == Byte.newline) {
      while end < bytes.count, bytes[end] == Byte.newline { end += 1 }
    }
    return Array(bytes[..<span.lowerBound] + bytes[end...])
  }
}
