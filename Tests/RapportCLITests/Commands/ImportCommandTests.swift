import Foundation
import Testing

/// `rapport import csv|vcard|ics` through the real binary, on fixtures exported as address
/// books and calendars write them (Tests/Fixtures/import).
@Suite struct ImportCommandTests {
  private let accounts = """
    account acme "Acme Corp" tier:A
    account nordhavn "Nordhavn Shipping A/S" tier:B

    """
  private let contacts = """
    contact acme/jane "Jane Doe" role:CFO

    contact nordhavn/lars "Lars Kjærgaard"

    """

  private func fixture(_ name: String) -> String { CommandRunner.packageRoot + "/Tests/Fixtures/import/" + name }

  private func files(_ store: String) throws -> [String] {
    try ["accounts.txt", "contacts.txt", "events.txt"].map {
      try String(contentsOfFile: "\(store)/\($0)", encoding: .utf8)
    }
  }

  private func setUp() throws -> (TemporaryHome, String, CommandRunner) {
    let home = try TemporaryHome()
    let store = try home.store(["accounts.txt": accounts, "contacts.txt": contacts, "events.txt": ""])
    return (home, store, CommandRunner(home: home.path))
  }

  @Test func csvDryRunThenImportThenAgainAddsNothing() throws {
    let (home, store, runner) = try setUp()
    defer { withExtendedLifetime(home) {} }
    let dry = try runner.run(["import", "csv", fixture("events.csv"), "--dry-run", "--store", store])
    #expect(dry.status == 0, "\(dry.stderr)")
    #expect(
      dry.stdout == """
        would add: 2026-11-02 acme/jane deposit insight +3 "Shared the "benchmark", ahead of her budget round"
        would add: 2026-11-03 acme withdrawal mistake -2 "Invoice sent twice (their system, not ours)"
        would add: 2026-11-04 nordhavn/lars favour-given introduction +2
        3 events to add, 0 already imported

        """)
    #expect(try files(store)[2].isEmpty)
    let done = try runner.run(["import", "csv", fixture("events.csv"), "--store", store])
    #expect(done.status == 0, "\(done.stderr)")
    #expect(done.stdout == "3 events added, 0 already imported\n")
    let events = try files(store)[2]
    #expect(events.split(separator: "\n").count == 3)  // the note's line break is written as \n
    #expect(events.contains(#"deposit insight +3 "Shared the \"benchmark\", ahead of her budget round" src:csv:"#))
    let again = try runner.run(["import", "csv", fixture("events.csv"), "--store", store])
    #expect(again.stdout == "0 events added, 3 already imported\n")
    #expect(try files(store)[2] == events)
    let checked = try runner.run(["check", "--store", store])
    #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
  }

  @Test func aCsvWithBadRowsListsThemAllAndWritesNothing() throws {
    let (home, store, runner) = try setUp()
    defer { withExtendedLifetime(home) {} }
    let csv = home.path + "/bad.csv"
    try """
    date,account,contact,type,note
    2026-11-02,acme,jane,deposit,fine
    2026-11-31,acme,jane,deposit,no such day
    2026-11-02,acme,zoe,deposit,"a quoted, note"
    2026-11-02,acme,,present,
    ,,,,
    """.write(toFile: csv, atomically: true, encoding: .utf8)
    let before = try files(store)
    let result = try runner.run(["import", "csv", csv, "--store", store])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.count == 4, "\(result.stderr)")
    #expect(lines[0] == "\(csv):3: date '2026-11-31' is not a day: write YYYY-MM-DD")
    #expect(lines[1] == "\(csv):4: no contact 'acme/zoe'")
    #expect(lines[2].hasPrefix("\(csv):5: 'present' is not a type"))
    #expect(lines[3] == "Error: nothing was imported: 3 problems to fix first")
    #expect(try files(store) == before)
  }

  @Test func vcardsUpdateCreateAndAreNotAddedTwice() throws {
    let (home, store, runner) = try setUp()
    defer { withExtendedLifetime(home) {} }
    let refused = try runner.run(["import", "vcard", fixture("apple-contacts.vcf"), "--store", store])
    #expect(refused.status != 0)
    #expect(refused.stderr.hasPrefix("\(fixture("apple-contacts.vcf")):25: no account named 'Globex Logistics'"))
    let done = try runner.run(["import", "vcard", fixture("apple-contacts.vcf"), "--create-accounts", "--store", store])
    #expect(done.status == 0, "\(done.stderr)")
    #expect(done.stdout == "1 contact added, 2 updated, 0 unchanged, 1 account created\n")
    let (accountsText, contactsText, _) = try {
      let f = try files(store)
      return (f[0], f[1], f[2])
    }()
    #expect(
      accountsText.hasSuffix("account globex-logistics \"Globex Logistics\" tier:C\n  changed: 2026-11-23 by sam\n"))
    #expect(
      contactsText == """
        contact acme/jane "Jane Doe" role:"Chief Financial Officer"
          email: jane.doe@acme.example
          phone: +45 12 34 56 78
          changed: 2026-11-23 by sam

        contact nordhavn/lars "Lars Kjærgaard" role:"Chief Operating Officer, Fleet"
          email: lars@nordhavn.example
          email: lars.k@home.example
          phone: +45 33 22 11 00
          changed: 2026-11-23 by sam

        contact globex-logistics/pia-holm "Pia Holm"
          email: pia.holm@globex.example
          phone: +46-8-123-456
          changed: 2026-11-23 by sam

        """)
    let again = try runner.run([
      "import", "vcard", fixture("apple-contacts.vcf"), "--create-accounts", "--store", store,
    ])
    #expect(again.stdout == "0 contacts added, 0 updated, 3 unchanged\n")
    #expect(try files(store)[1] == contactsText)
  }

  @Test func meetingsLogThemselvesAndUnmatchedAddressesAreListed() throws {
    let (home, store, runner) = try setUp()
    defer { withExtendedLifetime(home) {} }
    _ = try runner.run(["import", "vcard", fixture("apple-contacts.vcf"), "--create-accounts", "--store", store])
    let ics = fixture("google-calendar.ics")
    let zone = ["TZ": "Europe/Copenhagen"]
    let done = try runner.run(["import", "ics", ics, "--store", store], extraEnvironment: zone)
    #expect(done.status == 0, "\(done.stderr)")
    #expect(
      done.stdout == """
        note: \(ics):50: 'Ops sync' repeats: only its first meeting, 2026-11-04, is counted
        skipped \(ics):61: 'Lunch' was cancelled
        2 events added, 0 already imported, 1 skipped
        No contact has these addresses (add them with email: lines, or rapport import vcard):
          sam@us.example
          tom@acme.example

        """)
    let events = try files(store)[2]
    #expect(
      events.hasPrefix(
        "2026-11-10 acme/jane deposit check-in +1 \"Quarterly review, budget 2027\" "
          + "src:ics:5k2j9v0q8r1t3u4w6x7y@google.com:acme/jane by:sam id:"))
    #expect(
      events.contains(
        "2026-11-04 nordhavn/lars deposit check-in +1 \"Ops sync\" src:ics:weekly-ops-sync@google.com:nordhavn/lars by:sam id:"
      ))
    let again = try runner.run(["import", "ics", ics, "--store", store], extraEnvironment: zone)
    #expect(again.stdout.contains("0 events added, 2 already imported, 1 skipped"))
    #expect(try files(store)[2] == events)
    let since = try runner.run(["import", "ics", ics, "--since", "2026-11-08", "--dry-run", "--store", store])
    #expect(since.stdout.contains("0 events to add, 1 already imported\n"), "\(since.stdout)")
  }

  @Test func malformedVCardsAndCalendarsAreLocatedAndNothingIsWritten() throws {
    let (home, store, runner) = try setUp()
    defer { withExtendedLifetime(home) {} }
    let before = try files(store)
    let vcf = home.path + "/bad.vcf"
    try
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nORG:Acme Corp\r\nEMAIL:ann at acme\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Open\r\n"
      .write(toFile: vcf, atomically: true, encoding: .utf8)
    let card = try runner.run(["import", "vcard", vcf, "--store", store])
    #expect(card.status != 0)
    #expect(
      card.stderr.split(separator: "\n").map(String.init) == [
        "\(vcf):1: 'ann at acme' is not an email address: write one as name@example.com, one a line",
        "\(vcf):7: BEGIN:VCARD is never ended: add END:VCARD",
        "Error: nothing was imported: 2 problems to fix first",
      ])
    let ics = home.path + "/bad.ics"
    try "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:tomorrow\nATTENDEE:mailto:jane.doe@acme.example\nEND:VEVENT\n"
      .write(toFile: ics, atomically: true, encoding: .utf8)
    let calendar = try runner.run(["import", "ics", ics, "--store", store])
    #expect(calendar.status != 0)
    #expect(calendar.stderr.contains("\(ics):4: DTSTART 'tomorrow' is not a date"))
    #expect(calendar.stderr.contains("\(ics):1: BEGIN:VCALENDAR is never ended"))
    #expect(try files(store) == before)
  }

  /// A file of another kind given to `vcard` or `ics` is one problem, not one a line.
  @Test func aFileOfAnotherKindIsOneProblem() throws {
    let (home, store, runner) = try setUp()
    defer { withExtendedLifetime(home) {} }
    let notes = home.path + "/notes.txt"
    try "Meeting notes\nAsk Jane about the budget\nCall Lars\n".write(toFile: notes, atomically: true, encoding: .utf8)
    for (format, reason) in [
      ("vcard", "not a vCard file: it has no BEGIN:VCARD (export the contacts as .vcf)"),
      ("ics", "not an iCalendar file: it has no BEGIN:VCALENDAR (export the calendar as .ics)"),
    ] {
      let result = try runner.run(["import", format, notes, "--dry-run", "--store", store])
      #expect(result.status == 1)
      #expect(
        result.stderr.split(separator: "\n").map(String.init) == [
          "\(notes):1: \(reason)", "Error: nothing was imported: 1 problem to fix first",
        ])
    }
  }

  @Test func theDemoIsOnlyForADryRun() throws {
    let home = try TemporaryHome()
    let runner = CommandRunner(home: home.path)
    let refused = try runner.run(["import", "csv", fixture("events.csv"), "--demo"])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("--demo opens a copy that is removed at once"))
    let dry = try runner.run(["import", "ics", fixture("google-calendar.ics"), "--demo", "--dry-run"])
    #expect(dry.status == 0, "\(dry.stderr)")
    #expect(dry.stdout.contains(" to add, 0 already imported"))
  }
}
