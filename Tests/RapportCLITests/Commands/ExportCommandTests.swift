import Foundation
import Testing

/// `rapport export`: RFC 4180 CSV, one JSON array, personal notes only with --personal, the
/// filters, and the exit codes.
@Suite struct ExportCommandTests {
  /// A store whose text has what CSV must quote, a control character and a personal note about a
  /// person; today is 2026-11-23.
  static let files = [
    "accounts.txt":
      "account acme \"Acme, Inc.\" tier:A\n  do: Bring numbers\n  do: Be early\naccount kyoto \"京都精機\" tier:B\n",
    "contacts.txt": """
    contact acme/jane "Jane \\"JD\\" Doe" role:CFO flags:decision-maker,champion
      worries: Board pressure on cost
      personal: Sings in a choir on Thursdays
    contact kyoto/sato "佐藤 花子" role:部長

    """,
    "events.txt": """
    2026-11-20 acme/jane deposit insight +3 "Told me about her divorce" id:e1
    2026-11-21 acme withdrawal mistake -2.25 "Invoice, sent \\"twice\\"\\nthen credited" id:e2
    2026-05-05 kyoto/sato favour-given +1.5 "Ünïcode ✓, \u{1B}[31m \u{9B}\u{202E}" id:e3
    2026-11-22 acme deposit +1 "voided" id:e4
    2026-11-22 void e4
    2026-11-22 acme/jane favour-asked reference +0.5 id:e5

    """,
  ]

  private func run(_ arguments: [String]) throws -> CommandRunner.Output {
    let home = try TemporaryHome()
    let store = try home.store(Self.files)
    return try CommandRunner(home: home.path).run(["export", "--store", store] + arguments)
  }

  @Test func eventsAsRFC4180CSV() throws {
    let result = try run(["--format", "csv"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout == "date,account,contact,type,kind,weight,note,for,id\r\n"
        + "2026-05-05,kyoto,sato,favour-given,,+1.5,,,e3\r\n"
        + "2026-11-20,acme,jane,deposit,insight,+3,,,e1\r\n"
        + "2026-11-21,acme,,withdrawal,mistake,-2.25,\"Invoice, sent \"\"twice\"\"\nthen credited\",,e2\r\n"
        + "2026-11-22,acme,jane,favour-asked,reference,+0.5,,,e5\r\n")
    #expect(result.stderr.isEmpty)
  }

  @Test func personalAddsTheNotesOfEventsWithAPersonAsTheyAre() throws {
    let result = try run(["--format", "csv", "--personal"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.contains(
        "\r\n2026-05-05,kyoto,sato,favour-given,,+1.5,\"Ünïcode ✓, \u{1B}[31m \u{9B}\u{202E}\",,e3\r\n"))
    #expect(result.stdout.contains(",Told me about her divorce,,e1\r\n"))
  }

  @Test func jsonIsOneArrayThatParsesBack() throws {
    let result = try run(["--format", "json", "--personal"])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(rows.map { $0["id"] as? String } == ["e3", "e1", "e2", "e5"])
    #expect(rows[0]["note"] as? String == "Ünïcode ✓, \u{1B}[31m \u{9B}\u{202E}")
    // The same characters, as JSON escapes: none reaches a terminal raw.
    #expect(result.stdout.contains("\\u001b[31m \\u009b\\u202e"))
    #expect(!Self.hasActiveCharacters(result.stdout))
    #expect(rows[2]["note"] as? String == "Invoice, sent \"twice\"\nthen credited")
    #expect(rows[2]["weight"] as? Double == -2.25)
    #expect(rows[0]["weight"] as? Double == 1.5)
    #expect(rows[2]["contact"] as? String == "")
    #expect(
      Set(rows[0].keys) == [
        "date", "account", "contact", "type", "kind", "weight", "note", "id", "forCareer", "author",
      ])
    let plain = try run(["--format", "json"])
    let withoutPersonal = try #require(
      try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [[String: Any]])
    #expect(withoutPersonal.map { $0["note"] as? String } == ["", "", "Invoice, sent \"twice\"\nthen credited", ""])
  }

  @Test func contactsLeaveTheirPersonalNotesOutUnlessAsked() throws {
    for format in ["csv", "json"] {
      let without = try run(["--format", format, "--what", "contacts"])
      #expect(without.status == 0, "\(without.stderr)")
      #expect(without.stdout.contains("Jane"))
      // The career side is business knowledge, as in the brief; the personal notes are not.
      #expect(without.stdout.contains("Board pressure on cost"))
      #expect(!without.stdout.contains("Sings in a choir"))
      let with = try run(["--format", format, "--what", "contacts", "--personal"])
      #expect(with.stdout.contains("Sings in a choir on Thursdays") && with.stdout.contains("Board pressure on cost"))
    }
    let common: Set<String> = [
      "account", "id", "name", "role", "flags", "reassess", "previousRoles", "left", "leftNote", "archived",
      "archivedReason", "equity", "events", "emails", "phones", "nextJob", "measuredBy", "worries", "help",
      "progress",
    ]
    for (flags, keys) in [([], common), (["--personal"], common.union(["personal"]))] {
      let json = try run(["--format", "json", "--what", "contacts"] + flags)
      let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
      #expect(rows.map { Set($0.keys) } == [keys, keys], "\(flags)")
      #expect(rows[1]["reassess"] is NSNull)
    }
    let csv = try run(["--format", "csv", "--what", "contacts"])
    #expect(csv.stdout.hasPrefix("account,id,name,role,flags,"))
    #expect(csv.stdout.contains("\r\nacme,jane,\"Jane \"\"JD\"\" Doe\",CFO,\"decision-maker,champion\","))
  }

  @Test func accountsAsCSVAndJSON() throws {
    let csv = try run(["--format", "csv", "--what", "accounts"])
    #expect(csv.status == 0, "\(csv.stderr)")
    let lines = csv.stdout.components(separatedBy: "\r\n")
    #expect(lines[0].hasPrefix("id,name,tier,"))
    #expect(lines[1].hasPrefix("acme,\"Acme, Inc.\",A,,,,\"Bring numbers\nBe early\","))
    #expect(lines.count == 4 && lines[3].isEmpty)
    let json = try run(["--format", "json", "--what", "accounts", "--account", "kyoto"])
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(rows.count == 1)
    #expect(rows[0]["name"] as? String == "京都精機")
    #expect(rows[0]["equity"] as? Double == 1.5)
    #expect(rows[0]["won"] is NSNull && rows[0]["owner"] is NSNull)
    #expect(rows[0].keys.count == 15)
  }

  @Test func accountAndSinceFilterEvents() throws {
    let acme = try run(["--format", "csv", "--account", "acme"])
    #expect(
      acme.stdout.components(separatedBy: "\r\n").dropFirst().compactMap { $0.split(separator: ",").last } == [
        "e1", "e2", "e5",
      ])
    let since = try run(["--format", "csv", "--since", "2026-11-21"])
    #expect(
      since.stdout.components(separatedBy: "\r\n").dropFirst().compactMap { $0.split(separator: ",").last } == [
        "e2", "e5",
      ])
    let relative = try run(["--format", "csv", "--since=-2d", "--account", "kyoto"])
    #expect(relative.status == 0)
    #expect(relative.stdout == "date,account,contact,type,kind,weight,note,for,id\r\n")
  }

  @Test func largeExportsAreWholeAcrossChunks() throws {
    let home = try TemporaryHome()
    var files = Self.files
    files["events.txt"] = (0..<9000).map { "2026-0\($0 % 9 + 1)-01 acme deposit +1 \"n\($0)\" id:x\($0)\n" }.joined()
    let store = try home.store(files)
    let runner = CommandRunner(home: home.path)
    let json = try runner.run(["export", "--store", store, "--format", "json"])
    #expect(json.status == 0, "\(json.stderr)")
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(rows.count == 9000)
    #expect(Set(rows.compactMap { $0["id"] as? String }).count == 9000)
    #expect(rows.first?["id"] as? String == "x0" && rows.last?["id"] as? String == "x8999")
    let csv = try runner.run(["export", "--store", store, "--format", "csv"])
    #expect(csv.stdout.components(separatedBy: "\r\n").count == 9002)
    let empty = try runner.run(["export", "--store", store, "--format", "json", "--account", "kyoto"])
    #expect(try JSONSerialization.jsonObject(with: Data(empty.stdout.utf8)) as? [Any] != nil)
    #expect(empty.stdout.hasSuffix("]\n"))
  }

  @Test func badInputIsRefusedWithTheUsualExitCodes() throws {
    let unknown = try run(["--format", "csv", "--account", "nope"])
    #expect(unknown.status == 1 && unknown.stdout.isEmpty && unknown.stderr.contains("no account 'nope'"))
    // A --since that is not a day is a mistake in the command line; one read but refused would be 1.
    let day = try run(["--format", "csv", "--since", "someday"])
    #expect(day.status == 64 && day.stderr.contains("--since"))
    let hledgerAccounts = try run(["--format", "hledger", "--what", "accounts"])
    #expect(hledgerAccounts.status == 64 && hledgerAccounts.stderr.contains("events only"))
    let sinceContacts = try run(["--format", "json", "--what", "contacts", "--since", "today"])
    #expect(sinceContacts.status == 64)
    #expect(try run(["--format", "xml"]).status == 64)
    #expect(try run([]).status == 64)
  }

  @Test func aStoreWithErrorsExportsWhatItCouldReadAndExitsOne() throws {
    let home = try TemporaryHome()
    var files = Self.files
    files["events.txt"]! += "2026-11-23 acme deposit nonsense\n"
    let store = try home.store(files)
    let result = try CommandRunner(home: home.path).run(["export", "--store", store, "--format", "csv"])
    #expect(result.status == 1)
    #expect(result.stdout.hasSuffix(",e5\r\n"))
    #expect(result.stderr.contains("rapport check"))
  }

  @Test func helpSaysWhatIsLeftOutAndGivesExamples() throws {
    let home = try TemporaryHome()
    let help = try CommandRunner(home: home.path).run(["export", "--help"]).stdout
    #expect(help.contains("Voided events are left out"))
    #expect(help.contains("Personal notes are left out unless --personal"))
    #expect(help.contains("rapport export --format hledger | hledger -f - balance"))
    #expect(help.contains("Exit status"))
  }

  /// Whether `text` holds a character a terminal acts on, line feeds aside: a C0 or C1 control,
  /// DEL, or a bidi embedding, override or isolate.
  static func hasActiveCharacters(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      let v = scalar.value
      return (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
        || (0x2066...0x2069).contains(v)
    }
  }
}
