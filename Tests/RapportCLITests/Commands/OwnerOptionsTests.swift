import Foundation
import Testing

/// `--owner NAME` and `--mine` on `accounts`, `drift`, `agenda` and `brief`: one owner's
/// accounts, case ignored, in text and JSON; an unknown owner, or a me who owns nothing, refused
/// with the owners there are.
@Suite struct OwnerOptionsTests {
  private func store(in home: TemporaryHome) throws -> String {
    try home.store([
      "accounts.txt": """
      account acme "Acme Corp" tier:A owner:Sam plan:2026-11-20
      account beta "Beta Works" tier:B owner:jane plan:2026-11-21
      account gamma "Gamma" tier:C owner:sam plan:2026-11-22
      account delta "Delta" tier:C

      """,
      "contacts.txt": "",
      "events.txt": """
      2026-06-01 acme deposit insight +3 "Shared the benchmark"
      2026-06-02 beta deposit insight +2 "Lunch"

      """,
    ])
  }

  private func ids(_ json: String, key: String = "id") throws -> [String] {
    let rows = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] ?? []
    return rows.compactMap { $0[key] as? String }
  }

  @Test func accountsDriftAndAgendaKeepOneOwnersAccountsCaseIgnored() throws {
    let home = try TemporaryHome()
    let path = try store(in: home)
    let runner = CommandRunner(home: home.path)
    let accounts = try runner.run(["accounts", "--owner", "SAM", "--json", "--store", path])
    #expect(accounts.status == 0, "\(accounts.stderr)")
    #expect(try ids(accounts.stdout) == ["acme", "gamma"])
    let table = try runner.run(["accounts", "--owner", "jane", "--store", path])
    #expect(table.stdout.contains("Beta Works") && !table.stdout.contains("Acme") && !table.stdout.contains("Delta"))

    let drift = try runner.run(["drift", "--owner", "sam", "--json", "--store", path])
    #expect(drift.status == 0, "\(drift.stderr)")
    #expect(Set(try ids(drift.stdout)) == ["acme", "gamma"])
    let driftText = try runner.run(["drift", "--owner", "jane", "--store", path])
    #expect(driftText.stdout.contains("(beta, tier B)") && !driftText.stdout.contains("(acme"))

    let agenda = try runner.run(["agenda", "--owner", "Jane", "--json", "--store", path])
    #expect(agenda.status == 0, "\(agenda.stderr)")
    #expect(try ids(agenda.stdout, key: "account") == ["beta"])
    let everyone = try runner.run(["agenda", "--json", "--store", path])
    #expect(try ids(everyone.stdout, key: "account") == ["acme", "beta", "gamma"])
  }

  @Test func anUnknownOwnerIsRefusedNamingTheOwners() throws {
    let home = try TemporaryHome()
    let path = try store(in: home)
    let runner = CommandRunner(home: home.path)
    for command in [["accounts"], ["drift"], ["agenda"], ["brief"]] {
      let result = try runner.run(
        command
          + ["--owner", "kim", "--json", "--store", path].filter {
            command != ["brief"] || $0 != "--json"
          })
      #expect(result.status == 1, "\(command)")
      #expect(result.stdout.isEmpty, "\(command)")
      #expect(result.stderr.contains("no account has the owner 'kim'; the owners are jane, Sam"), "\(command)")
    }
    let both = try runner.run(["drift", "--owner", "sam", "--mine", "--store", path])
    #expect(both.status == 64)
    #expect(both.stderr.contains("--owner and --mine both choose an owner"))
    let empty = try runner.run(["accounts", "--owner", "", "--store", path])
    #expect(empty.status == 64)
  }

  @Test func mineIsMeFromTheEnvironmentOrConfig() throws {
    let home = try TemporaryHome()
    let path = try store(in: home)
    let runner = CommandRunner(home: home.path)
    let sam = ["RAPPORT_USER": "sam"]
    let accounts = try runner.run(["accounts", "--mine", "--json", "--store", path], extraEnvironment: sam)
    #expect(accounts.status == 0, "\(accounts.stderr)")
    #expect(try ids(accounts.stdout) == ["acme", "gamma"])
    let drift = try runner.run(
      ["drift", "--mine", "--json", "--store", path], extraEnvironment: ["RAPPORT_USER": "Jane"])
    #expect(try ids(drift.stdout) == ["beta"])
    let agenda = try runner.run(["agenda", "--mine", "--json", "--store", path], extraEnvironment: sam)
    #expect(try ids(agenda.stdout, key: "account") == ["acme", "gamma"])
    let brief = try runner.run(["brief", "--mine", "--store", path], extraEnvironment: sam)
    #expect(brief.status == 0, "\(brief.stderr)")
    #expect(brief.stdout.split(separator: "\n").filter { $0.hasPrefix("Brief: ") }.count == 2)

    let nobody = try runner.run(["drift", "--mine", "--store", path], extraEnvironment: ["RAPPORT_USER": "kim"])
    #expect(nobody.status == 1)
    #expect(nobody.stdout.isEmpty)
    #expect(nobody.stderr.contains("you are 'kim' (from $RAPPORT_USER) and own no account; the owners are jane, Sam"))
  }
}
