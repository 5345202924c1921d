import Foundation
import Testing

/// Odd command-line input to every subcommand: a clear error and status 64 (usage) or 1, or
/// success, and never a trap or a signal.
@Suite struct OddArgumentsTests {
  /// Words that have broken, or could break, parsing: empty, slashes, huge and special numbers,
  /// option look-alikes, other scripts, controls.
  static let odd = [
    "", " ", "/", "//", "a/b/c", "nordhavn/", "/lars", "nordhavn//lars", "-", "--", "-1", "0", "-0", "NaN", "nan",
    "inf", "-inf", "1e400", "0x10", "99999999999999999999", "-9223372036854775808", "9223372036854775807d",
    "-99999999999999999999d", "+1d", "0000-01-01", "9999-12-31", "2026-02-30", "é", "株式会社", "\u{202E}txt",
    "\u{1B}]0;x\u{07}", "\u{9B}2J", String(repeating: "x", count: 5000),
  ]

  /// One run's status and what it wrote, checked against the rules every command keeps.
  private func expectClear(_ result: CommandRunner.Output, _ arguments: [String]) {
    let shown = arguments.map { $0.count > 40 ? String($0.prefix(40)) + "…" : $0 }
    #expect([0, 1, 64].contains(result.status), "\(shown): status \(result.status)\n\(result.stderr)")
    #expect(InertOutputTests.active(result.stdout + result.stderr).isEmpty, "\(shown)")
    guard result.status != 0 else { return }
    // One error line with a message; besides it only ArgumentParser's usage and help for the
    // option, or a note that the default store was created.
    let lines = result.stderr.split(separator: "\n")
    let errors = lines.filter { $0.hasPrefix("Error: ") }
    #expect(errors.count == 1 && errors[0].count > "Error: ".count, "\(shown): \(result.stderr)")
    let known = ["Error: ", "Usage: ", "  See ", "Help: ", "Created an empty store at "]
    #expect(lines.allSatisfy { line in known.contains { line.hasPrefix($0) } }, "\(shown): \(result.stderr)")
  }

  @Test func everySubcommandAnswersOddArgumentsClearly() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let runner = CommandRunner(home: home.path)
    let file = store + "/events.txt"
    let stores = ["", "/", "//", home.path + "/nowhere", file, "\u{1B}]0;x\u{07}", "株式会社", "--"]
    var runs: [[String]] = []
    for command in ["accounts", "drift", "check", "add deposit nordhavn"] {
      let words = command.split(separator: " ").map(String.init)
      runs += stores.map { words + ["--store", $0] }
      // The day option is shared by every command that reads a store: two of them suffice.
      if command == "accounts" || command.hasPrefix("add") {
        runs += Self.odd.map { words + ["--today", $0, "--store", store] }
      }
      runs += Self.odd.prefix(12).map { words + [$0, "--store", store] }
    }
    runs += Self.odd.map { ["drift", "--fail-on", $0, "--store", store] }
    for odd in Self.odd {
      runs += [
        ["add", odd, "nordhavn", "--store", store],
        ["add", "deposit", odd, "--store", store],
        ["add", "withdrawal", "nordhavn/lars", "--weight", odd, "--store", store],
        ["add", "deposit", "nordhavn", "--date", odd, "--store", store],
        ["add", "deposit", "nordhavn", "--kind", odd, "--store", store],
        ["add", "favour-asked", "nordhavn", "--note", odd, "--store", store],
        ["keys", odd],
        [odd],
        ["--theme", odd, "--store", store],
      ]
    }
    runs += [
      ["init", ""], ["init", file], ["init", file + "/below"], ["init", home.path + "/new/\u{202E}store"],
      ["add"], ["add", "deposit"], ["--demo", "--store", store], ["add", "deposit", "nordhavn", "--demo"],
      ["--store"], ["accounts", "--json", "--json", "--store", store], ["help", "add"], ["help", "nothing"],
    ]
    for arguments in runs {
      expectClear(try runner.run(arguments), arguments)
    }
    // What was recorded along the way is still a valid store.
    let check = try runner.run(["check", "--store", store])
    #expect(check.stdout.contains(" 0 errors"), "\(check.stdout)")
  }

  @Test func malformedTargetsAndPathsAreUsageErrors() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let runner = CommandRunner(home: home.path)
    let cases: [([String], String)] = [
      (["add", "deposit", ""], "the account is empty: write ACCOUNT or ACCOUNT/CONTACT, e.g. acme or acme/jane"),
      (["add", "deposit", "/"], "'/' has no account before the '/'"),
      (["add", "deposit", "//"], "'//' has more than one '/'"),
      (["add", "deposit", "/lars"], "'/lars' has no account before the '/'"),
      (["add", "deposit", "nordhavn/"], "'nordhavn/' has no contact after the '/'"),
      (["add", "deposit", "a/b/c"], "'a/b/c' has more than one '/'"),
      (["accounts", "--store", ""], "--store is empty: give the store's folder"),
      (["init", ""], "no folder was given: name the folder to create"),
    ]
    let before = try Data(contentsOf: URL(fileURLWithPath: store + "/events.txt"))
    for (arguments, message) in cases {
      let result = try runner.run(arguments + (arguments[0] == "add" ? ["--store", store] : []))
      #expect(result.status == 64, "\(arguments)")
      #expect(result.stderr.hasPrefix("Error: \(message)"), "\(arguments): \(result.stderr)")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: store + "/events.txt")) == before)
  }
}
