import Foundation
import Testing

/// `rapport archive` and `unarchive`, and `--archived` on accounts, drift and agenda.
@Suite struct ArchiveCommandTests {
  private static let accounts = """
    account acme "Acme Corp" tier:A plan:2026-11-24
    account oldco "Old Co" tier:C plan:2026-11-25

    """
  private static let contacts = """
    contact acme/jane "Jane Doe" role:CFO

    """

  private func setUp() throws -> (TemporaryHome, CommandRunner, String) {
    let home = try TemporaryHome()
    let store = try home.store([
      "accounts.txt": ArchiveCommandTests.accounts, "contacts.txt": ArchiveCommandTests.contacts,
      "events.txt": "2026-09-01 oldco deposit +1\n",
    ])
    return (home, CommandRunner(home: home.path), store)
  }

  private func read(_ store: String, _ name: String) throws -> String {
    try String(contentsOfFile: store + "/" + name, encoding: .utf8)
  }

  @Test func archiveHidesAnAccountUntilAskedAndUnarchiveBringsItBack() throws {
    let (home, runner, store) = try setUp()
    defer { withExtendedLifetime(home) {} }
    let done = try runner.run(["archive", "oldco", "--reason", "Contract ended", "--store", store])
    #expect(done.status == 0, "\(done.stderr)")
    #expect(done.stdout == "Archived Old Co (oldco)\n")
    #expect(
      try read(store, "accounts.txt")
        == ArchiveCommandTests.accounts.replacingOccurrences(
          of: "plan:2026-11-25\n",
          with: "plan:2026-11-25\n  archived: 2026-11-23 Contract ended\n  changed: 2026-11-23 by sam\n"))
    #expect(try runner.run(["check", "--store", store]).status == 0)

    let listed = try runner.run(["accounts", "--store", store]).stdout
    #expect(listed.contains("Acme Corp") && !listed.contains("Old Co"))
    let all = try runner.run(["accounts", "--archived", "--store", store]).stdout
    #expect(all.contains("Old Co (archived)"))
    let json = try runner.run(["accounts", "--archived", "--json", "--store", store]).stdout
    #expect(json.contains("\"archived\" : \"2026-11-23\"") && !json.contains("Contract ended"))
    #expect(!(try runner.run(["drift", "--store", store]).stdout.contains("Old Co")))
    #expect(try runner.run(["drift", "--archived", "--store", store]).stdout.contains("Old Co"))
    #expect(!(try runner.run(["agenda", "--store", store]).stdout.contains("Old Co")))
    #expect(try runner.run(["agenda", "--archived", "--store", store]).stdout.contains("Old Co"))

    let refused = try runner.run(["add", "deposit", "oldco", "--store", store])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("rapport unarchive oldco"))
    #expect(try read(store, "events.txt") == "2026-09-01 oldco deposit +1\n")

    let twice = try runner.run(["archive", "oldco", "--store", store])
    #expect(twice.status == 1 && twice.stderr.contains("archived on 2026-11-23 already"))
    let back = try runner.run(["unarchive", "oldco", "--store", store])
    #expect(back.status == 0 && back.stdout == "Unarchived Old Co (oldco)\n")
    // Unarchived, the record says who brought it back.
    #expect(
      try read(store, "accounts.txt")
        == ArchiveCommandTests.accounts.replacingOccurrences(
          of: "plan:2026-11-25\n", with: "plan:2026-11-25\n  changed: 2026-11-23 by sam\n"))
  }

  @Test func aContactIsArchivedAndBadTargetsAreRefused() throws {
    let (home, runner, store) = try setUp()
    defer { withExtendedLifetime(home) {} }
    #expect(try runner.run(["archive", "acme/jane", "--store", store]).status == 0)
    let written = try read(store, "contacts.txt")
    #expect(
      written == "contact acme/jane \"Jane Doe\" role:CFO\n  archived: 2026-11-23\n  changed: 2026-11-23 by sam\n")
    #expect(!(try runner.run(["contacts", "--store", store]).stdout.contains("Jane Doe")))
    #expect(try runner.run(["contacts", "--archived", "--store", store]).stdout.contains("Jane Doe"))
    let contacts = try runner.run(["promise", "add", "acme/jane", "the benchmark", "--due", "fri", "--store", store])
    #expect(contacts.status != 0 && contacts.stderr.contains("rapport unarchive acme/jane"))
    #expect(try runner.run(["archive", "acme/nobody", "--store", store]).status == 1)
    #expect(try runner.run(["archive", "Acme Corp", "--store", store]).status == 64)
    #expect(try runner.run(["archive", "oldco", "--reason", "bad\u{1B}[2J", "--store", store]).status == 64)
    #expect(try runner.run(["unarchive", "acme", "--store", store]).status == 1)
  }

  @Test func checkReportsABadArchiveDayAtItsColumn() throws {
    let home = try TemporaryHome()
    let store = try home.store([
      "accounts.txt": "account acme \"Acme\" tier:A\n  archived: 2026-02-30\n", "contacts.txt": "", "events.txt": "",
    ])
    let checked = try CommandRunner(home: home.path).run(["check", "--store", store])
    #expect(checked.status != 0)
    #expect((checked.stdout + checked.stderr).contains("accounts.txt:2:13: archived: no day 30 in February 2026"))
  }
}
