/// What a sync checks before it commits anything: the store's errors (those that came with an
/// earlier pull do not stop it from pulling their fix), the fields `--ours`/`--theirs` name, and
/// the identity its commits carry.
extension Sync {
  /// Loads the store. Returns its ledger and how many errors it has when they are all committed (this clone has
  /// nothing to commit): they came with a pull, and the sync goes on to pull the fix, pushing
  /// only a clean store. Throws when the store has errors and changes to commit.
  func checkBeforeCommit(_ git: Git) throws(SyncFailure) -> (ledger: Ledger, carriedErrors: Int) {
    let store: Store
    do { store = try Store(path: storePath, writable: false) } catch {
      throw SyncFailure(.storeInvalid, "the store at \(storePath) cannot be read: \(error)")
    }
    guard !store.errors.isEmpty else { return (store.ledger, 0) }
    let status = try git.must(["status", "--porcelain", "--", "."], doing: "list the store's changes")
    guard status.text.isEmpty, try git.commit("HEAD") != nil else {
      throw SyncFailure(
        .storeInvalid,
        "the store has \(Sync.errorCount(store.errors)), so nothing was synced:\n\(Sync.listed(store.errors))\n"
          + "Fix them (rapport check lists them all), then sync again.")
    }
    return (store.ledger, store.errors.count)
  }

  /// Throws unless each resolution names a field that this clone's files and the remote both
  /// changed to different values: a key that matches nothing would otherwise be ignored without
  /// a word. Nothing is changed either way (the remote is fetched).
  func checkResolutions(_ git: Git, _ resolutions: [SyncResolution]) throws(SyncFailure) {
    guard !resolutions.isEmpty else { return }
    let remote = try Remote(git, committed: nil)
    let fetched = try git.run(["fetch", "-q", remote.name])
    guard fetched.succeeded else {
      throw SyncFailure(
        .network,
        "could not reach the remote '\(remote.name)' (git: \(fetched.complaint)). \(Sync.keptHere(nil))"
          + " Sync again once it can be reached.")
    }
    var conflicts: [SyncConflict] = []
    if let theirs = try git.commit(remote.trackingRef), let head = try git.commit("HEAD") {
      let found = try git.run(["merge-base", head, theirs])
      let base = found.succeeded ? found.text : nil
      conflicts += try pendingConflicts(.accounts, git, base: base, theirs: theirs)
      conflicts += try pendingConflicts(.contacts, git, base: base, theirs: theirs)
    }
    let unmatched = resolutions.filter { resolution in
      !conflicts.contains {
        $0.field == resolution.field
          && ($0.record == resolution.record || resolution.record.hasSuffix("/\($0.record)"))
      }
    }
    guard !unmatched.isEmpty else { return }
    let named = unmatched.map { "--\($0.side.rawValue) \($0.key)" }.joined(separator: ", ")
    if conflicts.isEmpty {
      throw SyncFailure(
        .noSuchConflict,
        "\(named) matched nothing: no field was changed both here and on the remote, so there is nothing to"
          + " settle. Nothing was changed; sync without it.")
    }
    throw SyncFailure(
      .noSuchConflict,
      "no conflict on \(unmatched.map(\.key).joined(separator: ", ")); the conflicts are:"
        + " \(conflicts.map(\.key).joined(separator: ", ")). Nothing was changed: settle those with --ours or"
        + " --theirs.")
  }

  /// The fields of one record file that would stop a merge of `theirs` into the files as they are.
  private func pendingConflicts<Record>(_ kind: RecordKind<Record>, _ git: Git, base: String?, theirs: String)
    throws(SyncFailure) -> [SyncConflict]
  {
    let path = "./\(kind.fileName)"
    let ours = ((try? FileIO.read("\(storePath)/\(kind.fileName)")) ?? nil) ?? []
    var before: [UInt8] = []
    if let base { before = try git.file(path, at: base) }
    let merged = RecordMerge(kind: kind).merge(
      base: before, ours: ours, theirs: try git.file(path, at: theirs), resolutions: [])
    return merged.conflicts
  }

  /// `NAME <EMAIL>` for `git commit --author`: the Rapport author with the email git would use,
  /// so that `git log` shows who synced. Nil when git knows no identity (the commit then says
  /// which `git config` commands to run).
  static func gitAuthor(_ git: Git, _ author: Author) throws(SyncFailure) -> String? {
    let identity = try git.run(["var", "GIT_AUTHOR_IDENT"])
    let text = identity.text
    guard identity.succeeded, let open = text.lastIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close
    else { return nil }
    let name = InertText.visible(author.name.filter { $0 != "<" && $0 != ">" })
    return "\(name) <\(text[text.index(after: open)..<close])>"
  }
}
