import ArgumentParser
import Foundation
import Testing

@testable import rapport

/// The exit codes: the README's table says what `ExitStatus` says, and the commands exit with them.
@Suite struct ExitCodeTests {
  @Test func theReadmeTableListsEveryExitStatus() throws {
    let readme = try String(contentsOfFile: CommandRunner.packageRoot + "/README.md", encoding: .utf8)
    let section = try #require(readme.range(of: "### Exit codes\n"))
    let rows = readme[section.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
      .drop { !$0.hasPrefix("| code") }.dropFirst(2).prefix { $0.hasPrefix("|") }
    let documented = rows.map { row in
      row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    }
    let expected = ExitStatus.allCases.map { ["\($0.rawValue)", $0.meaning] }
    #expect(documented == expected, "README 'Exit codes' differs from ExitStatus")
    #expect(readme.components(separatedBy: "### Exit codes").count == 2, "exit codes are documented once")
  }

  @Test func theUsageStatusIsArgumentParsers() {
    #expect(ExitStatus.usage.rawValue == ExitCode.validationFailure.rawValue)
    #expect(ExitStatus.success.rawValue == ExitCode.success.rawValue)
    #expect(ExitStatus.failure.rawValue == ExitCode.failure.rawValue)
  }

  @Test func commandsExitWithTheDocumentedStatuses() throws {
    let home = try TemporaryHome()
    let store = try home.store([
      "accounts.txt": "account acme \"Acme\" tier:A\n", "contacts.txt": "", "events.txt": "",
    ])
    let runner = CommandRunner(home: home.path)
    #expect(try runner.run(["check", "--store", store]).status == ExitStatus.success.rawValue)
    #expect(try runner.run(["add", "deposit", "nobody", "--store", store]).status == ExitStatus.failure.rawValue)
    #expect(try runner.run(["add", "gift", "acme", "--store", store]).status == ExitStatus.usage.rawValue)
    #expect(try runner.run(["no-such-command"]).status == ExitStatus.usage.rawValue)
    try "account broken \"Broken tier:A\n".write(toFile: store + "/accounts.txt", atomically: true, encoding: .utf8)
    #expect(try runner.run(["check", "--store", store]).status == ExitStatus.failure.rawValue)
  }

  /// A value that cannot be read is a usage error (64, with the usage line); one that is read
  /// but refused by a rule is the store's refusal (1).
  @Test func anUnreadableValueIsAUsageErrorAndARefusedOneAFailure() throws {
    let home = try TemporaryHome()
    let store = try home.store([
      "accounts.txt": "account acme \"Acme\" tier:A\n", "contacts.txt": "", "events.txt": "",
    ])
    let calendar = home.path + "/calendar.ics"
    try "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".write(toFile: calendar, atomically: true, encoding: .utf8)
    let runner = CommandRunner(home: home.path)
    let unreadable: [[String]] = [
      ["export", "--format", "csv", "--since", "2026-13-01"], ["add", "deposit", "acme", "--date", "2026-13-01"],
      ["add", "deposit", "acme", "--weight", "abc"], ["add", "deposit", "acme", "--kind", "Site Visit"],
      ["promise", "add", "acme", "send it", "--due", "garbage"], ["import", "ics", calendar, "--since", "garbage"],
    ]
    for arguments in unreadable {
      let run = try runner.run(arguments + ["--store", store])
      #expect(run.status == ExitStatus.usage.rawValue, "\(arguments): \(run.stderr)")
      #expect(run.stderr.hasPrefix("Error: --"), "\(arguments): \(run.stderr)")
      #expect(run.stderr.contains("Usage: rapport"), "\(arguments): \(run.stderr)")
    }
    let refused: [[String]] = [
      ["add", "deposit", "acme", "--date", "1990-01-01"], ["add", "deposit", "acme", "--date", "2030-01-01"],
      ["add", "withdrawal", "acme", "--weight", "+2"], ["add", "deposit", "acme", "--kind", "mistake"],
      ["promise", "add", "acme", "send it", "--due", "2026-01-01"],
    ]
    for arguments in refused {
      let run = try runner.run(arguments + ["--store", store])
      #expect(run.status == ExitStatus.failure.rawValue, "\(arguments): \(run.stderr)")
      #expect(!run.stderr.contains("Usage:"), "\(arguments): \(run.stderr)")
    }
    #expect(try String(contentsOfFile: store + "/events.txt", encoding: .utf8).isEmpty)
  }
}
