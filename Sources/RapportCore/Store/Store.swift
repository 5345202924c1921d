import Foundation

/// A store: a folder of plain text files a person can read, edit, grep and keep in git.
///
/// - `accounts.txt` and `contacts.txt` hold records; an edit rewrites the file atomically and
///   keeps every other byte as it was.
/// - `events.txt` is append-only: recording an event appends one line and syncs it to disk.
///
/// Each write takes the store's lock (see `StoreLock`) for its own length, reads again what
/// other programs changed since, and only then writes: any number of Rapports can have the store
/// open and write to it.
///
/// A `Store` is not `Sendable`: it changes as it writes and reloads, so one thread (or actor)
/// owns it. Loading uses other threads inside, on values it hands them.
public final class Store {
  /// How the store was opened.
  public enum Access: Equatable, Sendable {
    case readWrite
    /// Writes are refused, for this reason: the store was opened for reading, or its folder
    /// cannot be written.
    case readOnly(String)
  }

  public static let accountsFile = "accounts.txt"
  public static let contactsFile = "contacts.txt"
  public static let eventsFile = "events.txt"

  public let path: String
  public internal(set) var ledger: Ledger
  /// Errors and warnings found while loading, in file order.
  public internal(set) var diagnostics: [Diagnostic]
  public private(set) var access: Access
  /// Goes up with every change to what the store holds: each write and each reload.
  public internal(set) var revision = 0
  /// How many times the store was read from disk: 1, and one more for each reload.
  public internal(set) var loads = 1
  /// Who is writing: the person whose changes this store makes, or nil when nobody is named.
  public var author: Author?

  var accountsFile: RecordFile
  var contactsFile: RecordFile
  /// Record position in its file of each account and contact, by ledger index.
  var accountRecords: [Int]
  var contactRecords: [Int]
  var signatures: [String: FileSignature?]
  /// The lock while a write runs; a write made inside another (undo restoring a plan) shares it.
  var lock: StoreLock?
  /// Where bytes are written: the system's calls, or a failing disk in tests.
  let disk: Disk
  /// Plans cleared by the touches recorded since opening, by event id, so that undoing the
  /// touch brings the plan back.
  var clearedPlans: [String: (day: Day, note: String)] = [:]
  let settings: EquitySettings
  let today: Day

  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

  /// Opens the store at `path`. Without `writable`, or when the folder cannot be written, the
  /// store is read-only and `access` says why.
  public init(
    path: String, writable: Bool, settings: EquitySettings = EquitySettings(), today: Day = .today(),
    disk: Disk = .system
  ) throws {
    self.path = path
    self.settings = settings
    self.today = today
    self.disk = disk
    try Store.checkIsStore(path)

    if !writable {
      access = .readOnly("opened for reading")
    } else if Foundation.access(path, W_OK) != 0 {
      access = .readOnly("the folder \(path) cannot be written (\(String(cString: strerror(errno))))")
    } else {
      access = .readWrite
    }

    let loaded = try Store.load(path: path, settings: settings, today: today)
    (ledger, diagnostics, accountsFile, contactsFile, accountRecords, contactRecords, signatures) =
      loaded
  }

  /// Creates an empty store at `path` (folders included): empty record files, a `.gitattributes`
  /// that merges events by union, and a `.gitignore` for the temporary files of a save that was
  /// cut short.
  public static func create(at path: String) throws {
    guard !path.isEmpty else { throw StoreError.invalid("no folder was given: name the folder to create") }
    var info = stat()
    if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR { throw StoreError.notAFolder(path) }
    do {
      try FileIO.makeDirectory(path)
      let files: [(String, String)] = [
        (accountsFile, "# Accounts: see docs/FORMAT.md. One record per account.\n"),
        (contactsFile, "# Contacts: see docs/FORMAT.md. One record per person.\n"),
        (eventsFile, "# Events: append-only, one line per deposit, withdrawal, favour or promise.\n"),
        (".gitattributes", "events.txt merge=union\n"),
        (".gitignore", ".*.tmp-*\n"),
      ]
      for (name, text) in files where FileIO.signature("\(path)/\(name)") == nil {
        try FileIO.replace("\(path)/\(name)", with: Array(text.utf8))
      }
    } catch {
      throw StoreError.io(error)
    }
  }

  /// Whether a file of the store changed on disk since it was loaded or last written.
  public var changedOnDisk: Bool {
    [Store.accountsFile, Store.contactsFile, Store.eventsFile].contains {
      FileIO.signature("\(path)/\($0)") != signatures[$0] ?? nil
    }
  }

  /// Throws unless `path` is a folder holding an `accounts.txt` (a link there is refused when
  /// it is read).
  static func checkIsStore(_ path: String) throws {
    var info = stat()
    guard stat(path, &info) == 0 else { throw StoreError.notAStore(path) }
    guard info.st_mode & S_IFMT == S_IFDIR else { throw StoreError.notAFolder(path) }
    guard lstat("\(path)/\(Store.accountsFile)", &info) == 0 else { throw StoreError.notAStore(path) }
  }

  /// Reads the store again from disk. When its files are gone (the folder was emptied or moved),
  /// it throws and keeps what it had.
  public func reload() throws {
    try Store.checkIsStore(path)
    (ledger, diagnostics, accountsFile, contactsFile, accountRecords, contactRecords, signatures) =
      try Store.load(path: path, settings: settings, today: today)
    revision += 1
    loads += 1
  }
}
