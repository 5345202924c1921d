import Foundation
import Testing

/// Issue 15's round trip, through the real binary: the events exported to CSV from one store and
/// imported into a store with the same accounts and contacts but no events give the same
/// balances, per account and per contact; importing the file again adds nothing.
@Suite struct CSVRoundTripTests {
  static let accounts = """
    account acme "Acme, Inc." tier:A won:2026-01-15
    account kyoto "京都精機" tier:B

    """
  static let contacts = """
    contact acme/jane "Jane \\"JD\\" Doe" role:CFO flags:decision-maker
      next-job: COO
      personal: Sings in a choir on Thursdays
    contact acme/bob "Bob" role:Buyer
    contact kyoto/sato "佐藤 花子" role:部長

    """
  /// Notes with commas, quotes, line breaks and Unicode; negative and fractional weights; whole
  /// account events; career help both ways; an event without a kind; and a voided event.
  static let events = #"""
    2026-02-01 acme/jane deposit insight +3 "Shared the \"benchmark\", ahead of her budget round" id:e1
    2026-03-01 acme withdrawal mistake -2.25 "Invoice, sent twice\nthen credited; «désolé»" id:e2
    2026-04-01 kyoto/sato favour-given introduction +1.5 "紹介: 東京の会議 ✓" for:career id:e3
    2026-05-01 acme/bob favour-asked reference +0.75 id:e4
    2026-06-01 acme/jane deposit career-help +2 "Mentored her for the COO role" id:e5
    2026-07-01 acme deposit +1 "A whole-account deposit, without a kind" id:e6
    2026-08-01 acme/bob withdrawal missed-promise -4 "Late, again" id:e7
    2026-08-02 void e7 "It was the carrier"
    2026-09-01 kyoto withdrawal escalation -0.5 "" id:e8

    """#

  private func json(_ output: CommandRunner.Output) throws -> [[String: Any]] {
    #expect(output.status == 0, "\(output.stderr)")
    return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
  }

  /// What the balances are, as the commands print them: per account from `accounts --json`, per
  /// contact from the contacts' export and `contacts --json`.
  private func balances(_ store: String, _ runner: CommandRunner) throws -> [String] {
    let accounts = try json(runner.run(["accounts", "--json", "--store", store])).map {
      "\($0["id"]!) equity \($0["equity"]!) decayed \($0["decayedEquity"]!) events \($0["events"]!)"
    }
    let contacts = try json(
      runner.run(["export", "--format", "json", "--what", "contacts", "--store", store])
    ).map { "\($0["account"]!)/\($0["id"]!) equity \($0["equity"]!) events \($0["events"]!)" }
    let favours = try json(runner.run(["contacts", "--json", "--store", store])).map {
      let reciprocity = $0["reciprocity"] as? [String: Any] ?? [:]
      return "\($0["account"]!)/\($0["id"]!) given \(reciprocity["given"]!) asked \(reciprocity["asked"]!)"
        + " career help \($0["careerHelp"]!) last touch \($0["lastTouch"] ?? "never")"
    }
    return accounts + contacts + favours
  }

  @Test func exportThenImportGivesTheSameBalancesAndAgainAddsNothing() throws {
    let home = try TemporaryHome()
    let runner = CommandRunner(home: home.path)
    let source = try home.store(
      ["accounts.txt": Self.accounts, "contacts.txt": Self.contacts, "events.txt": Self.events])
    let target = home.path + "/target"
    try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
    for (name, text) in ["accounts.txt": Self.accounts, "contacts.txt": Self.contacts, "events.txt": ""] {
      try text.write(toFile: "\(target)/\(name)", atomically: true, encoding: .utf8)
    }

    let exported = try runner.run(["export", "--format", "csv", "--personal", "--store", source])
    #expect(exported.status == 0, "\(exported.stderr)")
    #expect(!exported.stdout.contains("e7"))  // voided: left out
    #expect(exported.stdout.contains(",+1.5,紹介: 東京の会議 ✓,career,e3\r\n"))
    #expect(exported.stdout.contains(",career-help,+2,Mentored her for the COO role,career,e5\r\n"))
    let file = home.path + "/events.csv"
    try exported.stdout.write(toFile: file, atomically: true, encoding: .utf8)

    let imported = try runner.run(["import", "csv", file, "--store", target])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout == "7 events added, 0 already imported\n")
    let expected = try balances(source, runner)
    // acme: 3 - 2.25 + 0.75 + 2 + 1 (the -4 voided); kyoto: 1.5 - 0.5.
    #expect(
      expected.contains { $0.hasPrefix("acme equity 4.5 ") } && expected.contains { $0.hasPrefix("kyoto equity 1 ") })
    #expect(try balances(target, runner) == expected)
    #expect(expected.contains { $0.hasPrefix("acme/jane given") && $0.contains("career help 2026-06-01") })
    #expect(expected.contains { $0.hasPrefix("kyoto/sato given 1.5") && $0.contains("career help 2026-04-01") })

    // The notes came across as they were, line breaks, quotes and all.
    let events = try String(contentsOfFile: target + "/events.txt", encoding: .utf8)
    #expect(events.contains(#""Invoice, sent twice\nthen credited; «désolé»""#))
    #expect(events.contains(#""Shared the \"benchmark\", ahead of her budget round""#))
    #expect(events.contains(" for:career "))
    // Exported again, the rows are the same but for their ids, and the kind of the event that
    // had none: the import gives it the type's usual kind, as 'rapport add' does.
    let reexported = try runner.run(["export", "--format", "csv", "--personal", "--store", target])
    let kindless = { (row: String) in row.contains("without a kind") }
    #expect(
      Self.withoutIds(reexported.stdout).filter { !kindless($0) }
        == Self.withoutIds(exported.stdout).filter { !kindless($0) })
    #expect(
      Self.withoutIds(exported.stdout).filter(kindless) == [
        "2026-07-01,acme,,deposit,,+1,\"A whole-account deposit, without a kind\","
      ])
    #expect(Self.withoutIds(reexported.stdout).filter(kindless).first?.hasPrefix("2026-07-01,acme,,deposit,,") == false)

    let again = try runner.run(["import", "csv", file, "--store", target])
    #expect(again.stdout == "0 events added, 7 already imported\n")
    #expect(try String(contentsOfFile: target + "/events.txt", encoding: .utf8) == events)
    #expect(try balances(target, runner) == expected)
  }

  /// An export without `--personal` leaves the notes of events with a person out, and still
  /// brings the same balances across.
  @Test func withoutPersonalNotesTheBalancesStillCome() throws {
    let home = try TemporaryHome()
    let runner = CommandRunner(home: home.path)
    let source = try home.store(
      ["accounts.txt": Self.accounts, "contacts.txt": Self.contacts, "events.txt": Self.events])
    let target = home.path + "/target"
    try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
    for (name, text) in ["accounts.txt": Self.accounts, "contacts.txt": Self.contacts, "events.txt": ""] {
      try text.write(toFile: "\(target)/\(name)", atomically: true, encoding: .utf8)
    }
    let exported = try runner.run(["export", "--format", "csv", "--store", source])
    #expect(!exported.stdout.contains("benchmark") && exported.stdout.contains("then credited"))
    let file = home.path + "/events.csv"
    try exported.stdout.write(toFile: file, atomically: true, encoding: .utf8)
    #expect(try runner.run(["import", "csv", file, "--store", target]).status == 0)
    #expect(try balances(target, runner) == balances(source, runner))
    let events = try String(contentsOfFile: target + "/events.txt", encoding: .utf8)
    #expect(!events.contains("benchmark") && !events.contains("Sings"))
  }

  /// The CSV's rows without their last column, the event's id (the import gives new ones).
  static func withoutIds(_ csv: String) -> [String] {
    csv.components(separatedBy: "\r\n").map { row in
      guard let comma = row.lastIndex(of: ",") else { return row }
      return String(row[..<comma])
    }
  }
}
