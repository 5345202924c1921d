import Foundation
import RapportCore

/// A shared store for the sync tests: a bare repository and clones of it in a temporary home,
/// each clone with its own author (git's user.name, `RAPPORT_USER` for the command line and
/// `store.author` for the library).
final class Team {
  struct Failed: Error, CustomStringConvertible {
    var description: String
  }

  let home: TemporaryHome
  let runner: CommandRunner
  var remote: String { home.path + "/remote.git" }
  private(set) var clones: [String] = []
  private(set) var authors: [String] = []
  static let today = Day(iso: "2026-11-23")!

  /// The repository, and a first clone holding one account (Acme) and one contact (Jane Doe),
  /// pushed; then `size - 1` more clones of it.
  init(size: Int, seed: [String: String] = [:]) throws {
    home = try TemporaryHome()
    runner = CommandRunner(home: home.path)
    try git(["-c", "init.defaultBranch=main", "init", "-q", "--bare", remote], in: home.path)
    let first = home.path + "/clone00"
    try Store.create(at: first)
    let files =
      seed.isEmpty
      ? [
        "accounts.txt": "account acme \"Acme Corp\" tier:A\n",
        "contacts.txt": "contact acme/jane \"Jane Doe\" role:CFO\n",
      ] : seed
    for (name, text) in files { try text.write(toFile: "\(first)/\(name)", atomically: true, encoding: .utf8) }
    try git(["-c", "init.defaultBranch=main", "init", "-q"], in: first)
    try git(["remote", "add", "origin", remote], in: first)
    try configure(first, as: Team.name(0))
    _ = try sync(0, library: true)
    for index in 1..<size {
      let path = home.path + "/clone" + String(format: "%02d", index)
      try git(["clone", "-q", remote, path], in: home.path)
      try configure(path, as: Team.name(index))
    }
  }

  static func name(_ index: Int) -> String { "Member\(String(format: "%02d", index))" }

  private func configure(_ path: String, as name: String) throws {
    try git(["config", "user.name", name], in: path)
    try git(["config", "user.email", "\(name.lowercased())@example.com"], in: path)
    clones.append(path)
    authors.append(name)
  }

  /// Runs git with the test's private home, so that no one's own configuration plays a part.
  @discardableResult
  func git(_ arguments: [String], in folder: String) throws -> String {
    let result = try Subprocess.run(
      ["git"] + arguments, environment: ["PATH": "/usr/bin:/bin", "HOME": home.path, "LANG": "C.UTF-8"],
      directory: folder)
    guard result.status == 0 else { throw Failed(description: "git \(arguments): \(result.stderr)") }
    return result.stdout
  }

  /// A clone's store opened for writing by its author.
  func store(_ index: Int) throws -> Store {
    let store = try Store(path: clones[index], writable: true, today: Team.today)
    store.author = Author(authors[index])
    return store
  }

  /// Records a deposit on Jane by the library; returns its id.
  func deposit(_ index: Int, note: String) throws -> String {
    let draft = EventDraft(
      day: Team.today, account: "acme", contact: "jane", type: .deposit, kind: "check-in", weight: Weight(1),
      note: note)
    return try store(index).record(draft).id
  }

  /// Runs `rapport ARGS --store CLONE` as the clone's author.
  func rapport(_ index: Int, _ arguments: [String]) throws -> CommandRunner.Output {
    try runner.run(arguments + ["--store", clones[index]], extraEnvironment: ["RAPPORT_USER": authors[index]])
  }

  /// Records a deposit on Jane with the command line; returns its id.
  func depositByCommand(_ index: Int, note: String) throws -> String {
    let before = Set(try eventIDs(index))
    let added = try rapport(index, ["add", "deposit", "acme/jane", "--kind", "insight", "--note", note])
    guard added.status == 0 else { throw Failed(description: "rapport add: \(added.stderr)") }
    let new = try eventIDs(index).filter { !before.contains($0) }
    guard new.count == 1 else { throw Failed(description: "rapport add wrote \(new.count) events") }
    return new[0]
  }

  /// Edits one field of Jane Doe in a clone.
  func editJane(_ index: Int, _ change: (inout Contact) -> Void) throws {
    let store = try store(index)
    let original = store.ledger.contacts[store.ledger.contactIndex("acme/jane")!]
    var edited = original
    change(&edited)
    try store.update(edited, from: original)
  }

  /// Syncs a clone, with the library or the command line.
  func sync(_ index: Int, library: Bool, resolving: [SyncResolution] = []) throws -> SyncReport {
    if library {
      return try Sync(storePath: clones[index], author: Author(authors[index])).run(resolving: resolving)
    }
    let arguments = ["sync", "--json"] + resolving.flatMap { ["--\($0.side.rawValue)", $0.key] }
    let output = try rapport(index, arguments)
    let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any] ?? [:]
    if let failure = json["failure"] as? [String: Any] {
      throw Failed(description: "rapport sync: \(failure["message"] ?? output.stderr)")
    }
    var report = SyncReport(
      committed: json["committed"] as? String, duplicatesRemoved: json["duplicatesRemoved"] as? Int ?? 0,
      pushed: json["pushed"] as? Bool ?? false)
    report.conflicts = (json["conflicts"] as? [[String: Any]] ?? []).map {
      SyncConflict(
        kind: .contact, record: $0["record"] as? String ?? "", recordName: $0["name"] as? String ?? "",
        field: $0["field"] as? String ?? "", ours: $0["ours"] as? String, theirs: $0["theirs"] as? String)
    }
    report.arrivals = (json["arrivals"] as? [[String: Any]] ?? []).map {
      SyncArrival(
        author: $0["author"] as? String ?? "", account: $0["account"] as? String ?? "",
        touches: $0["touches"] as? Int ?? 0, promisesMade: $0["promisesMade"] as? Int ?? 0,
        promisesClosed: $0["promisesClosed"] as? Int ?? 0, edits: $0["edits"] as? Int ?? 0)
    }
    guard output.status == (report.conflicts.isEmpty ? 0 : 1) else {
      throw Failed(description: "rapport sync exited \(output.status): \(output.stderr)")
    }
    return report
  }

  /// The ids on the event and promise lines of a clone's events file, in file order, repeats kept.
  func eventIDs(_ index: Int) throws -> [String] {
    let text = try String(contentsOfFile: clones[index] + "/events.txt", encoding: .utf8)
    return text.split(separator: "\n").compactMap { line in
      line.split(separator: " ").last.flatMap { $0.hasPrefix("id:") ? String($0.dropFirst(3)) : nil }
    }
  }

  /// Jane Doe as a clone has her.
  func jane(_ index: Int) throws -> Contact {
    let store = try Store(path: clones[index], writable: false, today: Team.today)
    return store.ledger.contacts[store.ledger.contactIndex("acme/jane")!]
  }
}
