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
}
