/// What `rapport sync` and the dashboard's sync key exchange: what to resolve, and what came of it.
///
/// The sync engine (`Sync`) commits the store's changes, pulls, merges records field by field
/// and events by union, checks the result and pushes. Both the command line and the dashboard
/// drive it through these values.

/// The side of a merge a value comes from: this clone's, or the one pulled in.
public enum SyncSide: String, Hashable, Sendable, CaseIterable {
  case ours, theirs
}

/// One field of one record that both sides changed to different values.
public struct SyncConflict: Hashable, Sendable {
  public enum RecordKind: String, Hashable, Sendable {
    case account, contact
  }
  public var kind: RecordKind
  /// The record's id (`acme`, `jane`).
  public var record: String
  /// The record's name, for people (`Jane Doe`).
  public var recordName: String
  /// The field as the file names it (`role`, `next-job`).
  public var field: String
  /// The value on each side; nil when that side removed the field.
  public var ours: String?
  public var theirs: String?

  public init(
    kind: RecordKind, record: String, recordName: String, field: String, ours: String?, theirs: String?
  ) {
    self.kind = kind
    self.record = record
    self.recordName = recordName
    self.field = field
    self.ours = ours
    self.theirs = theirs
  }

  /// How a resolution names this field: `jane.role`.
  public var key: String { "\(record).\(field)" }
}

/// The choice of one side for one conflicting field: `--ours jane.role`.
public struct SyncResolution: Hashable, Sendable {
  public var record: String
  public var field: String
  public var side: SyncSide

  public init(record: String, field: String, side: SyncSide) {
    self.record = record
    self.field = field
    self.side = side
  }

  /// Reads `jane.role` (the record's id, a dot, the field); nil when it is not that shape.
  public init?(key: String, side: SyncSide) {
    guard let dot = key.firstIndex(of: "."), dot != key.startIndex, key.index(after: dot) != key.endIndex
    else { return nil }
    self.init(record: String(key[..<dot]), field: String(key[key.index(after: dot)...]), side: side)
  }

  public var key: String { "\(record).\(field)" }
}

/// What one author did in what came in, on one account: "Jane logged 2 touches on Acme".
public struct SyncArrival: Hashable, Sendable {
  /// The author's name, from the events' `by:`, else the commit's author.
  public var author: String
  /// The account's name.
  public var account: String
  public var touches: Int
  public var withdrawals: Int
  public var promisesMade: Int
  public var promisesClosed: Int
  /// Records (accounts and contacts) of this account the author changed.
  public var edits: Int

  public init(
    author: String, account: String, touches: Int = 0, withdrawals: Int = 0, promisesMade: Int = 0,
    promisesClosed: Int = 0, edits: Int = 0
  ) {
    self.author = author
    self.account = account
    self.touches = touches
    self.withdrawals = withdrawals
    self.promisesMade = promisesMade
    self.promisesClosed = promisesClosed
    self.edits = edits
  }
}

/// What one sync did.
public struct SyncReport: Hashable, Sendable {
  /// The message of the commit of this clone's changes; nil when there was nothing to commit.
  public var committed: String?
  /// What came in from the remote, by author and account.
  public var arrivals: [SyncArrival]
  /// Events found twice (the same id) after the merge and removed in one commit.
  public var duplicatesRemoved: Int
  /// Whether the result was pushed.
  public var pushed: Bool
  /// Fields both sides changed: the sync stopped before merging; nothing was changed.
  public var conflicts: [SyncConflict]
  /// Errors the store had before the sync with nothing of this clone's to commit: they came with
  /// an earlier pull, and the sync pulled to take their fix (it pushes only a clean store).
  public var carriedErrors = 0

  public init(
    committed: String? = nil, arrivals: [SyncArrival] = [], duplicatesRemoved: Int = 0, pushed: Bool = false,
    conflicts: [SyncConflict] = []
  ) {
    self.committed = committed
    self.arrivals = arrivals
    self.duplicatesRemoved = duplicatesRemoved
    self.pushed = pushed
    self.conflicts = conflicts
  }
}

/// Why a sync could not run or finish. Each message says what happened to the store (it is
/// always left valid) and what to do.
public struct SyncFailure: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Reason: Hashable, Sendable {
    case notARepository, gitMissing, noRemote, network, pushRejected, invalidAfterPull, storeInvalid, git
    /// `--ours`/`--theirs` named a field that is not in conflict.
    case noSuchConflict
  }
  public var reason: Reason
  public var message: String

  public init(_ reason: Reason, _ message: String) {
    self.reason = reason
    self.message = message
  }

  public var description: String { message }
}
