import RapportCore

/// Runs one sync of the store with the sides chosen for its conflicts: what the command line
/// gives the dashboard (`Dashboard.sync`). The dashboard knows nothing of git; the function
/// throws a `SyncFailure` when the sync could not run or finish.
public typealias SyncRunner = ([SyncResolution]) throws -> SyncReport

/// What the last sync said: its report, or why it failed, in words.
enum SyncOutcome {
  case report(SyncReport)
  case failure(String)
  /// The store at this path is in no git repository: the commands that make it one.
  case notARepository(String)
}

extension Dashboard {
  /// The commands that put the store at `path` in a git repository with the team's remote, as
  /// `rapport sync` gives them.
  static func shareCommands(_ path: String) -> [String] {
    ["cd \(shellQuoted(path))", "git init", "git remote add origin URL"]
  }

  /// What the sync key says, in the status line, when the store is not in a git repository.
  static func notARepository(_ path: String) -> String {
    "Not in git: to share the store, " + shareCommands(path).joined(separator: " && ") + ", then Y"
  }

  /// What the sync key says on a copy of the demo, which is removed when the dashboard closes.
  static let demoIsNotSynced = "A demo is never synced: it is a temporary copy. Y syncs a store in a git clone"

  /// More arrivals than this open the overlay that lists them all.
  static let arrivalsInStatus = 2

  /// `Y`, and Enter in the conflict form: says "Syncing…"; the sync runs once that is drawn
  /// (`runPendingWork`), since it waits on git and the network.
  func startSync(_ resolutions: [SyncResolution] = []) {
    guard sync != nil else {
      if isDemoCopy {
        message = Dashboard.demoIsNotSynced
      } else {
        show(.notARepository(store.path), after: [])
      }
      return
    }
    guard review == nil else {
      message = "Sync after the review: \(KeyMap.review.label(.end)) ends it"
      return
    }
    pendingSync = resolutions
    message = "Syncing…"
  }

  /// Runs what a key asked for that blocks (a sync), after the screen that says so was drawn.
  /// Returns whether anything ran, and so whether to draw again.
  public func runPendingWork() -> Bool {
    guard let resolutions = pendingSync, let sync else { return false }
    pendingSync = nil
    let account = selectedAccount.map { ledger.accounts[$0].id }
    let contact =
      selectedContacts.indices.contains(contactCursor.index)
      ? ledger.contacts[selectedContacts[contactCursor.index]].id : nil
    let event =
      selectedEvents.indices.contains(eventCursor.index)
      ? ledger.event(selectedEvents[eventCursor.index], noteLimit: 0).id : nil
    let outcome: SyncOutcome
    do {
      outcome = .report(try sync(resolutions))
    } catch {
      outcome = .failure(Dashboard.failureWords(error))
    }
    // The engine leaves the store as it left it, whatever happened: read it again.
    do {
      try store.reload()
      storeChanged(select: account ?? "", contact: contact)
      if let event, let position = selectedEvents.firstIndex(where: { ledger.event($0, noteLimit: 0).id == event }) {
        eventCursor.index = position
      }
    } catch {
      message = "Could not read the store again: \(error)"
      settle()
      return true
    }
    show(outcome, after: resolutions)
    settle()
    return true
  }

  /// Says what a sync did, or why it could not run: in the status line when it fits, else in
  /// the overlay; the conflict form when it stopped on conflicts.
  private func show(_ outcome: SyncOutcome, after resolutions: [SyncResolution]) {
    syncOutcome = outcome
    let room = max(Layout.minimumWidth, size.width) - 2
    switch outcome {
    case .report(let report) where !report.conflicts.isEmpty:
      mode = .conflicts(ConflictForm(report.conflicts, earlier: resolutions))
      let count = report.conflicts.count
      message =
        "Sync stopped: \(count == 1 ? "1 field was" : "\(count) fields were") changed on both sides;"
        + " nothing was pulled. Choose a side for each"
    case .report(let report):
      let words = Dashboard.statusWords(report)
      if report.arrivals.count > Dashboard.arrivalsInStatus || DisplayWidth.of(words) > room {
        openOverlay(.sync)
        message = "Synced: \(plural(report.arrivals.count, "arrival")) · \(report.pushed ? "pushed" : "not pushed")"
      } else {
        message = words
      }
    case .notARepository(let path):
      // The commands in the status line when they fit, else in the overlay.
      let line = Dashboard.notARepository(path)
      if DisplayWidth.of(line) <= room {
        message = line
      } else {
        openOverlay(.sync)
        message = "Not synced: the store is not in a git repository"
      }
    case .failure(let words):
      let line = "Sync failed: " + words
      if words.contains("\n") || DisplayWidth.of(line) > room {
        openOverlay(.sync)
        message = "Sync failed: the reason is shown; the store is as the sync left it"
      } else {
        message = line
      }
    }
  }

  /// The status line's words for a sync: what was committed, what came in, what was pushed.
  /// "Jane logged 2 touches on Acme; Sam closed 1 promise on Kestrel · pushed".
  static func statusWords(_ report: SyncReport) -> String {
    var parts: [String] = []
    if let committed = report.committed { parts.append("committed \(committed)") }
    parts.append(
      report.arrivals.isEmpty ? "nothing came in" : report.arrivals.map(Dashboard.sentence).joined(separator: "; "))
    if report.duplicatesRemoved > 0 { parts.append("removed \(plural(report.duplicatesRemoved, "duplicated event"))") }
    parts.append(report.pushed ? "pushed" : "not pushed")
    return parts.joined(separator: " · ")
  }

  /// "Jane logged 2 touches on Acme": the engine's words, as `rapport sync` prints them.
  static func sentence(_ arrival: SyncArrival) -> String { arrival.sentence }

  /// A failure's message whole; when git wanted a password or a key the dashboard cannot ask
  /// for, how to give it once.
  static func failureWords(_ error: Error) -> String {
    let words = (error as? SyncFailure)?.message ?? "\(error)"
    let lowered = words.lowercased()
    let credentials = [
      "terminal prompts disabled", "could not read username", "could not read password", "authentication failed",
      "permission denied", "host key verification failed", "passphrase",
    ]
    guard credentials.contains(where: lowered.contains) else { return words }
    return words
      + "\nGit needs a password or a key here, and the dashboard does not let git ask on the terminal:"
      + " run rapport sync in a shell once (or set up a credential helper or ssh-agent), then Y syncs."
  }

  /// The overlay after a sync: everything that came in, or the failure whole.
  func syncLines() -> (title: String, lines: [(String, StyleRole)])? {
    switch syncOutcome {
    case .report(let report):
      var lines: [(String, StyleRole)] = [
        (report.committed.map { "Committed: \($0)" } ?? "Nothing to commit", .dim)
      ]
      lines.append((report.arrivals.isEmpty ? "Nothing came in" : "Came in:", .overlayTitle))
      lines += report.arrivals.map { ("· " + Dashboard.sentence($0), .normal) }
      if report.duplicatesRemoved > 0 {
        lines.append(("Removed \(plural(report.duplicatesRemoved, "duplicated event")) (in one commit)", .dim))
      }
      lines.append((report.pushed ? "Pushed: the remote has everything" : "Not pushed", .dim))
      return ("Sync", lines)
    case .failure(let words):
      let lines = words.split(separator: "\n", omittingEmptySubsequences: false).map { (String($0), StyleRole.normal) }
      return ("Sync failed", lines)
    case .notARepository(let path):
      let lines: [(String, StyleRole)] = [
        ("The store is not in a git repository, so there is nothing to sync with.", .normal),
        ("To share it, run in a shell:", .normal),
      ]
      return (
        "Not synced",
        lines + Dashboard.shareCommands(path).map { ("  " + $0, StyleRole.accent) } + [
          ("URL is the team's shared repository (README: A team on one store); then Y syncs.", .dim)
        ]
      )
    case nil: return nil
    }
  }
}

/// `path` as one word for a POSIX shell: as it is when it holds only safe characters, else in
/// single quotes.
func shellQuoted(_ path: String) -> String {
  let safe = path.unicodeScalars.allSatisfy {
    ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
      || "/._-+,@%:".unicodeScalars.contains($0)
  }
  return safe && !path.isEmpty
    ? path : "'" + path.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
}
