import Foundation

extension Store {
  // MARK: Loading

  typealias Loaded = (
    ledger: Ledger, diagnostics: [Diagnostic], accountsFile: RecordFile, contactsFile: RecordFile,
    accountRecords: [Int], contactRecords: [Int], signatures: [String: FileSignature?]
  )

  static func load(path: String, settings: EquitySettings, today: Day) throws -> Loaded {
    // The events file is read and drafted (see `EventLog.Drafting`) while the records are read;
    // the thread done with the records first helps with the drafting.
    // Taken before the file is read, as `read` does, so that a change made meanwhile shows.
    let signature = FileIO.signature("\(path)/\(eventsFile)")
    let drafting = EventLog.Drafting {
      // Room to append to without moving the whole file in memory on the first recording.
      try read(eventsFile, in: path, room: 1 << 20).bytes
    }
    let (records, _) = concurrently(
      {
        let records = Result { try loadRecords(path: path, settings: settings, today: today) }
        drafting.work()
        return records
      },
      { drafting.work() })
    var loaded = try records.get()
    let bytes = try drafting.bytes()
    loaded.signatures[eventsFile] = signature
    var sink = DiagnosticSink(file: eventsFile)
    loaded.ledger.loadEvents(bytes, drafted: drafting.draft, sink: &sink)
    loaded.diagnostics += sink.diagnostics
    return loaded
  }

  /// A file's bytes (none when it is missing) and its signature, taken before reading it.
  static func read(_ name: String, in path: String, room: Int = 0) throws -> (
    bytes: [UInt8], signature: FileSignature?
  ) {
    let file = "\(path)/\(name)"
    let signature = FileIO.signature(file)
    do { return (try FileIO.read(file, room: room) ?? [], signature) } catch {
      throw StoreError.io(error)
    }
  }

  /// Reads the accounts and contacts into a ledger without events.
  static func loadRecords(path: String, settings: EquitySettings, today: Day) throws
    -> Loaded
  {
    var ledger = Ledger(settings: settings, referenceDay: today)
    var diagnostics: [Diagnostic] = []
    var signatures: [String: FileSignature?] = [:]
    func read(_ name: String) throws -> [UInt8] {
      let (bytes, signature) = try Store.read(name, in: path)
      signatures[name] = signature
      return bytes
    }

    let accountBytes = try read(accountsFile)
    var accountRecords: [Int] = []
    var references: [PlanContactReference] = []
    var sink = DiagnosticSink(file: accountsFile)
    let accountSpans: [Range<Int>] = accountBytes.withByteView { buffer in
      let raws = splitRecords(buffer, word: "account", sink: &sink, otherWords: ["contact"])
      ledger.reserve(accounts: raws.count, contacts: 0)
      for (position, raw) in raws.enumerated() {
        guard let account = RecordCodec.account(raw, buffer, &sink, references: &references) else { continue }
        if ledger.add(account) {
          accountRecords.append(position)
        } else {
          sink.report(
            "duplicate account id '\(account.id)': each account needs its own id", line: raw.line,
            lineStart: raw.lineStart, offset: raw.header.lowerBound + 1, in: buffer)
        }
      }
      return raws.map(\.span)
    }
    diagnostics += sink.diagnostics
    let accountsEnd = diagnostics.count

    let contactBytes = try read(contactsFile)
    var contactRecords: [Int] = []
    sink = DiagnosticSink(file: contactsFile)
    let contactSpans: [Range<Int>] = contactBytes.withByteView { buffer in
      let raws = splitRecords(buffer, word: "contact", sink: &sink, otherWords: ["account"])
      ledger.reserve(accounts: 0, contacts: raws.count)
      for (position, raw) in raws.enumerated() {
        guard let contact = RecordCodec.contact(raw, buffer, &sink) else { continue }
        switch ledger.add(contact) {
        case nil: contactRecords.append(position)
        case .unknownAccount:
          sink.report(
            "unknown account '\(contact.account)': add it to accounts.txt or fix the id",
            line: raw.line,
            lineStart: raw.lineStart, offset: raw.header.lowerBound + 1, in: buffer)
        case .duplicate:
          sink.report(
            "duplicate contact '\(contact.key)': each contact of an account needs its own id",
            line: raw.line,
            lineStart: raw.lineStart, offset: raw.header.lowerBound + 1, in: buffer)
        }
      }
      return raws.map(\.span)
    }
    diagnostics += sink.diagnostics
    // An initiative's `for:` names a contact of its account, known only now; reported with
    // the other problems of accounts.txt.
    diagnostics.insert(
      contentsOf: references.filter { ledger.contactIndex("\($0.account)/\($0.contact)") == nil }.map(\.diagnostic),
      at: accountsEnd)
    // In line order within accounts.txt, as a reader goes through the file.
    let accountProblems = diagnostics.prefix { $0.file == accountsFile }
    diagnostics.replaceSubrange(
      0..<accountProblems.count,
      with: accountProblems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(
        \.element))

    return (
      ledger, diagnostics, RecordFile(original: accountBytes, spans: accountSpans),
      RecordFile(original: contactBytes, spans: contactSpans), accountRecords, contactRecords,
      signatures
    )
  }
}
