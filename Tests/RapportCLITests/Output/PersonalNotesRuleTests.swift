import Foundation
import Testing

/// One rule for personal notes (README "Privacy"), the same in the brief, the export and the
/// JSON: a contact's `personal:` notes and the notes of events with a person only with
/// `--personal`; the career side, contact details and a whole account's notes always.
@Suite struct PersonalNotesRuleTests {
  static let files = [
    "accounts.txt": "account acme \"Acme Corp\" tier:A won:2026-01-15 owner:sam\n",
    "contacts.txt": """
    contact acme/jane "Jane Doe" role:CFO flags:decision-maker
      email: jane@acme.example
      phone: +45 12 34 56 78
      next-job: COO within two years
      worries: Board pressure on cost
      personal: Sings in a choir on Thursdays

    """,
    "events.txt": """
    2026-10-01 acme/jane deposit insight +4 "Told me about her divorce" id:e1
    2026-10-02 acme deposit problem-solved +5 "Fixed the customs paperwork for the whole plant" id:e2

    """,
  ]

  /// What is personal, and what is not, in the fixture.
  static let personal = ["Sings in a choir on Thursdays", "Told me about her divorce"]
  static let business = [
    "COO within two years", "Board pressure on cost", "Fixed the customs paperwork for the whole plant",
  ]

  private func outputs(_ personalFlag: Bool) throws -> [(String, String)] {
    let home = try TemporaryHome()
    let store = try home.store(Self.files)
    let runner = CommandRunner(home: home.path)
    let flag = personalFlag ? ["--personal"] : []
    let commands = [
      ["brief", "acme"], ["brief", "acme", "--format", "markdown"], ["brief", "--owner", "sam"],
      ["export", "--format", "csv"] + ["--what", "events"], ["export", "--format", "json"],
      ["export", "--format", "csv", "--what", "contacts"], ["export", "--format", "json", "--what", "contacts"],
    ]
    return try commands.map { command in
      let output = try runner.run(command + flag + ["--store", store])
      #expect(output.status == 0, "\(command): \(output.stderr)")
      return (command.joined(separator: " "), output.stdout)
    }
  }

  @Test func withoutPersonalTheBriefAndTheExportLeaveOutTheSameAndKeepTheSame() throws {
    let all = try outputs(false)
    for (command, text) in all {
      for note in Self.personal { #expect(!text.contains(note), "\(command) printed a personal note: \(note)") }
    }
    // Each business text reaches wherever its command puts it.
    let briefs = all.filter { $0.0.hasPrefix("brief") }.map(\.1)
    for text in briefs {
      for note in Self.business { #expect(text.contains(note), "a brief lacks \(note)") }
    }
    let contacts = all.filter { $0.0.contains("contacts") }.map(\.1)
    for text in contacts {
      #expect(text.contains("COO within two years") && text.contains("Board pressure on cost"))
      #expect(text.contains("jane@acme.example") && text.contains("+45 12 34 56 78"))
    }
    let events = all.filter { $0.0.hasPrefix("export") && !$0.0.contains("contacts") }.map(\.1)
    for text in events { #expect(text.contains("Fixed the customs paperwork for the whole plant")) }
  }

  @Test func withPersonalBothGiveThePersonalNotes() throws {
    let all = try outputs(true)
    for (command, text) in all where command.hasPrefix("brief") {
      for note in Self.personal + Self.business { #expect(text.contains(note), "\(command) lacks \(note)") }
    }
    for (command, text) in all where command.contains("contacts") {
      #expect(text.contains("Sings in a choir on Thursdays"), "\(command)")
    }
    for (command, text) in all where command.hasPrefix("export") && !command.contains("contacts") {
      #expect(text.contains("Told me about her divorce"), "\(command)")
    }
  }

  @Test func contactsJSONHasTheirDetailsButNoPersonalNotes() throws {
    let home = try TemporaryHome()
    let store = try home.store(Self.files)
    let output = try CommandRunner(home: home.path).run(["contacts", "--json", "--store", store])
    #expect(output.status == 0, "\(output.stderr)")
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
    #expect(rows.count == 1)
    #expect(rows[0]["emails"] as? [String] == ["jane@acme.example"])
    #expect(rows[0]["phones"] as? [String] == ["+45 12 34 56 78"])
    for note in Self.personal { #expect(!output.stdout.contains(note)) }
  }
}
