import Foundation

/// Shares a store through the git repository it is in, with the user's own `git`:
///
/// 1. the store must check clean;
/// 2. its changes are committed, with a message that says what they are;
/// 3. what the remote has is fetched and merged: events by union, records field by field (a
///    field both sides changed to different values stops the sync, with the store as it was);
/// 4. events found twice are removed in one commit;
/// 5. the result is checked, and pushed only when clean; a push refused because someone pushed
///    meanwhile pulls and merges again, a few times.
///
/// Every failure leaves the store valid and this clone's changes committed.
public struct Sync: Sendable {
  public let storePath: String
  /// Who syncs: recorded in the commits of this clone's changes (`Rapport-Author:`), so that
  /// teammates see the name.
  public let author: Author?
  /// How many times a push refused because the remote moved is tried again after merging.
  public var attempts: Int

  public init(storePath: String, author: Author?, attempts: Int = 4) {
    self.storePath = storePath
    self.author = author
    self.attempts = attempts
  }

  /// Runs one sync. Conflicts are in the report (the store unchanged by the pull); everything
  /// else that stops it throws a `SyncFailure` saying what to do.
  public func run(resolving resolutions: [SyncResolution] = []) throws(SyncFailure) -> SyncReport {
    let git = Git(folder: storePath)
    try repository(git)
    var report = SyncReport()
    // The store as checked, and the commit it is: loaded again only once a pull changes it (or
    // when it had errors from an earlier pull).
    var ledger: Ledger
    (ledger, report.carriedErrors) = try checkBeforeCommit(git)
    try checkResolutions(git, resolutions)
    try ensureUnionMerge()
    report.committed = try commitChanges(git)
    var checked = try git.commit("HEAD")
    let remote = try Remote(git, committed: report.committed)
    for attempt in 1...max(1, attempts) {
      let fetched = try git.run(["fetch", "-q", remote.name])
      guard fetched.succeeded else {
        throw SyncFailure(
          .network,
          "could not reach the remote '\(remote.name)' (git: \(fetched.complaint)). \(Sync.keptHere(report.committed))"
            + " Sync again once it can be reached.")
      }
      var pull = Pull(git: git, storePath: storePath, remote: remote, author: author, resolutions: resolutions)
      if let theirs = try git.commit(remote.trackingRef) {
        let conflicts = try pull.merge(theirs)
        guard conflicts.isEmpty else {
          report.conflicts = conflicts
          return report
        }
      }
      report.duplicatesRemoved += try pull.removeDuplicates()
      let head = try git.commit("HEAD")
      if head != checked || report.carriedErrors > 0 {
        ledger = try Sync.checkAfterPull(storePath)
        checked = head
      }
      report.arrivals = Sync.merging(report.arrivals, pull.tally.arrivals(names: ledger))
      let remoteHead = try git.commit(remote.trackingRef)
      if head == nil || head == remoteHead {
        report.pushed = head != nil
        return report
      }
      var push = ["push", "-q"]
      if !remote.tracked { push.append("-u") }
      let pushed = try git.run(push + [remote.name, "HEAD:refs/heads/\(remote.branch)"])
      if pushed.succeeded {
        report.pushed = true
        return report
      }
      // Refused because the remote moved: before the push (rejected) or while it ran (the ref
      // could not be updated).
      let moved = ["[rejected]", "fetch first", "non-fast-forward", "cannot lock ref", "failed to update ref"]
      guard moved.contains(where: pushed.err.contains) else {
        throw SyncFailure(
          .network,
          "could not push to '\(remote.name)' (git: \(pushed.complaint)). The store is valid and merged here;"
            + " sync again once the remote takes pushes.")
      }
      if attempt == attempts { break }
    }
    throw SyncFailure(
      .pushRejected,
      "the remote '\(remote.name)' kept receiving other pushes: tried \(attempts) times. The store is valid and merged"
        + " here; sync again in a moment.")
  }

  /// Throws unless the store is in a git work tree.
  private func repository(_ git: Git) throws(SyncFailure) {
    var info = stat()
    guard stat(storePath, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
      throw SyncFailure(.storeInvalid, "no store at \(storePath): give the folder of a store")
    }
    let inside = try git.run(["rev-parse", "--is-inside-work-tree"])
    guard inside.succeeded, inside.text == "true" else {
      throw SyncFailure(
        .notARepository,
        "\(storePath) is not in a git repository, so there is nothing to sync with; nothing was done."
          + " To share the store: cd \(storePath) && git init && git remote add origin URL, then rapport sync.")
    }
  }

  /// Makes sure `.gitattributes` merges events by union (stores made before it was written).
  private func ensureUnionMerge() throws(SyncFailure) {
    let path = "\(storePath)/.gitattributes"
    var text = (try? FileIO.read(path)).flatMap { $0 }.map { String(decoding: $0, as: UTF8.self) } ?? ""
    let rule = "events.txt merge=union"
    guard !text.split(whereSeparator: \.isNewline).contains(where: { $0.trimmingCharacters(in: .whitespaces) == rule })
    else { return }
    if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
    do { try FileIO.replace(path, with: Array((text + rule + "\n").utf8)) } catch {
      throw SyncFailure(.git, "could not write \(path) (\(error)): check the folder's permissions")
    }
  }

  /// Commits the store's changes; returns the message, or nil when nothing changed.
  private func commitChanges(_ git: Git) throws(SyncFailure) -> String? {
    try git.must(["add", "-A", "--", "."], doing: "stage the store's changes")
    let staged = try git.must(["diff", "--cached", "--name-only", "--relative", "--", "."], doing: "list the changes")
    let names = staged.text.split(separator: "\n").map(String.init)
    guard !names.isEmpty else { return nil }
    let hasHead = try git.commit("HEAD") != nil
    func versions(_ name: String) throws(SyncFailure) -> ([UInt8], [UInt8]) {
      let before = hasHead ? try git.file("./\(name)", at: "HEAD") : []
      return (before, ((try? FileIO.read("\(storePath)/\(name)")) ?? nil) ?? [])
    }
    var summary = CommitSummary()
    if names.contains(Store.eventsFile) {
      // The lines staged, from git's diff: reading both whole versions of a large file costs more.
      let diff = try git.must(
        ["diff", "--cached", "-U0", "--no-color", "--no-ext-diff", "--no-renames", "--", Store.eventsFile],
        doing: "list the new events")
      let lines = diff.out.split(separator: "\n")
      summary.events = CommitSummary.eventWords(
        added: lines.filter { $0.first == "+" && !$0.hasPrefix("+++") }.map { $0.dropFirst() },
        removed: lines.filter { $0.first == "-" && !$0.hasPrefix("---") }.map { $0.dropFirst() })
    }
    let (oldAccounts, newAccounts) = try versions(Store.accountsFile)
    summary.records += CommitSummary.recordWords(.accounts, before: oldAccounts, after: newAccounts)
    let (oldContacts, newContacts) = try versions(Store.contactsFile)
    summary.records += CommitSummary.recordWords(.contacts, before: oldContacts, after: newContacts)
    let known = [Store.eventsFile, Store.accountsFile, Store.contactsFile]
    summary.otherFiles = names.filter { !known.contains($0) }.count
    // The first commit shares the whole store: the setup files are not news.
    if !hasHead { summary.otherFiles = 0 }
    let message =
      hasHead ? summary.message : Sync.firstCommit + (summary.events + summary.records).map { ", \($0)" }.joined()
    try commit(git, message)
    return message
  }

  /// Commits what is staged, signed with the author's name.
  func commit(_ git: Git, _ message: String) throws(SyncFailure) {
    try Sync.commit(git, message, author: author)
  }

  static func commit(_ git: Git, _ message: String, author: Author?) throws(SyncFailure) {
    // Names come from files anyone with push access writes: inert before they reach `git log`.
    var arguments = ["commit", "-q", "-m", InertText.visible(message)]
    if let author {
      arguments += ["-m", "\(Sync.authorTrailer): \(InertText.visible(author.name))"]
      if let identity = try gitAuthor(git, author) { arguments += ["--author", identity] }
    }
    let output = try git.run(arguments)
    guard output.succeeded else {
      let said = output.err + output.out
      if said.contains("tell me who you are") || said.contains("empty ident") || said.contains("auto-detect") {
        throw SyncFailure(
          .git,
          "git does not know who you are, so nothing was committed: run git config user.name \"Your Name\""
            + " and git config user.email you@example.com in the store (or add --global), then sync again.")
      }
      throw SyncFailure(.git, "git could not commit the store's changes: \(output.complaint)")
    }
  }

  static let authorTrailer = "Rapport-Author"

  static func keptHere(_ committed: String?) -> String {
    guard let committed else { return "The store is valid and unchanged." }
    if committed.hasPrefix(Sync.firstCommit) {
      return
        "The whole store is committed here, in the repository's first commit, and it is valid; it has not been sent anywhere yet."
    }
    return "Your changes are committed here (\(committed)) and the store is valid."
  }

  /// The message of a store's first commit, before what it holds.
  static let firstCommit = "shared the store"

  /// Loads the merged store; throws when it has errors, returns its ledger otherwise.
  static func checkAfterPull(_ path: String) throws(SyncFailure) -> Ledger {
    let store: Store
    do { store = try Store(path: path, writable: false) } catch {
      throw SyncFailure(.invalidAfterPull, "the store at \(path) cannot be read after the pull: \(error)")
    }
    guard store.errors.isEmpty else {
      throw SyncFailure(
        .invalidAfterPull,
        "after the pull the store has \(errorCount(store.errors)), so it was not pushed:\n\(listed(store.errors))\n"
          + "Fix them (rapport check lists them all), then sync again: the fix is committed and pushed.")
    }
    return store.ledger
  }

  static func errorCount(_ errors: [Diagnostic]) -> String {
    errors.count == 1 ? "1 error" : "\(errors.count) errors"
  }

  static func listed(_ errors: [Diagnostic]) -> String {
    var lines = errors.prefix(5).map { "  \($0)" }
    if errors.count > 5 { lines.append("  … and \(errors.count - 5) more") }
    return lines.joined(separator: "\n")
  }

  /// Arrivals of two pulls (a push refused, then pulled again), added up.
  static func merging(_ first: [SyncArrival], _ second: [SyncArrival]) -> [SyncArrival] {
    var all = first
    for arrival in second {
      if let i = all.firstIndex(where: { $0.author == arrival.author && $0.account == arrival.account }) {
        all[i].touches += arrival.touches
        all[i].withdrawals += arrival.withdrawals
        all[i].promisesMade += arrival.promisesMade
        all[i].promisesClosed += arrival.promisesClosed
        all[i].edits += arrival.edits
      } else {
        all.append(arrival)
      }
    }
    return all
  }
}
