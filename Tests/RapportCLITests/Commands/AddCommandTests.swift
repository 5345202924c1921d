import Foundation
import Testing

/// `rapport add`: one line appended, the balance before and after, and clear refusals.
@Suite struct AddCommandTests {
  @Test func recordsAnEventAndPrintsTheNewBalance() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let runner = CommandRunner(home: home.path)
    let before = try String(contentsOfFile: store + "/events.txt", encoding: .utf8)
    let result = try runner.run([
      "add", "deposit", "nordhavn/lars", "--kind", "insight", "--note", "Shared the \"fuel\" analysis", "--store",
      store,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "Deposit +3 for Nordhavn Shipping A/S / Lars Kjærgaard: equity 91 -> 94\n")
    let after = try String(contentsOfFile: store + "/events.txt", encoding: .utf8)
    #expect(after.hasPrefix(before))
    let added = after.dropFirst(before.count)
    #expect(
      added.hasPrefix("2026-11-23 nordhavn/lars deposit insight +3 \"Shared the \\\"fuel\\\" analysis\" by:sam id:"))
    #expect(added.filter { $0 == "\n" }.count == 1)

    let withdrawal = try runner.run([
      "add", "withdrawal", "nordhavn", "--weight", "2.5", "--date", "-2d", "--store", store,
    ])
    #expect(withdrawal.stdout == "Withdrawal -2.5 for Nordhavn Shipping A/S: equity 94 -> 91.5\n")
    let check = try runner.run(["check", "--store", store])
    #expect(check.status == 0)
    #expect(check.stdout.contains("461 events"))
  }

  @Test func badInputIsRefusedAndNothingIsWritten() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let runner = CommandRunner(home: home.path)
    let before = try Data(contentsOf: URL(fileURLWithPath: store + "/events.txt"))
    let cases: [([String], String)] = [
      (["add", "deposit", "nordhav"], "no account 'nordhav' in \(store); did you mean nordhavn?"),
      (["add", "deposit", "nordhavn/bob"], "no contact 'nordhavn/bob'; nordhavn has nordhavn/lars, nordhavn/freja"),
      (["add", "deposit", "nordhavn", "--weight", "lots"], "--weight 'lots': expected a weight such as +3, -2 or 1.5"),
      (["add", "deposit", "nordhavn", "--weight", "-1"], "a deposit adds; for a loss record a withdrawal"),
      (["add", "withdrawal", "nordhavn", "--weight", "+1"], "a withdrawal takes away; write -1 or leave out the sign"),
      (["add", "deposit", "nordhavn", "--weight", "250"], "a weight is at most 100 in size"),
      (
        ["add", "deposit", "nordhavn", "--date", "2026-12-25"],
        "2026-12-25 is in the future: an event records something that happened, on tomorrow (2026-11-24) at the latest"
      ),
      (["add", "deposit", "nordhavn", "--date", "someday"], "'someday' is not a day"),
      (
        ["add", "deposit", "nordhavn", "--date", "1900-01-01"],
        "--date 1900-01-01 is more than 10 years ago: events go back 10 years at most, to 2016-11-23"
      ),
      (["add", "deposit", "nordhavn", "--date", "-4000d"], "--date -4000d (2015-12-11) is more than 10 years ago"),
      (
        ["add", "deposit", "nordhavn", "--kind", "mistake"],
        "--kind mistake is a withdrawal's kind: use withdrawal, or a deposit kind: check-in, insight, problem-solved,"
          + " kindness, promise-kept"
      ),
      (["add", "withdrawal", "nordhavn", "--kind", "insight"], "insight is a deposit's kind: use deposit, or a"),
      (
        ["add", "deposit", "nordhavn", "--kind", "introduction"],
        "introduction is a favour given's or favour asked's kind: use favour-given or favour-asked, or a deposit kind"
      ),
      (["add", "deposit", "nordhavn", "--kind", "Big Win"], "--kind 'Big Win' is not a kind"),
      (
        ["add", "deposit", "nordhavn", "--kind", "site visit"],
        "--kind 'site visit' is not a kind: use a lowercase word such as site-visit"
      ),
      (["add", "deposit", "nordhavn", "--kind", "Ünïcode!"], "is not a kind: use a lowercase word such as insight"),
      (["add", "tip", "nordhavn"], "'tip' is not a type: use deposit, withdrawal, favour-given or favour-asked"),
    ]
    for (arguments, message) in cases {
      let result = try runner.run(arguments + ["--store", store])
      #expect(result.status != 0, "\(arguments)")
      #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: store + "/events.txt")) == before)
  }

  /// The edges of what is allowed: a kind of one's own, the first day ten years back, and
  /// tomorrow, which counts as a touch today (never -1 days since).
  @Test func ownKindsTheEarliestDayAndTomorrowAreRecorded() throws {
    let home = try TemporaryHome()
    let store = home.path + "/store"
    try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: true)
    try "account acme \"Acme Corp\" tier:A\n".write(toFile: store + "/accounts.txt", atomically: true, encoding: .utf8)
    try "".write(toFile: store + "/contacts.txt", atomically: true, encoding: .utf8)
    try "".write(toFile: store + "/events.txt", atomically: true, encoding: .utf8)
    let runner = CommandRunner(home: home.path)
    for arguments in [
      ["add", "deposit", "acme", "--kind", "site-visit", "--date", "2016-11-23"],
      ["add", "withdrawal", "acme", "--kind", "late-invoice", "--date", "-3652d"],
      ["add", "favour-given", "acme", "--kind", "introduction", "--date", "tomorrow"],
    ] {
      let result = try runner.run(arguments + ["--store", store])
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }
    let events = try String(contentsOfFile: store + "/events.txt", encoding: .utf8).split(separator: "\n")
    #expect(events.map { $0.prefix(10) } == ["2016-11-23", "2016-11-23", "2026-11-24"])
    #expect(events[0].contains("deposit site-visit +2") && events[1].contains("withdrawal late-invoice -2"))
    let json = try runner.run(["accounts", "--json", "--store", store]).stdout
    #expect(json.contains("\"daysSinceTouch\" : 0"), "\(json)")
    let drift = try runner.run(["drift", "--json", "--store", store]).stdout
    #expect(drift.contains("\"daysSinceTouch\" : 0") && !drift.contains(": -"), "\(drift)")
  }

  @Test func anAccountTypedWithCapitalsOrAccentsGetsItsIdSuggested() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let runner = CommandRunner(home: home.path)
    for typed in ["ELECTRIQUE", "Électrique"] {
      let result = try runner.run(["add", "deposit", typed, "--store", store])
      #expect(result.status == 1)
      #expect(result.stderr.contains("no account '\(typed)' in \(store); did you mean electrique?"))
    }
    let forget = try runner.run(["forget", "nope/x", "--yes", "--store", store])
    #expect(forget.stderr.contains("no account 'nope'"))
  }
}

/// `rapport add … --for-career`: the event is tagged for the contact's career.
@Suite struct AddForCareerTests {
  @Test func aContactsEventIsTaggedAndTheWholeAccountIsRefused() throws {
    let home = try TemporaryHome()
    let store = home.path + "/store"
    try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: true)
    try "account acme \"Acme Corp\" tier:A\n".write(toFile: store + "/accounts.txt", atomically: true, encoding: .utf8)
    try "contact acme/jane \"Jane Doe\"\n  next-job: CEO\n".write(
      toFile: store + "/contacts.txt", atomically: true, encoding: .utf8)
    try "".write(toFile: store + "/events.txt", atomically: true, encoding: .utf8)
    let runner = CommandRunner(home: home.path)

    let refused = try runner.run(["add", "deposit", "acme", "--for-career", "--store", store])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("--for-career is about a person: give account/contact, such as acme/jane"))
    #expect(try String(contentsOfFile: store + "/events.txt", encoding: .utf8).isEmpty)

    let added = try runner.run([
      "add", "deposit", "acme/jane", "--kind", "mentoring", "--for-career", "--store", store,
    ])
    #expect(added.status == 0, "\(added.stderr)")
    #expect(added.stdout == "Deposit +2 for Acme Corp / Jane Doe: equity 0 -> 2 (for their career)\n")
    #expect(added.stderr.isEmpty, "Jane has a next job and is there")
    let line = try String(contentsOfFile: store + "/events.txt", encoding: .utf8)
    #expect(line.hasPrefix("2026-11-23 acme/jane deposit mentoring +2 for:career by:sam id:"))
    let json = try runner.run(["contacts", "--json", "--store", store])
    #expect(json.stdout.contains("\"careerHelp\" : \"2026-11-23\""))
  }

  private func store(in home: TemporaryHome) throws -> String {
    let store = home.path + "/store"
    try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: true)
    try "account acme \"Acme Corp\" tier:A\n".write(toFile: store + "/accounts.txt", atomically: true, encoding: .utf8)
    let contacts = """
      contact acme/jane "Jane Doe"
        next-job: CEO
      contact acme/ole "Ole Dahl"
      contact acme/mia "Mia Holm"
        next-job: A seat on the board
        left: 2026-11-02 Joined Vestas

      """
    try contacts.write(toFile: store + "/contacts.txt", atomically: true, encoding: .utf8)
    try "".write(toFile: store + "/events.txt", atomically: true, encoding: .utf8)
    return store
  }

  @Test func aWithdrawalOrAFavourAskedIsRefused() throws {
    let home = try TemporaryHome()
    let store = try store(in: home)
    let runner = CommandRunner(home: home.path)
    for type in ["withdrawal", "favour-asked"] {
      let refused = try runner.run(["add", type, "acme/jane", "--for-career", "--store", store])
      #expect(refused.status != 0)
      #expect(
        refused.stderr.contains("--for-career is for a deposit or a favour given, not a \(type)"), "\(refused.stderr)")
    }
    #expect(try String(contentsOfFile: store + "/events.txt", encoding: .utf8).isEmpty)
    let given = try runner.run([
      "add", "favour-given", "acme/jane", "--kind", "introduction", "--for-career", "--store", store,
    ])
    #expect(given.status == 0, "\(given.stderr)")
    #expect(given.stdout.hasSuffix("(for their career)\n"))
  }

  @Test func noNextJobOrGoneIsSaidOnStandardErrorAndRecordedAllTheSame() throws {
    let home = try TemporaryHome()
    let store = try store(in: home)
    let runner = CommandRunner(home: home.path)
    let ole = try runner.run(["add", "deposit", "acme/ole", "--for-career", "--store", store])
    #expect(ole.status == 0, "\(ole.stderr)")
    #expect(ole.stderr == "warning: Ole Dahl has no next job written down; recorded for their career all the same\n")
    #expect(ole.stdout.hasSuffix("(for their career)\n"))
    let mia = try runner.run(["add", "deposit", "acme/mia", "--for-career", "--store", store])
    #expect(mia.status == 0, "\(mia.stderr)")
    #expect(mia.stderr == "warning: Mia Holm left on 2026-11-02; recorded for their career all the same\n")
    // Help given before she left says nothing.
    let before = try runner.run([
      "add", "deposit", "acme/mia", "--for-career", "--date", "2026-10-01", "--store", store,
    ])
    #expect(before.status == 0 && before.stderr.isEmpty, "\(before.stderr)")
    let lines = try String(contentsOfFile: store + "/events.txt", encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 3 && lines.allSatisfy { $0.contains(" for:career by:sam id:") })
    // Without --for-career, nothing to warn about.
    let plain = try runner.run(["add", "deposit", "acme/ole", "--store", store])
    #expect(plain.status == 0 && plain.stderr.isEmpty)
  }

  @Test func theHelpsExampleIsOneThatWorks() throws {
    let home = try TemporaryHome()
    let help = try CommandRunner(home: home.path).run(["add", "--help"])
    let example = try #require(
      help.stdout.split(separator: "\n").first { $0.contains("--for-career") && $0.contains("rapport add") })
    let words = example.split(separator: " ").map(String.init)
    #expect(
      words.starts(with: ["rapport", "add", "favour-given", "acme/jane", "--kind", "introduction", "--for-career"]))
    // The example run on a store with acme/jane records it for her career.
    let store = try store(in: home)
    let run = try CommandRunner(home: home.path).run(Array(words.dropFirst()) + ["--store", store])
    #expect(run.status == 0, "\(run.stderr)")
    let line = try String(contentsOfFile: store + "/events.txt", encoding: .utf8)
    #expect(line.hasPrefix("2026-11-23 acme/jane favour-given introduction +2 for:career by:sam id:"))
  }
}
