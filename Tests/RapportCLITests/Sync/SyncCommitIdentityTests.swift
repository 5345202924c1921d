import Foundation
import RapportCore
import Testing

/// The commits a sync writes and pushes to everyone: their messages are inert text, and their git
/// author is the Rapport author with git's email.
@Suite struct SyncCommitIdentityTests {
  @Test func aRecordNameWithControlCharactersReachesTheCommitMessageAsText() throws {
    let team = try Team(size: 2)
    let clone = team.clones[0]
    try "account acme \"Acme\u{1B}]0;OWNED\u{07} Corp\u{202E}\" tier:A\n".write(
      toFile: clone + "/accounts.txt", atomically: true, encoding: .utf8)
    try "contact acme/jane \"Jane Doe\" role:CFO\ncontact acme/bob \"Bob\u{1B}[2J\" role:x\n".write(
      toFile: clone + "/contacts.txt", atomically: true, encoding: .utf8)
    let report = try Sync(storePath: clone, author: Author("Ana López")).run()
    #expect(report.pushed)
    let message = try team.git(["log", "-1", "--format=%B", "origin/main"], in: clone)
    for raw in ["\u{1B}", "\u{07}", "\u{202E}"] { #expect(!message.contains(raw), "\(message.debugDescription)") }
    #expect(message.contains("edited Acme\\e]0;OWNED\\x07 Corp<U+202E>"), "\(message)")
    #expect(message.contains("added Bob\\e[2J"), "\(message)")
    // What the teammate pulls: the merge commit of their own sync holds no raw byte either.
    _ = try team.deposit(1, note: "after")
    _ = try team.sync(1, library: true)
    let log = try team.git(["log", "--format=%B"], in: team.clones[1])
    #expect(!log.contains("\u{1B}") && !log.contains("\u{202E}"))
  }

  @Test func theCommitsGitAuthorIsTheRapportAuthorWithGitsEmail() throws {
    let team = try Team(size: 1)
    _ = try team.deposit(0, note: "by Ana")
    _ = try Sync(storePath: team.clones[0], author: Author("Ana López")).run()
    let author = try team.git(["log", "-1", "--format=%an <%ae> | %cn"], in: team.clones[0])
    #expect(author == "Ana López <member00@example.com> | Member00\n")
    // The command line: `me` (here RAPPORT_USER) is the author too.
    _ = try team.deposit(0, note: "by jane")
    let synced = try team.runner.run(
      ["sync", "--store", team.clones[0]], extraEnvironment: ["RAPPORT_USER": "jane"])
    #expect(synced.status == 0, "\(synced.stderr)")
    #expect(try team.git(["log", "-1", "--format=%an <%ae>"], in: team.clones[0]) == "jane <member00@example.com>\n")
  }
}
