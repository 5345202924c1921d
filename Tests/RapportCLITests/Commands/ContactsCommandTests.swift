import Foundation
import Testing

/// `rapport contacts`: every contact with role, flags, last touch and favours by weight.
@Suite struct ContactsCommandTests {
  /// A store of two accounts whose favours are known, in `home`; today is 2026-11-23.
  private func store(in home: TemporaryHome, config: String? = nil) throws -> String {
    let path = home.path + "/store"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let files = [
      "accounts.txt": "account acme \"Acme Corp\" tier:A\naccount kyoto \"Kyoto Seiki\" tier:B\n",
      "contacts.txt": """
      contact acme/jane "Jane Doe" role:CFO flags:decision-maker,champion
        personal: Sings in a choir on Thursdays
      contact acme/bob "Bob Léger" role:"VP Procurement"
      contact kyoto/sato "佐藤 花子" role:部長

      """,
      "events.txt": """
      2025-10-01 acme/jane favour-given +5
      2026-01-10 acme/jane favour-given introduction +1
      2026-03-01 acme/jane favour-asked +2
      2026-06-01 acme/jane favour-asked +2.5
      2026-11-20 acme/bob deposit insight +3
      2026-05-05 kyoto/sato favour-given +1.5

      """,
    ]
    for (name, text) in files { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
    if let config {
      try FileManager.default.createDirectory(atPath: home.path + "/config/rapport", withIntermediateDirectories: true)
      try config.write(toFile: home.path + "/config/rapport/config.toml", atomically: true, encoding: .utf8)
    }
    return path
  }

  @Test func aTableOfEveryContactWithFavoursByWeight() throws {
    let home = try TemporaryHome()
    let result = try CommandRunner(home: home.path).run(["contacts", "--store", try store(in: home)])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    #expect(lines[0].split(separator: " ", omittingEmptySubsequences: true).first == "CONTACT")
    #expect(lines[0].contains("LAST TOUCH") && lines[0].contains("GIVEN") && lines[0].contains("ASKED"))
    // Jane: 1.0 given and 4.5 asked in the window (the 5.0 of 2025-10-01 is older).
    let jane = lines[1].split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    #expect(jane == "acme/jane Jane Doe CFO decision-maker, champion 2026-06-01 1.0 4.5 we owe 3.5")
    #expect(lines[2].hasPrefix("acme/bob") && lines[2].hasSuffix("  0      0  -"))
    #expect(lines[3].hasPrefix("kyoto/sato") && lines[3].hasSuffix("owes us 1.5"))
    #expect(lines[4] == "Favours by weight from 2025-11-24 to 2026-11-23 (12 months).")
  }

  @Test func jsonForMachinesWithTheWindow() throws {
    let home = try TemporaryHome()
    let result = try CommandRunner(home: home.path).run(["contacts", "--json", "--store", try store(in: home)])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(rows.map { $0["id"] as? String } == ["jane", "bob", "sato"])
    #expect(rows.map { $0["account"] as? String } == ["acme", "acme", "kyoto"])
    let jane = rows[0]
    #expect(
      Set(jane.keys) == [
        "id", "account", "name", "role", "flags", "emails", "phones", "lastTouch", "careerHelp", "left",
        "previousRoles", "reciprocity",
      ])
    #expect(jane["name"] as? String == "Jane Doe")
    #expect(jane["role"] as? String == "CFO")
    #expect(jane["flags"] as? [String] == ["decision-maker", "champion"])
    #expect(jane["lastTouch"] as? String == "2026-06-01")
    let favours = try #require(jane["reciprocity"] as? [String: Any])
    #expect(favours["given"] as? Double == 1)
    #expect(favours["asked"] as? Double == 4.5)
    #expect(favours["weOwe"] as? Double == 3.5)
    #expect(favours["owedToUs"] as? Double == 0)
    let window = try #require(favours["window"] as? [String: Any])
    #expect(window["days"] as? Int == 365)
    #expect(window["from"] as? String == "2025-11-24")
    #expect(window["to"] as? String == "2026-11-23")
    #expect(rows[1]["lastTouch"] as? String == "2026-11-20")
  }

  @Test func theWindowComesFromTheConfig() throws {
    let home = try TemporaryHome()
    let path = try store(in: home, config: "[drift]\nreciprocity-window-days = 800\n")
    let result = try CommandRunner(home: home.path).run(["contacts", "--json", "--account", "acme", "--store", path])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    let favours = try #require(rows.first?["reciprocity"] as? [String: Any])
    #expect(favours["given"] as? Double == 6)
    #expect(favours["owedToUs"] as? Double == 1.5)
  }

  @Test func oneAccountsContactsAndAnUnknownAccountIsAnError() throws {
    let home = try TemporaryHome()
    let path = try store(in: home)
    let runner = CommandRunner(home: home.path)
    let kyoto = try runner.run(["contacts", "--account", "kyoto", "--store", path])
    #expect(kyoto.status == 0, "\(kyoto.stderr)")
    #expect(kyoto.stdout.split(separator: "\n").dropFirst().first?.hasPrefix("kyoto/sato") == true)
    #expect(kyoto.stdout.split(separator: "\n").count == 3)
    let json = try runner.run(["contacts", "--account", "acme", "--json", "--store", path])
    let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
    #expect(rows.map { $0["id"] as? String } == ["jane", "bob"])

    let unknown = try runner.run(["contacts", "--account", "nobody", "--store", path])
    #expect(unknown.status == 1)
    #expect(unknown.stdout.isEmpty)
    #expect(unknown.stderr.contains("no account 'nobody'"))
  }

  @Test func personalNotesStayOut() throws {
    let home = try TemporaryHome()
    let path = try store(in: home)
    for extra in [[], ["--json"], ["--account", "acme"]] {
      let result = try CommandRunner(home: home.path).run(["contacts", "--store", path] + extra)
      #expect(result.status == 0)
      #expect(result.stdout.contains("Jane Doe"))
      #expect(!result.stdout.contains("choir"), "\(extra)")
    }
  }
}

/// `rapport contacts` on people who changed role or left, and whose career we helped.
@Suite struct ContactsCareerAndPeopleTests {
  private func store(in home: TemporaryHome) throws -> String {
    let path = home.path + "/store"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let files = [
      "accounts.txt": "account acme \"Acme Corp\" tier:A\n",
      "contacts.txt": """
      contact acme/jane "Jane Doe" role:COO flags:decision-maker
        next-job: CEO when the founder retires
        progress: 2026-10-01 Took over logistics
        personal: Sings in a choir on Thursdays
        previous-role: 2025-03-01 Controller
        previous-role: 2026-10-01 CFO
      contact acme/bob "Bob Léger" role:"VP Procurement"
        left: 2026-11-02 Joined Vestas
      contact acme/cleo "Cleo Berg"
        left: 2026-12-15 Retires

      """,
      "events.txt": """
      2026-07-06 acme/jane deposit insight +3 for:career
      2026-09-01 acme/jane favour-asked career-help +1
      2026-10-10 acme/bob deposit +2

      """,
    ]
    for (name, text) in files { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
    return path
  }

  @Test func jsonHasCareerHelpLeftAndPreviousRolesForEveryContact() throws {
    let home = try TemporaryHome()
    let result = try CommandRunner(home: home.path).run(["contacts", "--json", "--store", try store(in: home)])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    let (jane, bob) = (rows[0], rows[1])
    #expect(
      Set(jane.keys) == [
        "id", "account", "name", "role", "flags", "emails", "phones", "lastTouch", "careerHelp", "left",
        "previousRoles", "reciprocity",
      ])
    // A favour asked is not help with their career.
    #expect(jane["careerHelp"] as? String == "2026-07-06")
    #expect(jane["left"] is NSNull)
    #expect(jane["role"] as? String == "COO")
    let roles = try #require(jane["previousRoles"] as? [[String: String]])
    #expect(roles == [["until": "2025-03-01", "role": "Controller"], ["until": "2026-10-01", "role": "CFO"]])
    #expect(bob["careerHelp"] is NSNull)
    #expect(bob["left"] as? [String: String] == ["day": "2026-11-02", "note": "Joined Vestas"])
    #expect(bob["previousRoles"] as? [Any] != nil && (bob["previousRoles"] as? [Any])?.isEmpty == true)
    // A departure still to come is data as any other.
    #expect(rows[2]["left"] as? [String: String] == ["day": "2026-12-15", "note": "Retires"])
    // Personal and progress notes stay out.
    #expect(!result.stdout.contains("choir"))
    #expect(!result.stdout.contains("logistics"))
  }

  @Test func theTableSaysWhoLeft() throws {
    let home = try TemporaryHome()
    let result = try CommandRunner(home: home.path).run(["contacts", "--store", try store(in: home)])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines[2].hasPrefix("acme/bob") && lines[2].contains("VP Procurement · left 2026-11-02"))
    #expect(!lines[1].contains("left"))
    // Still to come, as the dashboard says it; with no role, the day alone.
    #expect(lines[3].hasPrefix("acme/cleo") && lines[3].contains(" leaving 2026-12-15 "))
    #expect(!lines[3].contains("left"))
    // On the day itself, they have left.
    let onTheDay = try CommandRunner(home: home.path).run([
      "contacts", "--today", "2026-12-15", "--store", try store(in: home),
    ])
    #expect(onTheDay.stdout.split(separator: "\n")[3].contains(" left 2026-12-15 "), "\(onTheDay.stderr)")
  }
}
