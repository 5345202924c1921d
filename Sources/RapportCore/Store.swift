import Foundation

/// Why the store refused or failed to do something, said so that a person knows what to do.
public enum StoreError: Error, Equatable, CustomStringConvertible {
  case notAStore(String)
  case hasErrors(Int)
  case readOnly(String)
  case invalid(String)
  case changedOnDisk(String)
  /// Fields changed both here and on disk since the record was read.
  case conflict(String)
  case io(String)

  public var description: String {
    switch self {
    case .notAStore(let path):
      return
        "\(path) is not a Rapport store (it has no accounts.txt); create one with 'rapport init \(path)'"
    case .hasErrors(let count):
      return
        "the store has \(count) error\(count == 1 ? "" : "s"); nothing is written until they are fixed (see 'rapport check')"
    case .readOnly(let reason): return "the store is open read-only: \(reason)"
    case .invalid(let reason): return reason
    case .changedOnDisk(let file):
      return
        "\(file) changed on disk since it was loaded; reload before writing so that no change is lost"
    case .conflict(let reason): return reason
    case .io(let reason): return reason
    }
  }
}

/// A store: a folder of plain text files a person can read, edit, grep and keep in git.
///
/// - `accounts.txt` and `contacts.txt` hold records; an edit rewrites the file atomically and
///   keeps every other byte as it was.
/// - `events.txt` is append-only: recording an event appends one line and syncs it to disk.
/// - `.rapport.lock` keeps a second writer out.
public final class Store: @unchecked Sendable {
  /// How the store was opened.
  public enum Access: Equatable, Sendable {
    case readWrite
    /// Writes are refused, for this reason.
    case readOnly(String)
  }

  public static let accountsFile = "accounts.txt"
  public static let contactsFile = "contacts.txt"
  public static let eventsFile = "events.txt"
  public static let lockFile = ".rapport.lock"

  public let path: String
  public private(set) var ledger: Ledger
  /// Errors and warnings found while loading, in file order.
  public private(set) var diagnostics: [Diagnostic]
  public private(set) var access: Access
  /// Goes up with every change to what the store holds: each write and each reload.
  public private(set) var revision = 0
  /// How many times the store was read from disk: 1, and one more for each reload.
  public private(set) var loads = 1

  private var accountsFile: RecordFile
  private var contactsFile: RecordFile
  /// Record position in its file of each account and contact, by ledger index.
  private var accountRecords: [Int]
  private var contactRecords: [Int]
  private var signatures: [String: FileSignature?]
  private var lock: StoreLock?
  /// Plans cleared by the touches recorded since opening, by event id, so that undoing the
  /// touch brings the plan back.
  private var clearedPlans: [String: (day: Day, note: String)] = [:]
  /// True when the store was opened to write but another Rapport held the lock.
  private var lockWasHeld = false
  private let settings: EquitySettings
  private let today: Day

  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

  /// Opens the store at `path`. With `writable`, takes the lock, or opens read-only and says why
  /// when another Rapport holds it.
  public init(
    path: String, writable: Bool, settings: EquitySettings = EquitySettings(), today: Day = .today()
  ) throws {
    self.path = path
    self.settings = settings
    self.today = today
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue,
      FileManager.default.fileExists(atPath: "\(path)/\(Store.accountsFile)")
    else { throw StoreError.notAStore(path) }

    if writable {
      do {
        lock = try StoreLock(path: "\(path)/\(Store.lockFile)")
        access = .readWrite
      } catch let held as StoreLock.Held {
        lock = nil
        lockWasHeld = true
        let who = held.pid.map { "process \($0)" } ?? "another process"
        access = .readOnly(
          "another Rapport (\(who)) is writing to this store; quit it to make changes here")
      }
    } else {
      lock = nil
      access = .readOnly("opened for reading")
    }

    let loaded = try Store.load(path: path, settings: settings, today: today)
    (ledger, diagnostics, accountsFile, contactsFile, accountRecords, contactRecords, signatures) =
      loaded
  }

  /// Creates an empty store at `path` (folders included): empty record files, a `.gitattributes`
  /// that merges events by union, and a `.gitignore` for the lock file.
  public static func create(at path: String) throws {
    do {
      try FileIO.makeDirectory(path)
      let files: [(String, String)] = [
        (accountsFile, "# Accounts: see docs/FORMAT.md. One record per account.\n"),
        (contactsFile, "# Contacts: see docs/FORMAT.md. One record per person.\n"),
        (eventsFile, "# Events: append-only, one line per deposit, withdrawal or favour.\n"),
        (".gitattributes", "events.txt merge=union\n"),
        (".gitignore", "\(lockFile)\n"),
      ]
      for (name, text) in files where FileIO.signature("\(path)/\(name)") == nil {
        try FileIO.replace("\(path)/\(name)", with: Array(text.utf8))
      }
    } catch {
      throw StoreError.io(error.description)
    }
  }

  // MARK: Loading

  private typealias Loaded = (
    ledger: Ledger, diagnostics: [Diagnostic], accountsFile: RecordFile, contactsFile: RecordFile,
    accountRecords: [Int], contactRecords: [Int], signatures: [String: FileSignature?]
  )

  private static func load(path: String, settings: EquitySettings, today: Day) throws -> Loaded {
    // The events file is read and drafted (see `EventLog.Drafting`) while the records are read;
    // the thread done with the records first helps with the drafting.
    var signature: FileSignature?
    let drafting = EventLog.Drafting {
      // Room to append to without moving the whole file in memory on the first recording.
      let file = try read(eventsFile, in: path, room: 1 << 20)
      signature = file.signature
      return file.bytes
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
  private static func read(_ name: String, in path: String, room: Int = 0) throws -> (
    bytes: [UInt8], signature: FileSignature?
  ) {
    let file = "\(path)/\(name)"
    let signature = FileIO.signature(file)
    do { return (try FileIO.read(file, room: room) ?? [], signature) } catch {
      throw StoreError.io(error.description)
    }
  }

  /// Reads the accounts and contacts into a ledger without events.
  private static func loadRecords(path: String, settings: EquitySettings, today: Day) throws
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
    var sink = DiagnosticSink(file: accountsFile)
    let accountSpans: [Range<Int>] = accountBytes.withUnsafeBytes { buffer in
      let raws = splitRecords(buffer, word: "account", sink: &sink, otherWords: ["contact"])
      ledger.reserve(accounts: raws.count, contacts: 0)
      for (position, raw) in raws.enumerated() {
        guard let account = RecordCodec.account(raw, buffer, &sink) else { continue }
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

    let contactBytes = try read(contactsFile)
    var contactRecords: [Int] = []
    sink = DiagnosticSink(file: contactsFile)
    let contactSpans: [Range<Int>] = contactBytes.withUnsafeBytes { buffer in
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

    return (
      ledger, diagnostics, RecordFile(original: accountBytes, spans: accountSpans),
      RecordFile(original: contactBytes, spans: contactSpans), accountRecords, contactRecords,
      signatures
    )
  }

  /// Whether a file of the store changed on disk since it was loaded or last written.
  public var changedOnDisk: Bool {
    [Store.accountsFile, Store.contactsFile, Store.eventsFile].contains {
      FileIO.signature("\(path)/\($0)") != signatures[$0] ?? nil
    }
  }

  /// Reads the store again from disk, keeping the lock.
  public func reload() throws {
    (ledger, diagnostics, accountsFile, contactsFile, accountRecords, contactRecords, signatures) =
      try Store.load(path: path, settings: settings, today: today)
    revision += 1
    loads += 1
  }

  /// Takes the lock that another Rapport held, once it has quit; true when the store can now
  /// be written.
  public func takeLockIfFree() -> Bool {
    guard lockWasHeld, lock == nil, let taken = try? StoreLock(path: "\(path)/\(Store.lockFile)") else {
      return access == .readWrite
    }
    lock = taken
    lockWasHeld = false
    access = .readWrite
    revision += 1
    return true
  }

  /// Reloads when another program changed a file, so that a write never undoes its change.
  private func reloadIfChanged() throws {
    if changedOnDisk { try reload() }
  }

  // MARK: Writing

  /// Records an event: appends its line to `events.txt` and returns once it is on disk. A touch
  /// (a deposit or a favour) is the planned one, if the account had one planned: the plan is
  /// then cleared from `accounts.txt`.
  @discardableResult
  public func record(_ draft: EventDraft) throws -> Event {
    try reloadIfChanged()
    try checkWritable(Store.eventsFile)
    guard ledger.accountIndex(draft.account) != nil else {
      throw StoreError.invalid("unknown account '\(draft.account)'")
    }
    if let contact = draft.contact, ledger.contactIndex("\(draft.account)/\(contact)") == nil {
      throw StoreError.invalid("unknown contact '\(draft.account)/\(contact)'")
    }
    if !draft.kind.isEmpty, !EventLog.isKind(draft.kind) {
      throw StoreError.invalid(
        "'\(draft.kind)' is not a kind: use a lowercase word such as insight")
    }
    var line =
      "\(draft.day) \(draft.account)\(draft.contact.map { "/\($0)" } ?? "") \(draft.type.word)"
    if !draft.kind.isEmpty { line += " \(draft.kind)" }
    line += " \(draft.weight)"
    if !draft.note.isEmpty { line += " \(quote(draft.note))" }
    line += " id:\(ledger.log.freshID())\n"
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

  /// Voids an event by appending a `void` line; the event stays in the file.
  public func void(eventID: String, on day: Day, reason: String = "") throws {
    try reloadIfChanged()
    try checkWritable(Store.eventsFile)
    guard let index = ledger.eventIndex(id: eventID) else {
      throw StoreError.invalid("no event has the id '\(eventID)'")
    }
    guard !ledger.event(index).voided else {
      throw StoreError.invalid("event '\(eventID)' is already void")
    }
    var line = "\(day) void \(eventID)"
    if !reason.isEmpty { line += " \(quote(reason))" }
    _ = try append(line + "\n")
  }

  /// Takes back the last live event by voiding it with the reason "undo"; nil when there is
  /// none.
  public func undo(on day: Day) throws -> Event? {
    try reloadIfChanged()
    try checkWritable(Store.eventsFile)
    guard let index = ledger.undoableEvent else { return nil }
    let id = ledger.event(index).id
    _ = try append("\(day) void \(id) \"undo\"\n")
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

  /// Brings back the event most recently undone with a `restore` line; nil when there is none.
  public func redo(on day: Day) throws -> Event? {
    try reloadIfChanged()
    try checkWritable(Store.eventsFile)
    guard let index = ledger.redoableEvent else { return nil }
    let id = ledger.event(index).id
    _ = try append("\(day) restore \(id) \"redo\"\n")
    let event = ledger.event(index)
    clearPlan(for: event)
    return event
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

  /// Writes a checked event line to disk, then applies it in memory.
  private func append(_ line: String) throws -> Int {
    let bytes = Array(line.utf8)
    let file = "\(path)/\(Store.eventsFile)"
    let newline = ledger.terminateEventsLastLine()
    do {
      try FileIO.append((newline ? [Byte.newline] : []) + bytes, to: file)
    } catch {
      throw StoreError.io(error.description)
    }
    signatures[Store.eventsFile] = FileIO.signature(file)
    revision += 1
    switch ledger.appendEventLine(bytes) {
    case .success(.recorded(let index)), .success(.marked(let index)): return index
    case .failure(let diagnostic): throw StoreError.invalid(diagnostic.reason)
    }
  }

  /// Saves an edit of an account (matched by id) by rewriting `accounts.txt`. Only the fields
  /// that differ from `original`, the record as the edit began (by default the one in memory),
  /// are written: when the file changed on disk meanwhile, the store is reloaded and the edit
  /// applied to the record found there, unless someone else changed the same fields.
  public func update(_ account: Account, from original: Account? = nil) throws {
    guard let before = original ?? ledger.accountIndex(account.id).map({ ledger.accounts[$0] }) else {
      throw StoreError.invalid("unknown account '\(account.id)'")
    }
    try reloadIfChanged()
    try checkWritable(Store.accountsFile)
    guard let index = ledger.accountIndex(account.id) else {
      throw StoreError.invalid("the account '\(account.id)' is no longer in the store")
    }
    let merged = try Merge.account(original: before, edited: account, current: ledger.accounts[index])
    try validate(merged)
    var file = accountsFile
    file.replace(accountRecords[index], with: RecordCodec.text(of: merged))
    try write(file, to: Store.accountsFile)
    accountsFile = file
    ledger.replace(account: index, with: merged)
  }

  /// Saves an edit of a contact (matched by account and id) by rewriting `contacts.txt`, as
  /// `update(_:from:)` does for accounts.
  public func update(_ contact: Contact, from original: Contact? = nil) throws {
    guard let before = original ?? ledger.contactIndex(contact.key).map({ ledger.contacts[$0] }) else {
      throw StoreError.invalid("unknown contact '\(contact.key)'")
    }
    try reloadIfChanged()
    try checkWritable(Store.contactsFile)
    guard let index = ledger.contactIndex(contact.key) else {
      throw StoreError.invalid("the contact '\(contact.key)' is no longer in the store")
    }
    let merged = try Merge.contact(original: before, edited: contact, current: ledger.contacts[index])
    try validate(merged)
    var file = contactsFile
    file.replace(contactRecords[index], with: RecordCodec.text(of: merged))
    try write(file, to: Store.contactsFile)
    contactsFile = file
    ledger.replace(contact: index, with: merged)
  }

  /// Adds an account at the end of `accounts.txt`.
  public func add(_ account: Account) throws {
    try reloadIfChanged()
    try checkWritable(Store.accountsFile)
    guard ledger.accountIndex(account.id) == nil else {
      throw StoreError.invalid("an account with the id '\(account.id)' exists already")
    }
    try validate(account)
    var file = accountsFile
    file.append(RecordCodec.text(of: account))
    try write(file, to: Store.accountsFile)
    accountsFile = file
    ledger.add(account)
    accountRecords.append(file.recordCount - 1)
  }

  /// Adds a contact to `contacts.txt`: after the account's other contacts, or at the end.
  public func add(_ contact: Contact) throws {
    try reloadIfChanged()
    try checkWritable(Store.contactsFile)
    guard ledger.accountIndex(contact.account) != nil else {
      throw StoreError.invalid("unknown account '\(contact.account)'")
    }
    guard ledger.contactIndex(contact.key) == nil else {
      throw StoreError.invalid("a contact with the id '\(contact.key)' exists already")
    }
    try validate(contact)
    var file = contactsFile
    let account = ledger.accountIndex(contact.account)!
    file.append(
      RecordCodec.text(of: contact), after: ledger.contacts(ofAccount: account).last.map { contactRecords[$0] })
    try write(file, to: Store.contactsFile)
    contactsFile = file
    _ = ledger.add(contact)
    contactRecords.append(file.recordCount - 1)
  }

  /// Rewrites both record files from memory: byte for byte what was loaded, plus any edits.
  func saveRecordFiles() throws {
    try checkWritable(Store.accountsFile)
    try checkWritable(Store.contactsFile)
    try write(accountsFile, to: Store.accountsFile)
    try write(contactsFile, to: Store.contactsFile)
  }

  private func validate(_ account: Account) throws {
    guard Identifier.isValid(account.id) else {
      throw StoreError.invalid("'\(account.id)' is not an account id: \(Identifier.rule)")
    }
    guard !account.name.allSatisfy(\.isWhitespace) else {
      throw StoreError.invalid("an account needs a name")
    }
  }

  private func validate(_ contact: Contact) throws {
    guard Identifier.isValid(contact.id) else {
      throw StoreError.invalid("'\(contact.id)' is not a contact id: \(Identifier.rule)")
    }
    guard !contact.name.allSatisfy(\.isWhitespace) else {
      throw StoreError.invalid("a contact needs a name")
    }
    if let bad = contact.flags.first(where: { !Identifier.isValid($0) }) {
      throw StoreError.invalid("flag '\(bad)' is not a word: \(Identifier.rule)")
    }
  }

  private func write(_ file: RecordFile, to name: String) throws {
    let full = "\(path)/\(name)"
    do { try FileIO.replace(full, with: file.render()) } catch {
      throw StoreError.io(error.description)
    }
    signatures[name] = FileIO.signature(full)
    revision += 1
  }

  private func checkWritable(_ name: String) throws {
    if case .readOnly(let reason) = access { throw StoreError.readOnly(reason) }
    let errorCount = errors.count
    guard errorCount == 0 else { throw StoreError.hasErrors(errorCount) }
    guard FileIO.signature("\(path)/\(name)") == signatures[name] ?? nil else {
      throw StoreError.changedOnDisk(name)
    }
  }
}
