import Foundation
import Testing

/// A word after `rapport` that names no command: refused as a usage error with the closest
/// command's name, not the dashboard's usage.
@Suite struct UnknownCommandTests {
  @Test func aMistypedCommandSuggestsTheClosest() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let runner = CommandRunner(home: home.path)
    let typo = try runner.run(["acounts", "--store", store])
    #expect(typo.status == 64)
    #expect(typo.stderr.contains("Error: 'acounts' is not a command: did you mean 'accounts'?"), "\(typo.stderr)")
    #expect(!typo.stderr.contains("Usage:"), "\(typo.stderr)")
    let swapped = try runner.run(["dirft"])
    #expect(swapped.stderr.contains("did you mean 'drift'?"), "\(swapped.stderr)")
    let nothing = try runner.run(["zzzzzzzz"])
    #expect(nothing.status == 64)
    #expect(
      nothing.stderr.contains("Error: 'zzzzzzzz' is not a command: 'rapport --help' lists them"), "\(nothing.stderr)")
    // The dashboard's options still reach it.
    let help = try runner.run(["--store", store, "--help"])
    #expect(help.status == 0)
  }
}

/// The help says which store is created on first use, as the refusal of a missing one does.
@Suite struct StoreHelpTests {
  @Test func onlyTheDefaultStoreIsCreatedOnFirstUse() throws {
    let home = try TemporaryHome()
    let runner = CommandRunner(home: home.path)
    let missing = try runner.run(["accounts", "--store", home.path + "/missing"])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("create one with 'rapport init"), "\(missing.stderr)")
    #expect(!FileManager.default.fileExists(atPath: home.path + "/missing"))
    let help = try runner.run(["--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(
      help.contains(
        "That last one is created on first use; a folder given by --store or $RAPPORT_STORE must be a store already (rapport init PATH makes one)"
      ), "\(help)")
    #expect(!help.contains("rapport), created on first use"))
  }
}
