import Foundation

/// Bringing in what the remote has: the merge (events by union, records field by field), the
/// arrivals, and the removal of events found twice.
struct Pull {
  let git: Git
  let storePath: String
  let remote: Remote
  let author: Author?
  let resolutions: [SyncResolution]
  var tally = ArrivalTally()

  /// Merges the commit `theirs` into HEAD and commits the result; returns the conflicts instead,
  /// with nothing changed, when both sides changed a field to different values.
  mutating func merge(_ theirs: String) throws(SyncFailure) -> [SyncConflict] {
    guard !(try git.run(["merge-base", "--is-ancestor", theirs, "HEAD"]).succeeded) else { return [] }
    guard let head = try git.commit("HEAD") else {
      try git.must(["merge", "--ff-only", "-q", theirs], doing: "take the remote's history")
      return []
    }
    let base = try git.must(["merge-base", head, theirs], doing: "find where the histories part").text
    let accounts = try mergeRecords(.accounts, base: base, head: head, theirs: theirs)
    let contacts = try mergeRecords(.contacts, base: base, head: head, theirs: theirs)
    let conflicts = accounts.conflicts + contacts.conflicts
    guard conflicts.isEmpty else { return conflicts }
    try tallyArrivals(head: head, theirs: theirs, accounts: accounts.arrived, contacts: contacts.arrived)

    let lock = try Pull.lock(storePath)
    defer { withExtendedLifetime(lock) {} }
    if try git.run(["merge-base", "--is-ancestor", head, theirs]).succeeded {
      try git.must(["merge", "--ff-only", "-q", theirs], doing: "fast-forward to the remote's history")
      return []
    }
    _ = try git.run(["merge", "--no-ff", "--no-commit", "-q", theirs])
    guard try git.commit("MERGE_HEAD") != nil else {
      throw SyncFailure(
        .git,
        "git could not start merging '\(remote.name)/\(remote.branch)' (a file in the way?); the store is as it was:"
          + " git merge \(remote.name)/\(remote.branch) says why.")
    }
    do throws(SyncFailure) {
      try write(Store.accountsFile, accounts.bytes)
      try write(Store.contactsFile, contacts.bytes)
      let events = "./\(Store.eventsFile)"
      try write(
        Store.eventsFile,
        EventMerge.merge(
          base: try git.file(events, at: base), ours: try git.file(events, at: head),
          theirs: try git.file(events, at: theirs)))
      try git.must(
        ["add", "--", Store.accountsFile, Store.contactsFile, Store.eventsFile], doing: "stage the merged files")
      let unmerged = try git.must(["diff", "--name-only", "--diff-filter=U"], doing: "list unmerged files").text
      guard unmerged.isEmpty else {
        throw SyncFailure(
          .git,
          "git could not merge \(unmerged.split(separator: "\n").joined(separator: ", ")); the store is as it was"
            + " before the pull. Merge by hand: git merge \(remote.name)/\(remote.branch).")
      }
      try Sync.commit(git, "Merged \(remote.name)/\(remote.branch): \(tally.summary)", author: author)
    } catch {
      _ = try? git.run(["merge", "--abort"])
      throw error
    }
    return []
  }

  private struct Merged {
    var bytes: [UInt8]
    var conflicts: [SyncConflict]
    var arrived: [RecordArrival]
  }

  private func mergeRecords<Record>(_ kind: RecordKind<Record>, base: String, head: String, theirs: String)
    throws(SyncFailure) -> Merged
  {
    let path = "./\(kind.fileName)"
    let result = RecordMerge(kind: kind).merge(
      base: try git.file(path, at: base), ours: try git.file(path, at: head), theirs: try git.file(path, at: theirs),
      resolutions: resolutions)
    return Merged(bytes: result.bytes, conflicts: result.conflicts, arrived: result.arrived)
  }

  private func write(_ name: String, _ bytes: [UInt8]) throws(SyncFailure) {
    do { try FileIO.replace("\(storePath)/\(name)", with: bytes) } catch {
      throw SyncFailure(.git, "could not write \(storePath)/\(name) (\(error)): the pull was undone")
    }
  }

  static func lock(_ path: String) throws(SyncFailure) -> StoreLock {
    do { return try StoreLock(folder: path) } catch {
      throw SyncFailure(.git, "could not lock the store (\(error)): another Rapport is writing; sync again")
    }
  }

  /// Removes the events found twice (the same line, id included, added in two clones) in one
  /// commit; returns how many lines it removed.
  func removeDuplicates() throws(SyncFailure) -> Int {
    let lock = try Pull.lock(storePath)
    defer { withExtendedLifetime(lock) {} }
    let path = "\(storePath)/\(Store.eventsFile)"
    guard let bytes = (try? FileIO.read(path)) ?? nil else { return 0 }
    let (kept, removed) = Duplicates.remove(from: bytes)
    guard removed > 0 else { return 0 }
    do { try FileIO.replace(path, with: kept) } catch {
      throw SyncFailure(.git, "could not rewrite \(path) (\(error)): the duplicated events stay, counted once")
    }
    try git.must(["add", "--", Store.eventsFile], doing: "stage the events file")
    try Sync.commit(git, "removed \(removed) duplicated event\(removed == 1 ? "" : "s")", author: author)
    return removed
  }
}

/// Events written twice: the same line with the same id.
enum Duplicates {
  /// The bytes without the later copies of a line that ends with an `id:`, and how many went.
  static func remove(from bytes: [UInt8]) -> (bytes: [UInt8], removed: Int) {
    var seen = Set<ArraySlice<UInt8>>()
    var out: [UInt8] = []
    var removed = 0
    var start = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != Byte.newline { end += 1 }
      let next = min(end + 1, bytes.count)
      var content = bytes[start..<end]
      if content.last == Byte.carriageReturn { content = content.dropLast() }
      if hasID(content), !seen.insert(content).inserted {
        removed += 1
      } else {
        out += bytes[start..<next]
      }
      start = next
    }
    return removed == 0 ? (bytes, 0) : (out, removed)
  }

  /// Whether the line's last word is `id:…`.
  private static func hasID(_ line: ArraySlice<UInt8>) -> Bool {
    guard let space = line.lastIndex(of: Byte.space) else { return false }
    let word = line[(space + 1)...]
    return word.count > 3 && word.starts(with: Array("id:".utf8))
  }
}
