import Foundation
import RapportUI
import Testing

/// `rapport plan` and `rapport agenda`, on a small store of their own (RAPPORT_TODAY is
/// 2026-11-23, a Monday), and their refusals of bad input.
@Suite struct PlanAndAgendaCommandTests {
  private func store(in home: TemporaryHome) throws -> String {
    let path = home.path + "/store"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    try """
    account acme "Acme Corp" tier:A plan:2026-11-24 plan-review:2026-11-20
      plan-note: Quarterly call
      objective: Sole supplier of turbine parts by 2028
      initiative: status:active due:2026-11-25 owner:"Sam Lee" for:jane Benchmark study
      initiative: A joint innovation day
    account beta "Beta" tier:B

    """.write(toFile: path + "/accounts.txt", atomically: true, encoding: .utf8)
    try """
    contact acme/jane "Jane Doe" role:CFO flags:role-model reassess:2026-11-23
      personal: Runs marathons

    """.write(toFile: path + "/contacts.txt", atomically: true, encoding: .utf8)
    try """
    2026-11-01 acme/jane promise "send the \\u{1B}benchmark" due:2026-11-18 id:p1
    2026-11-01 beta promise "visit" due:2026-11-25 id:p2

    """.replacingOccurrences(of: "\\u{1B}", with: "\u{1B}").write(
      toFile: path + "/events.txt", atomically: true, encoding: .utf8)
    return path
  }

  @Test func thePlanAsTextAndJSON() throws {
    let home = try TemporaryHome()
    let path = try store(in: home)
    let runner = CommandRunner(home: home.path)
    let text = try runner.run(["plan", "acme", "--store", path])
    #expect(text.status == 0, "\(text.stderr)")
    #expect(
      text.stdout == """
        Acme Corp (acme, tier A): key account plan
        Review: 2026-11-20 (3 days overdue)

        Objectives
          - Sole supplier of turbine parts by 2028

        Initiatives
          STATUS  DUE         OWNER    FOR       INITIATIVE
          active  2026-11-25  Sam Lee  Jane Doe  Benchmark study
          idea    -           -        -         A joint innovation day

        """)
    let json = try runner.run(["plan", "acme", "--json", "--store", path])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(
      Set(object.keys) == [
        "account", "name", "tier", "hasPlan", "objectives", "initiatives", "review", "reviewDaysOverdue",
      ])
    #expect(object["review"] as? String == "2026-11-20" && object["reviewDaysOverdue"] as? Int == 3)
    let initiatives = try #require(object["initiatives"] as? [[String: Any]])
    #expect(initiatives.map { $0["status"] as? String } == ["active", "idea"])
    #expect(initiatives[0]["contact"] as? String == "jane" && initiatives[0]["contactName"] as? String == "Jane Doe")
    #expect(initiatives[0]["owner"] as? String == "Sam Lee" && initiatives[1]["owner"] is NSNull)
    // Personal notes never leave.
    #expect(!json.stdout.contains("marathon") && !text.stdout.contains("marathon"))

    let none = try runner.run(["plan", "beta", "--store", path])
    #expect(none.status == 0)
    #expect(none.stdout.contains("No plan yet: add objective: and initiative: lines"))
  }

  @Test func theAgendaByDayOverdueFirst() throws {
    let home = try TemporaryHome()
    let path = try store(in: home)
    let result = try CommandRunner(home: home.path).run(["agenda", "--store", path])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.replacingOccurrences(of: #" +"#, with: " ", options: .regularExpression)
    }
    #expect(
      lines == [
        "Overdue",
        " 2026-11-18 promise Jane Doe (Acme Corp) send the \\ebenchmark (p1) · 5 days overdue",
        " 2026-11-20 plan-review Acme Corp review the key account plan ('rapport plan acme') · 3 days overdue",
        "",
        "Today · Monday 2026-11-23",
        " reassess Jane Doe (Acme Corp) reassess them",
        "",
        "Tomorrow · Tuesday 2026-11-24",
        " touch Acme Corp Quarterly call",
        "",
        "Wednesday 2026-11-25",
        " promise Beta visit (p2)",
        " initiative Jane Doe (Acme Corp) Benchmark study (active)",
        "",
      ], "\(result.stdout)")
    let short = try CommandRunner(home: home.path).run(["agenda", "--days", "1", "--store", path])
    #expect(!short.stdout.contains("Tomorrow") && short.stdout.contains("Today · Monday 2026-11-23"))
  }

  @Test func theAgendaAsJSON() throws {
    let home = try TemporaryHome()
    let path = try store(in: home)
    let result = try CommandRunner(home: home.path).run(["agenda", "--json", "--days", "2", "--store", path])
    #expect(result.status == 0, "\(result.stderr)")
    let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(items.map { $0["kind"] as? String } == ["promise", "plan-review", "reassess", "touch"])
    #expect(items[0]["promise"] as? String == "p1" && items[0]["overdueDays"] as? Int == 5)
    #expect(items[0]["text"] as? String == "send the \u{1B}benchmark")
    #expect(result.stdout.contains("\\u001b"))
    #expect(items[2]["contactName"] as? String == "Jane Doe" && items[2]["day"] as? String == "2026-11-23")
    #expect(
      Set(items[0].keys) == [
        "day", "kind", "account", "accountName", "contact", "contactName", "text", "overdueDays", "promise", "status",
      ])
  }

  @Test func badInputIsRefusedWithTheReason() throws {
    let home = try TemporaryHome()
    let path = try store(in: home)
    let runner = CommandRunner(home: home.path)
    let unknown = try runner.run(["plan", "nope", "--store", path])
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("no account 'nope'"), "\(unknown.stderr)")
    for days in ["0", "-3", "367", "week"] {
      let bad = try runner.run(["agenda", "--days", days, "--store", path])
      #expect(bad.status != 0, "--days \(days)")
      #expect(bad.stdout.isEmpty)
      #expect(bad.stderr.contains("--days") || bad.stderr.contains("days"), "\(bad.stderr)")
    }
    let missing = try runner.run(["plan", "--store", path])
    #expect(missing.status != 0)
  }

  @Test func anEmptyAgendaSaysSo() throws {
    let home = try TemporaryHome()
    let path = home.path + "/empty"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    try "account acme \"Acme\" tier:C\n".write(toFile: path + "/accounts.txt", atomically: true, encoding: .utf8)
    let result = try CommandRunner(home: home.path).run(["agenda", "--store", path])
    #expect(result.stdout == "Nothing due or overdue (2026-11-23 to 2026-11-29).\n")
  }
}

/// The agenda's columns line up in terminal cells, with the demo's Korean and Japanese names.
@Suite struct AgendaColumnsTests {
  @Test func theWhatColumnStartsAtOneCellWhateverTheScript() throws {
    let home = try TemporaryHome()
    let result = try CommandRunner(home: home.path).run(["agenda", "--demo"])
    #expect(result.status == 0, "\(result.stderr)")
    let starts = ["Share the planning benchmark", "Call 김지현", "Compte rendu and next steps"].map { what -> Int? in
      guard let line = result.stdout.split(separator: "\n").first(where: { $0.contains(what) }) else { return nil }
      return DisplayWidth.of(String(line[..<line.range(of: what)!.lowerBound]))
    }
    #expect(starts.allSatisfy { $0 != nil } && Set(starts).count == 1, "\(result.stdout)")
  }
}
