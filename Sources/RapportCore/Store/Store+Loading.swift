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
    // Taken out of the result, so that the ledger's arrays are not shared: the first change
    // to a shared one would copy it, strings and all.
    var loaded = try (consume records).get()
    let bytes = try drafting.bytes()
    loaded.signatures[eventsFile] = signature
    var sink = DiagnosticSink(file: eventsFile)
    loaded.ledger.loadEvents(bytes, drafted: drafting.takeDraft(), sink: &sink)
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

  /// Reads the accounts and contacts into a ledger without events: the accounts on one thread
  /// while the contacts are parsed on another (when one is free), then the contacts added in
  /// file order, each problem reported as one pass over the files would report it.
  static func loadRecords(path: String, settings: EquitySettings, today: Day) throws
    -> Loaded
  {
    let (accountsResult, contactsResult) = concurrently(
      { Result { try loadAccounts(path: path, settings: settings, today: today) } },
      { Result { try parseContacts(path: path) } })
    // Taken out of the results, so that the ledger's arrays are not shared: reserving room for
    // the contacts would otherwise copy every account.
    var (ledger, accounts) = try (consume accountsResult).get()
    let contacts = try (consume contactsResult).get()
    var diagnostics = accounts.sink.diagnostics
    let accountsEnd = diagnostics.count

    var contactRecords: [Int] = []
    contactRecords.reserveCapacity(contacts.contacts.count)
    var sink = DiagnosticSink(file: contactsFile)
    var reported = 0
    let parsed = contacts.sink.diagnostics
    // Problems found while splitting the file come first, as they did in one pass.
    for diagnostic in parsed[0..<contacts.splitEnd] { sink.add(diagnostic) }
    reported = contacts.splitEnd
    ledger.reserve(accounts: 0, contacts: contacts.contacts.count)
    contacts.bytes.withByteView { buffer in
      for (position, parsedContact) in contacts.contacts.enumerated() {
        for diagnostic in parsed[reported..<parsedContact.problemsEnd] { sink.add(diagnostic) }
        reported = parsedContact.problemsEnd
        guard let contact = parsedContact.contact else { continue }
        let header = parsedContact.header
        switch ledger.add(contact) {
        case nil: contactRecords.append(position)
        case .unknownAccount:
          sink.report(
            "unknown account '\(contact.account)': add it to accounts.txt or fix the id",
            line: header.line, lineStart: header.lineStart, offset: header.offset, in: buffer)
        case .duplicate:
          sink.report(
            "duplicate contact '\(contact.key)': each contact of an account needs its own id",
            line: header.line, lineStart: header.lineStart, offset: header.offset, in: buffer)
        }
      }
    }
    diagnostics += sink.diagnostics
    // An initiative's `for:` names a contact of its account, known only now; reported with
    // the other problems of accounts.txt.
    diagnostics.insert(
      contentsOf: accounts.references.filter { ledger.contactIndex("\($0.account)/\($0.contact)") == nil }.map(
        \.diagnostic),
      at: accountsEnd)
    // In line order within accounts.txt, as a reader goes through the file.
    let accountProblems = diagnostics.prefix { $0.file == accountsFile }
    diagnostics.replaceSubrange(
      0..<accountProblems.count,
      with: accountProblems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(
        \.element))

    var signatures: [String: FileSignature?] = [:]
    signatures[accountsFile] = accounts.signature
    signatures[contactsFile] = contacts.signature
    return (
      ledger, diagnostics, RecordFile(original: accounts.bytes, spans: accounts.spans),
      RecordFile(original: contacts.bytes, spans: contacts.spans), accounts.records, contactRecords,
      signatures
    )
  }

  /// accounts.txt read into a ledger without contacts.
  struct LoadedAccounts: Sendable {
    var bytes: [UInt8]
    var signature: FileSignature?
    var spans: [Range<Int>]
    var records: [Int] = []
    var references: [PlanContactReference] = []
    var sink = DiagnosticSink(file: accountsFile)
  }

  static func loadAccounts(path: String, settings: EquitySettings, today: Day) throws -> (Ledger, LoadedAccounts) {
    var ledger = Ledger(settings: settings, referenceDay: today)
    let (bytes, signature) = try Store.read(accountsFile, in: path)
    var loaded = LoadedAccounts(bytes: bytes, signature: signature, spans: [])
    loaded.spans = bytes.withByteView { buffer in
      let raws = splitRecords(buffer, word: "account", sink: &loaded.sink, otherWords: ["contact"])
      ledger.reserve(accounts: raws.count, contacts: 0)
      for (position, raw) in raws.enumerated() {
        guard let account = RecordCodec.account(raw, buffer, &loaded.sink, references: &loaded.references)
        else { continue }
        if ledger.add(account) {
          loaded.records.append(position)
        } else {
          loaded.sink.report(
            "duplicate account id '\(account.id)': each account needs its own id", line: raw.line,
            lineStart: raw.lineStart, offset: raw.header.lowerBound + 1, in: buffer)
        }
      }
      return raws.map(\.span)
    }
    return (ledger, loaded)
  }

  /// contacts.txt parsed record by record, before the accounts are known.
  struct ParsedContacts: Sendable {
    /// Where a contact's header line is, for a problem found when it is added.
    struct Header: Sendable {
      var line: Int
      var lineStart: Int
      var offset: Int
    }

    /// One record: its contact (nil when it could not be read), where its header is, and how
    /// many problems the file had once it was parsed.
    struct Record: Sendable {
      var contact: Contact?
      var header: Header
      var problemsEnd: Int
    }

    var bytes: [UInt8]
    var signature: FileSignature?
    var spans: [Range<Int>] = []
    var contacts: [Record] = []
    var sink = DiagnosticSink(file: contactsFile)
    /// How many problems splitting the file into records found.
    var splitEnd = 0
  }

  static func parseContacts(path: String) throws -> ParsedContacts {
    let (bytes, signature) = try Store.read(contactsFile, in: path)
    var parsed = ParsedContacts(bytes: bytes, signature: signature)
    bytes.withByteView { buffer in
      let raws = splitRecords(buffer, word: "contact", sink: &parsed.sink, otherWords: ["account"])
      parsed.splitEnd = parsed.sink.diagnostics.count
      parsed.contacts.reserveCapacity(raws.count)
      for raw in raws {
        let contact = RecordCodec.contact(raw, buffer, &parsed.sink)
        parsed.contacts.append(
          ParsedContacts.Record(
            contact: contact,
            header: ParsedContacts.Header(
              line: raw.line, lineStart: raw.lineStart, offset: raw.header.lowerBound + 1),
            problemsEnd: parsed.sink.diagnostics.count))
      }
      parsed.spans = raws.map(\.span)
    }
    return parsed
  }
}
