import Foundation
import Testing

@Suite struct CommandTests {
  @Test func theDemoStoreChecksClean() throws {
    let home = try TemporaryHome()
    let result = try CommandRunner(home: home.path).run(["check", "--store", CommandRunner.packageRoot + "/seeds/demo"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.hasSuffix("0 errors, 0 warnings\n"))
    let counts = result.stdout.split(separator: ":").last.map(String.init) ?? ""
    #expect(counts.contains("accounts"))
  }

  @Test func aDamagedStoreReportsEveryErrorAndExitsOne() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let accounts = try String(contentsOfFile: store + "/accounts.txt", encoding: .utf8)
    let accountLines = accounts.split(separator: "\n", omittingEmptySubsequences: false).count
    try (accounts + "account broken \"Broken Ltd tier:A\n").write(
      toFile: store + "/accounts.txt", atomically: true, encoding: .utf8)
    let events = try String(contentsOfFile: store + "/events.txt", encoding: .utf8)
    let eventLines = events.split(separator: "\n", omittingEmptySubsequences: false).count
    try (events + "2026-02-30 nobody deposit +1\n2026-11-01 nobody deposit +1\n").write(
      toFile: store + "/events.txt", atomically: true, encoding: .utf8)

    let result = try CommandRunner(home: home.path).run(["check", "--store", store])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(
      Array(lines.dropLast()) == [
        "accounts.txt:\(accountLines):16: unterminated quote: close the name with \"",
        "events.txt:\(eventLines):1: no day 30 in February 2026: it has 28 days",
        "events.txt:\(eventLines):12: unknown account 'nobody': add it to accounts.txt or fix the id",
        "events.txt:\(eventLines + 1):12: unknown account 'nobody': add it to accounts.txt or fix the id",
      ])
    #expect(lines.last?.hasSuffix("4 errors, 0 warnings") == true)
  }

  @Test func accountsPrintsATableAndJSON() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let runner = CommandRunner(home: home.path)
    let table = try runner.run(["accounts", "--store", store])
    #expect(table.status == 0, "\(table.stderr)")
    let header = table.stdout.split(separator: "\n").first.map(String.init) ?? ""
    #expect(header.hasPrefix("ACCOUNT"))
    #expect(header.contains("EQUITY") && header.contains("DECAYED") && header.contains("LAST TOUCH"))

    let json = try runner.run(["accounts", "--store", store, "--json"])
    #expect(json.status == 0)
    let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
    #expect(rows.count == table.stdout.split(separator: "\n").count - 1)
    #expect(rows.allSatisfy { $0["id"] is String && $0["equity"] is Double && $0["decayedEquity"] is Double })
  }

  @Test func aMissingStoreSaysHowToCreateOne() throws {
    let home = try TemporaryHome()
    let result = try CommandRunner(home: home.path).run(["check", "--store", home.path + "/nowhere"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("is not a Rapport store"))
    #expect(result.stderr.contains("rapport init"))
  }

  @Test func theDefaultStoreIsCreatedUnderXDGDataHome() throws {
    let home = try TemporaryHome()
    let result = try CommandRunner(home: home.path).run(["accounts"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("Created an empty store at \(home.path)/data/rapport"))
    #expect(FileManager.default.fileExists(atPath: home.path + "/data/rapport/events.txt"))
    let env = try CommandRunner(home: home.path).run(
      ["check"], extraEnvironment: ["RAPPORT_STORE": home.path + "/data/rapport"])
    #expect(env.stdout.hasPrefix(home.path + "/data/rapport: 0 accounts"))
  }

  @Test func theDemoFlagWorksOnACopy() throws {
    let home = try TemporaryHome()
    let result = try CommandRunner(home: home.path).run(
      ["check", "--demo"],
      extraEnvironment: ["TMPDIR": home.path, "RAPPORT_DEMO_SEEDS": CommandRunner.packageRoot + "/seeds/demo"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix(home.path + "/rapport-demo-"))
    let left = try FileManager.default.contentsOfDirectory(atPath: home.path).filter { $0.hasPrefix("rapport-demo-") }
    #expect(left.isEmpty, "the demo copy is removed when the command ends")
  }

  @Test func theConfigFileSetsTheHalfLifeAndBadSettingsAreExplained() throws {
    let home = try TemporaryHome()
    let store = home.path + "/store"
    let runner = CommandRunner(home: home.path)
    #expect(try runner.run(["init", store]).status == 0)
    try "account a \"A\" tier:A\n".write(toFile: store + "/accounts.txt", atomically: true, encoding: .utf8)
    try "2026-05-27 a deposit +4\n".write(toFile: store + "/events.txt", atomically: true, encoding: .utf8)
    // 180 days before 2026-11-23: the default half-life halves +4 to 2.
    let json = { (r: CommandRunner.Output) in
      ((try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [[String: Any]])?.first?["decayedEquity"]
        as? Double
    }
    #expect(json(try runner.run(["accounts", "--store", store, "--json"])) == 2)
    try FileManager.default.createDirectory(atPath: home.path + "/config/rapport", withIntermediateDirectories: true)
    try "[equity]\nhalf-life-days = 90\n".write(
      toFile: home.path + "/config/rapport/config.toml", atomically: true, encoding: .utf8)
    #expect(json(try runner.run(["accounts", "--store", store, "--json"])) == 1)
    try "[equity]\nhalf-life = 90\n".write(
      toFile: home.path + "/config/rapport/config.toml", atomically: true, encoding: .utf8)
    let bad = try runner.run(["accounts", "--store", store])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("config.toml: unknown setting 'equity.half-life'"))
  }
}
