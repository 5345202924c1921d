import Foundation
import RapportUI
import Testing

/// `rapport promise` and `rapport promises`: a promise made, listed, kept, and clear refusals.
@Suite struct PromiseCommandTests {
  func events(_ store: String) throws -> String {
    try String(contentsOfFile: store + "/events.txt", encoding: .utf8)
  }

  @Test func aPromiseIsMadeListedAndKept() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let runner = CommandRunner(home: home.path)
    let made = try runner.run([
      "promise", "add", "nordhavn/lars", "send the benchmark", "--due", "fri", "--by", "Sam Lee", "--store", store,
    ])
    #expect(made.status == 0, "\(made.stderr)")
    let id = made.stdout.trimmingCharacters(in: .newlines)
    #expect(id.count == 10)
    // RAPPORT_TODAY, 2026-11-23, is a Monday: fri is the 27th.
    #expect(
      try events(store).hasSuffix(
        "2026-11-23 nordhavn/lars promise \"send the benchmark\" due:2026-11-27 by:\"Sam Lee\" id:\(id)\n"))
    let listed = try runner.run(["promises", "--store", store])
    // The demo's own promises come first (one overdue) and set the columns' widths.
    let row = listed.stdout.split(separator: "\n").first { $0.hasSuffix(id) }.map(String.init) ?? ""
    // Nothing is cut: the names and what was promised are whole.
    #expect(row.hasPrefix("2026-11-27  open            Lars Kjærgaard (Nordhavn Shipping A/S)  "), "\(listed.stdout)")
    #expect(row.contains("  send the benchmark  "))
    #expect(listed.stdout.contains(id))

    let kept = try runner.run(["promise", "keep", id, "--store", store])
    #expect(kept.status == 0, "\(kept.stderr)")
    #expect(kept.stdout == "Kept 'send the benchmark' for Lars Kjærgaard (Nordhavn Shipping A/S): equity 91 -> 93\n")
    let lines = try events(store).split(separator: "\n").suffix(2)
    #expect(lines.first!.contains("deposit promise-kept +2 \"Kept: send the benchmark\" promise:\(id) by:sam id:"))
    #expect(lines.last! == "2026-11-23 kept \(id) by:sam")
    #expect(try runner.run(["promises", "--store", store]).stdout.contains(id) == false)
    let checked = try runner.run(["check", "--store", store])
    #expect(checked.status == 0)
    // The demo has nine promises, four of them open.
    #expect(checked.stdout.contains(" events (1 voided), 10 promises (4 open); 0 errors"), "\(checked.stdout)")
  }

  @Test func theJSONHasEveryFieldAndOverdueFilters() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let runner = CommandRunner(home: home.path)
    try
      (events(store)
        + """
        2026-10-01 nordhavn/lars promise "send the \\"fuel\\" study" due:2026-11-14 by:sam id:p1
        2026-10-02 nordhavn promise "visit" due:2026-12-01 id:p2
        2026-10-03 nordhavn promise "call" due:2026-11-01 id:p3
        2026-10-04 dropped p3 "not needed"

        """).write(toFile: store + "/events.txt", atomically: true, encoding: .utf8)
    let result = try runner.run(["promises", "--json", "--account", "nordhavn", "--store", store])
    #expect(result.status == 0, "\(result.stderr)")
    let objects = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
    // With the demo's own promise to Lars, due on the 27th.
    #expect(objects.map { $0["id"] as! String } == ["p1", "pnordhav01", "p2"])
    #expect(
      Set(objects[0].keys) == [
        "id", "account", "contact", "what", "due", "status", "daysOverdue", "made", "by", "closed", "note",
      ])
    #expect(objects[0]["what"] as? String == "send the \"fuel\" study")
    #expect(objects[0]["daysOverdue"] as? Int == 9)
    #expect(objects[0]["contact"] as? String == "lars" && objects[2]["contact"] is NSNull)
    #expect(objects[2]["daysOverdue"] as? Int == 0 && objects[2]["status"] as? String == "open")
    let overdue = try runner.run(["promises", "--overdue", "--json", "--store", store])
    #expect(
      (try JSONSerialization.jsonObject(with: Data(overdue.stdout.utf8)) as! [[String: Any]]).map {
        $0["id"] as! String
      } == ["pharbour01", "p1"])
    let all = try runner.run(["promises", "--all", "--account", "nordhavn", "--json", "--store", store])
    let statuses = (try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as! [[String: Any]]).map {
      $0["status"] as! String
    }
    #expect(statuses == ["open", "open", "open", "dropped"])
    // The overdue promise is a drift reason too.
    #expect(
      try runner.run(["drift", "--store", store]).stdout.contains(
        "Promise 'send the \"fuel\" study' to Lars Kjærgaard is 9 days overdue (due 2026-11-14)"))
  }

  @Test func badInputIsRefusedWithWhatToDoAndNothingIsWritten() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let runner = CommandRunner(home: home.path)
    let made = try runner.run(["promise", "add", "nordhavn", "send it", "--due", "+7d", "--store", store])
    let id = made.stdout.trimmingCharacters(in: .newlines)
    #expect(try runner.run(["promise", "keep", id, "--store", store]).status == 0)
    let before = try events(store)
    let cases: [([String], String)] = [
      (
        ["promise", "keep", "nosuch"], "no promise has the id 'nosuch' in \(store); 'rapport promises --all' lists them"
      ),
      (["promise", "drop", "nosuch"], "no promise has the id 'nosuch'"),
      (
        ["promise", "add", "nordhavn", "x", "--due", "2026-11-22"],
        "--due 2026-11-22 is past: a new promise is due today (2026-11-23) or later"
      ),
      (["promise", "add", "nordhavn", "x", "--due", "someday"], "--due 'someday' is not a day: write YYYY-MM-DD"),
      (["promise", "add", "nordhav", "x", "--due", "fri"], "no account 'nordhav'"),
      (
        ["promise", "add", "nordhavn/bob", "x", "--due", "fri"], "no contact 'nordhavn/bob'; nordhavn has nordhavn/lars"
      ),
      (["promise", "add", "nordhavn", " ", "--due", "fri"], "say what was promised"),
      (["promise", "keep", id], "nothing was recorded: the promise '\(id)' was kept on 2026-11-23"),
      (["promise", "miss", id], "the promise '\(id)' was kept on 2026-11-23"),
      (["promises", "--account", "nobody"], "no account 'nobody'"),
    ]
    for (arguments, message) in cases {
      let result = try runner.run(arguments + ["--store", store])
      #expect(result.status != 0, "\(arguments)")
      #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
    }
    #expect(try events(store) == before)
  }

  @Test func storeTextIsPrintedInert() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let runner = CommandRunner(home: home.path)
    try
      (events(store)
      + "2026-10-01 nordhavn promise \"evil \u{1B}]0;title\u{07}\" due:2026-11-30 by:\"\u{202E}x\" id:p1\n")
      .write(toFile: store + "/events.txt", atomically: true, encoding: .utf8)
    let table = try runner.run(["promises", "--store", store])
    #expect(!table.stdout.contains("\u{1B}") && table.stdout.contains("evil \\e]0;title\\x07"), "\(table.stdout)")
    let json = try runner.run(["promises", "--json", "--store", store])
    #expect(!json.stdout.contains("\u{1B}") && !json.stdout.contains("\u{202E}"))
    #expect(json.stdout.contains("\\u001b") && json.stdout.contains("\\u202e"))
  }

  @Test func checkReportsPromiseProblemsWithTheOthers() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let runner = CommandRunner(home: home.path)
    let lines = try events(store).split(separator: "\n", omittingEmptySubsequences: false).count
    try (events(store) + "2026-10-01 nordhavn promise \"visit\" due:2026-02-30 id:p1\n2026-10-02 kept nosuch\n")
      .write(toFile: store + "/events.txt", atomically: true, encoding: .utf8)
    let result = try runner.run(["check", "--store", store])
    #expect(result.status == 1)
    #expect(
      result.stdout.contains("events.txt:\(lines):41: due: no day 30 in February 2026: it has 28 days"),
      "\(result.stdout)")
    #expect(result.stdout.contains("events.txt:\(lines + 1):17: kept refers to no promise with this id"))
    #expect(result.stdout.contains("2 errors"))
  }
}

/// The table's columns line up in terminal cells, names in CJK scripts included.
@Suite struct PromisesTableTests {
  @Test func columnsLineUpWithWideNames() throws {
    let home = try TemporaryHome()
    let result = try CommandRunner(home: home.path).run(["promises", "--demo", "--all"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.contains("山本 由美 (株式会社田中精機)") })
    // Where the id column starts, in cells: the same on every line (the demo's ids start with p).
    let starts = lines.map { line -> Int in
      let id = line.range(of: #"  (ID|p[0-9a-z]{9})( |$)"#, options: .regularExpression)!
      return DisplayWidth.of(String(line[..<id.lowerBound]))
    }
    #expect(Set(starts).count == 1, "\(result.stdout)")
  }
}

/// Notes on closing lines, a warning about people who left, and what forgetting says.
@Suite struct PromiseNotesTests {
  @Test func aNoteOnKeepingIsWrittenListedAndInTheJSON() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let runner = CommandRunner(home: home.path)
    let kept = try runner.run(["promise", "keep", "pnordhav01", "--note", "sent with the Q3 figures", "--store", store])
    #expect(kept.status == 0, "\(kept.stderr)")
    let events = try String(contentsOfFile: store + "/events.txt", encoding: .utf8)
    #expect(events.hasSuffix("2026-11-23 kept pnordhav01 \"sent with the Q3 figures\" by:sam\n"))
    let json = try runner.run(["promises", "--all", "--json", "--account", "nordhavn", "--store", store])
    let object = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]).first {
      $0["id"] as? String == "pnordhav01"
    }
    #expect(object?["note"] as? String == "sent with the Q3 figures")
    #expect(try runner.run(["promises", "--all", "--store", store]).stdout.contains("sent with the Q3 figures"))
    let escaped = try runner.run(["promise", "miss", "pharbour01", "--note", "late\u{1B}[31m", "--store", store])
    #expect(escaped.status != 0 && escaped.stderr.contains("U+001B"))
  }

  @Test func aPromiseToSomeoneWhoLeftIsRecordedWithAWarning() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let made = try CommandRunner(home: home.path).run([
      "promise", "add", "kestrel/reyes", "call Tom", "--due", "fri", "--store", store,
    ])
    #expect(made.status == 0)
    #expect(made.stderr == "warning: Tom Reyes left on 2026-09-30; the promise is recorded all the same\n")
  }

  @Test func forgettingSaysWhatBecomesOfPromisesToThem() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let runner = CommandRunner(home: home.path)
    let asked = try runner.run(["forget", "nordhavn/lars", "--store", store])
    #expect(asked.stdout.contains("and what was promised in 1 promise, kept under the account"), "\(asked.stdout)")
    let done = try runner.run(["forget", "nordhavn/lars", "--yes", "--store", store])
    #expect(
      done.stdout.hasSuffix("; 1 promise to them stays under the account without what was promised.\n"),
      "\(done.stdout)")
  }
}
