import Foundation
import Testing

/// Who writes: `rapport add` writes `by:NAME` from $RAPPORT_USER or config's `me`, `rapport
/// whoami` says which, and the events' JSON carries the author.
@Suite struct AuthorCommandTests {
  private let files = [
    "accounts.txt": "account acme \"Acme Corp\" tier:A\n",
    "contacts.txt": "contact acme/jane \"Jane Doe\" role:CFO\n",
    "events.txt": "2026-10-01 acme deposit +1 id:old0000001\n",
  ]

  private func lastEvent(_ store: String) throws -> String {
    String(try String(contentsOfFile: store + "/events.txt", encoding: .utf8).split(separator: "\n").last!)
  }

  @Test func addWritesTheAuthorFromTheEnvironmentOrTheConfig() throws {
    let home = try TemporaryHome()
    let store = try home.store(files)
    let runner = CommandRunner(home: home.path)
    let added = try runner.run(
      ["add", "deposit", "acme/jane", "--store", store], extraEnvironment: ["RAPPORT_USER": "Sam Lee"])
    #expect(added.status == 0, "\(added.stderr)")
    #expect(try lastEvent(store).range(of: #" \+1 by:"Sam Lee" id:[0-9a-z]{10}$"#, options: .regularExpression) != nil)
    #expect(
      try runner.run(["whoami"], extraEnvironment: ["RAPPORT_USER": "Sam Lee"]).stdout == "Sam Lee ($RAPPORT_USER)\n")

    // me in config.toml comes first.
    try FileManager.default.createDirectory(atPath: home.path + "/config/rapport", withIntermediateDirectories: true)
    try Data("me = \"jane\"\n".utf8).write(to: URL(fileURLWithPath: home.path + "/config/rapport/config.toml"))
    #expect(try runner.run(["add", "withdrawal", "acme", "--store", store]).status == 0)
    let withdrawal = try lastEvent(store)
    #expect(withdrawal.hasPrefix("2026-11-23 acme withdrawal ") && withdrawal.contains(" by:jane id:"), "\(withdrawal)")
    let whoami = try runner.run(["whoami"])
    #expect(whoami.status == 0)
    #expect(whoami.stdout == "jane (me in ~/config/rapport/config.toml)\n")

    // The JSON of the events says who recorded each; the old line, no one.
    let json = try runner.run(["export", "--format", "json", "--store", store])
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(rows.map { $0["author"] as? String } == [nil, "Sam Lee", "jane"])
    #expect(rows[0]["author"] is NSNull)
    #expect(try runner.run(["check", "--store", store]).status == 0)
  }

  @Test func withoutMeOrTheEnvironmentGitsUserNameInTheStoreNamesTheAuthor() throws {
    let home = try TemporaryHome()
    let store = try home.store(files)
    let runner = CommandRunner(home: home.path)
    let git = try Subprocess.run(
      ["sh", "-c", "git init -q && git config user.name 'Ines Vogt'"],
      environment: ["PATH": "/usr/bin:/bin", "HOME": home.path],
      directory: store)
    #expect(git.status == 0, "\(git.stderr)")
    let whoami = try runner.run(["whoami", "--store", store], extraEnvironment: ["RAPPORT_USER": ""])
    #expect(whoami.stdout == "Ines Vogt (git's user.name)\n", "\(whoami.stderr)")
    let added = try runner.run(["add", "deposit", "acme", "--store", store], extraEnvironment: ["RAPPORT_USER": ""])
    #expect(added.status == 0, "\(added.stderr)")
    #expect(try lastEvent(store).contains(#" by:"Ines Vogt" id:"#))
  }

  @Test func aNameThatCannotBeOneIsRefusedAndNothingIsWritten() throws {
    let home = try TemporaryHome()
    let store = try home.store(files)
    let runner = CommandRunner(home: home.path)
    let refused = try runner.run(
      ["add", "deposit", "acme", "--store", store], extraEnvironment: ["RAPPORT_USER": "a\"b"])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("$RAPPORT_USER cannot be a name: the name contains a quote"))
    #expect(try lastEvent(store) == "2026-10-01 acme deposit +1 id:old0000001")
    let whoami = try runner.run(["whoami"], extraEnvironment: ["RAPPORT_USER": "a\"b"])
    #expect(whoami.status != 0 && whoami.stderr.contains("$RAPPORT_USER cannot be a name"))
  }
}
