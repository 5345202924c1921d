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
