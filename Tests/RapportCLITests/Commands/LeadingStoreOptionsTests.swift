import Foundation
import Testing

/// `rapport --demo brief ACCOUNT` and `rapport --store PATH accounts`: the store's options may
/// come before the command, as they do before the dashboard.
@Suite struct LeadingStoreOptionsTests {
  @Test func storeOptionsBeforeACommandAreTheCommands() throws {
    let home = try TemporaryHome()
    let store = try home.store([
      "accounts.txt": "account acme \"Acme Corp\" tier:A owner:sam\n", "contacts.txt": "",
      "events.txt": "2026-11-20 acme deposit insight +3 \"Shared the benchmark\" id:e1\n",
    ])
    let runner = CommandRunner(home: home.path)
    let after = try runner.run(["brief", "acme", "--store", store])
    #expect(after.status == 0, "\(after.stderr)")
    for arguments in [["--store", store, "brief", "acme"], ["--store=\(store)", "brief", "acme"]] {
      let before = try runner.run(arguments)
      #expect(before.status == 0, "\(arguments): \(before.stderr)")
      #expect(before.stdout == after.stdout)
    }
    let nested = try runner.run(["--store", store, "promise", "add", "acme", "send the benchmark", "--due", "fri"])
    #expect(nested.status == 0, "\(nested.stderr)")
    let demo = try runner.run(
      ["--demo", "brief", "nordhavn"],
      extraEnvironment: ["TMPDIR": home.path, "RAPPORT_DEMO_SEEDS": CommandRunner.packageRoot + "/seeds/demo"])
    #expect(demo.status == 0, "\(demo.stderr)")
    #expect(demo.stdout.hasPrefix("Brief: Nordhavn Shipping A/S (nordhavn)"))
    // A word that is no command is still the dashboard's, and refused as before.
    let stray = try runner.run(["--store", store, "nonsense"])
    #expect(stray.status == 64 && stray.stderr.contains("nonsense"))
  }
}
