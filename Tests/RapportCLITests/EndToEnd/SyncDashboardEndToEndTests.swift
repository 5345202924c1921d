import Foundation
import Testing

/// Sync from the dashboard, through the real binary in tmux: a bare repository and two clones
/// that both changed Lars's role; the second clone's dashboard syncs, the conflict form shows
/// both values, theirs is chosen, and Enter merges and pushes.
@Suite(.serialized) struct SyncDashboardEndToEndTests {
  private static let contacts = """
    contact acme/lars "Lars Berg" role:"VP Operations" flags:decision-maker
    contact acme/ole "Ole Dahl" role:Buyer

    """

  /// Runs git in a folder; the test fails with git's words when it fails.
  @discardableResult
  private func git(_ folder: String, _ arguments: String...) throws -> String {
    let result = try Subprocess.run(["git", "-C", folder] + arguments)
    #expect(result.status == 0, "git \(arguments.joined(separator: " ")): \(result.stderr)")
    return result.stdout
  }

  private func clone(_ remote: String, to folder: String, as name: String) throws {
    try git(NSTemporaryDirectory(), "clone", "-q", remote, folder)
    try git(folder, "config", "user.name", name)
    try git(folder, "config", "user.email", "\(name.lowercased())@example.com")
  }

  private func setRole(_ store: String, _ role: String) throws {
    let path = store + "/contacts.txt"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try text.replacingOccurrences(of: "role:\"VP Operations\"", with: "role:\"\(role)\"").write(
      toFile: path, atomically: true, encoding: .utf8)
  }

  @Test func aConflictIsSettledInTheFormAndPushed() throws {
    let home = try TemporaryHome()
    let (remote, jane, sam) = (home.path + "/remote.git", home.path + "/jane", home.path + "/sam")
    try git(home.path, "init", "-q", "--bare", "--initial-branch=main", remote)
    // Jane starts the store and pushes it; Sam clones it.
    try FileManager.default.createDirectory(atPath: jane, withIntermediateDirectories: true)
    try git(jane, "init", "-q", "--initial-branch=main")
    try git(jane, "config", "user.name", "Jane")
    try git(jane, "config", "user.email", "jane@example.com")
    try git(jane, "remote", "add", "origin", remote)
    let files = [
      "accounts.txt": "account acme \"Acme Corp\" tier:A\n", "contacts.txt": SyncDashboardEndToEndTests.contacts,
      "events.txt": "2026-11-01 acme/lars deposit insight +3\n", ".gitattributes": "events.txt merge=union\n",
    ]
    for (name, text) in files { try text.write(toFile: "\(jane)/\(name)", atomically: true, encoding: .utf8) }
    try git(jane, "add", "-A")
    try git(jane, "commit", "-q", "-m", "The store")
    try git(jane, "push", "-q", "-u", "origin", "main")
    try clone(remote, to: sam, as: "Sam")

    // Both change Lars's role; Jane syncs first.
    try setRole(jane, "COO")
    let runner = CommandRunner(home: home.path)
    let janeSync = try runner.run(["sync", "--store", jane], extraEnvironment: ["RAPPORT_USER": "Jane"])
    #expect(janeSync.status == 0, "\(janeSync.stdout)\(janeSync.stderr)")
    try setRole(sam, "Chief Operating Officer")

    // Sam syncs from the dashboard: the form shows both values; theirs (Jane's) is chosen.
    let tmux = try TmuxSession(["--store", sam], home: home.path, environment: ["RAPPORT_USER": "Sam"])
    try tmux.waitFor("q quit")
    try tmux.send("Y")
    let form = try tmux.waitFor("the conflict form", timeout: 30) {
      $0.contains("Sync: choose a side") && $0.contains("theirs (pulled in)")
    }
    #expect(form.contains("Lars Berg (contact lars) · role"))
    #expect(form.contains("Chief Operating Officer"))
    #expect(form.contains("COO"))
    try tmux.send("t")
    try tmux.waitFor("● theirs (pulled in): chosen")
    try tmux.send("Enter")
    let synced = try tmux.waitFor("· pushed", timeout: 30)
    #expect(synced.contains("Jane edited 1 record on Acme Corp"), "\(synced)")
    try tmux.send("q")
    try tmux.waitFor("[exit 0]")

    // Sam's file holds Jane's value, no file holds conflict markers, the remote has the merge.
    let contacts = try String(contentsOfFile: sam + "/contacts.txt", encoding: .utf8)
    #expect(contacts.contains("role:COO"))
    #expect(!contacts.contains("Chief Operating Officer"))
    for folder in [jane, sam] {
      for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name != ".git" {
        let text = try String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8)
        #expect(!text.contains("<<<<<<<") && !text.contains(">>>>>>>"), "\(folder)/\(name)")
      }
    }
    #expect(try git(sam, "status", "--porcelain").isEmpty)
    let remoteHead = try git(remote, "rev-parse", "main")
    #expect(remoteHead == (try git(sam, "rev-parse", "HEAD")))
    #expect(!(try git(remote, "rev-list", "--merges", "main")).isEmpty)
    let check = try runner.run(["check", "--store", sam])
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
  }
}
