import ArgumentParser
import Foundation
import RapportCore

/// `rapport sync`: shares the store through the git repository it is in.
struct SyncCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sync",
    abstract: "Share the store through its git repository: commit, pull, merge, check, push.",
    discussion:
      """
      Commits the store's changes with a message that says what they are, fetches and merges \
      what the remote has (events by union, records field by field), removes events found \
      twice, checks the result and pushes it. Uses your own git: its remote, credentials and \
      SSH keys. When both sides changed the same field, nothing is merged: each conflict is \
      listed with both values and the command that settles it. Exits 1 on a conflict or a \
      failure; the store stays valid either way.

      Examples:
        git init && git remote add origin git@example.com:team/store.git
        rapport sync
        rapport sync --theirs jane.role --ours acme.owner
        rapport sync --json
      """)

  @OptionGroup var options: StoreOptions

  @Option(
    name: .customLong("ours"),
    help: ArgumentHelp("Settle a conflict with this clone's value: RECORD.FIELD (jane.role).", valueName: "key"))
  var ours: [String] = []

  @Option(
    name: .customLong("theirs"),
    help: ArgumentHelp("Settle a conflict with the remote's value: RECORD.FIELD (jane.role).", valueName: "key"))
  var theirs: [String] = []

  @Flag(help: "Print JSON instead of sentences.")
  var json = false

  func validate() throws {
    if options.demo {
      throw ValidationError(
        "a demo store is a temporary copy, removed when the command ends, so it is never synced:"
          + " give --store STORE (a store in a git repository), or run rapport sync in one")
    }
    for key in ours + theirs where SyncResolution(key: key, side: .ours) == nil {
      throw ValidationError("'\(key)' is not a field to settle: write RECORD.FIELD, e.g. jane.role")
    }
    if let both = ours.first(where: theirs.contains) {
      throw ValidationError("\(both) is given with both --ours and --theirs: choose one side")
    }
  }

  func run() throws {
    let resolutions =
      ours.compactMap { SyncResolution(key: $0, side: .ours) }
      + theirs.compactMap { SyncResolution(key: $0, side: .theirs) }
    let config = try Config.load()
    let path = try options.resolvePath()
    let author = try Me.resolve(config: config, storePath: path)?.author
    let report: SyncReport
    do {
      report = try Sync(storePath: path, author: author).run(resolving: resolutions)
    } catch {
      if json { try Output.json(SyncJSON(failure: error)) } else { Output.warn("rapport sync: \(error.message)") }
      throw ExitStatus.failure.exitCode
    }
    if json {
      try Output.json(SyncJSON(report, command: command))
    } else {
      Output.say(SyncCommand.text(of: report, command: command), terminator: "")
    }
    if !report.conflicts.isEmpty { throw ExitStatus.failure.exitCode }
  }

  /// The command that runs this sync again, with the store given as it was.
  private var command: String {
    "rapport sync" + (options.store.map { " --store \(shellQuoted($0))" } ?? "")
  }

  static func text(of report: SyncReport, command: String) -> String {
    var lines: [String] = []
    lines.append(report.committedSentence)
    if report.carriedErrors > 0 {
      let count = report.carriedErrors
      lines.append(
        "The store had \(count) error\(count == 1 ? "" : "s") from an earlier pull and nothing of yours to commit:"
          + " pulled to take the fix\(report.conflicts.isEmpty ? ", and the store is clean now" : "").")
    }
    if report.arrivals.isEmpty {
      if report.conflicts.isEmpty { lines.append("Nothing came in.") }
    } else {
      lines.append("Came in:")
      lines += report.arrivals.map { "  \($0.sentence)" }
    }
    if report.duplicatesRemoved > 0 {
      let count = report.duplicatesRemoved
      lines.append("Removed \(count) duplicated event\(count == 1 ? "" : "s") (in one commit).")
    }
    if !report.conflicts.isEmpty {
      let count = report.conflicts.count
      lines.append(
        "Stopped: \(count) field\(count == 1 ? " was" : "s were") changed on both sides. Nothing was pulled:"
          + " the store is as it was. Settle each, then the sync goes on:")
      for conflict in report.conflicts {
        let what = conflict.kind == .contact ? "contact" : "account"
        lines.append("  \(conflict.recordName) (\(what) \(conflict.record)), \(conflict.field):")
        lines.append("    here:  \(SyncCommand.shown(conflict.ours, personal: conflict.isPersonal))")
        lines.append("    there: \(SyncCommand.shown(conflict.theirs, personal: conflict.isPersonal))")
        lines.append("    keep here:  \(command) --ours \(conflict.key)")
        lines.append("    keep there: \(command) --theirs \(conflict.key)")
      }
    } else {
      lines.append(report.pushed ? "Pushed: the remote has everything." : "Not pushed.")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A value for output: empty, a personal note (left out), or the value on one line.
  static func shown(_ value: String?, personal: Bool) -> String {
    guard let value else { return "(empty)" }
    if personal { return "(a personal note, not shown)" }
    return "\"" + value.replacingOccurrences(of: "\n", with: " ") + "\""
  }
}

/// A word for a shell: as it is when it is plain, else in single quotes.
private func shellQuoted(_ word: String) -> String {
  let plain = word.unicodeScalars.allSatisfy {
    CharacterSet.alphanumerics.contains($0) || "/._-~+=:,@".unicodeScalars.contains($0)
  }
  return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

extension Error {
  fileprivate var message: String { (self as? SyncFailure)?.message ?? "\(self)" }
}

/// `rapport sync --json`.
struct SyncJSON: Encodable {
  struct Arrival: Encodable {
    var author, account, sentence: String
    var touches, withdrawals, promisesMade, promisesClosed, edits: Int
  }

  struct Conflict: Encodable {
    var kind, record, name, field, key: String
    var ours, theirs: String?
    var personal: Bool
    var keepOurs, keepTheirs: String
  }

  struct Failure: Encodable {
    var reason, message: String
  }

  var committed: String?
  var arrivals: [Arrival] = []
  var duplicatesRemoved = 0
  var pushed = false
  var conflicts: [Conflict] = []
  var carriedErrors = 0
  var failure: Failure?

  init(_ report: SyncReport, command: String) {
    committed = report.committed
    arrivals = report.arrivals.map {
      Arrival(
        author: $0.author, account: $0.account, sentence: $0.sentence, touches: $0.touches,
        withdrawals: $0.withdrawals, promisesMade: $0.promisesMade, promisesClosed: $0.promisesClosed,
        edits: $0.edits)
    }
    duplicatesRemoved = report.duplicatesRemoved
    pushed = report.pushed
    carriedErrors = report.carriedErrors
    conflicts = report.conflicts.map {
      Conflict(
        kind: $0.kind.rawValue, record: $0.record, name: $0.recordName, field: $0.field, key: $0.key,
        ours: $0.isPersonal ? nil : $0.ours, theirs: $0.isPersonal ? nil : $0.theirs, personal: $0.isPersonal,
        keepOurs: "\(command) --ours \($0.key)", keepTheirs: "\(command) --theirs \($0.key)")
    }
  }

  init(failure error: Error) {
    let failure = error as? SyncFailure
    self.failure = Failure(
      reason: failure.map { "\($0.reason)" } ?? "error", message: failure?.message ?? "\(error)")
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    if let failure {
      try container.encode(failure, forKey: .failure)
      return
    }
    try container.encode(committed, forKey: .committed)
    try container.encode(arrivals, forKey: .arrivals)
    try container.encode(duplicatesRemoved, forKey: .duplicatesRemoved)
    try container.encode(pushed, forKey: .pushed)
    try container.encode(conflicts, forKey: .conflicts)
    try container.encode(carriedErrors, forKey: .carriedErrors)
  }

  enum CodingKeys: String, CodingKey {
    case committed, arrivals, duplicatesRemoved, pushed, conflicts, carriedErrors, failure
  }
}
