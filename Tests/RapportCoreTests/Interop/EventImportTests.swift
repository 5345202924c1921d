import Foundation
import Testing

@testable import RapportCore

/// CSV and iCalendar imports into a small store: every problem reported, nothing twice.
@Suite struct EventImportTests {
  private let accounts = "account acme \"Acme\" tier:A\naccount old \"Old\" tier:C\n  archived: 2026-01-01\n"
  private let contacts = """
    contact acme/jane "Jane Doe"
      email: Jane.Doe@acme.example

    contact acme/bob "Bob"
      email: bob@acme.example
      email: bob@home.example

    """
  private let today = Day(iso: "2026-11-23")!
  private let copenhagen = TimeZone(identifier: "Europe/Copenhagen")!

  private func store() throws -> (TemporaryStore, Store) {
    let fixture = try TemporaryStore(accounts: accounts, contacts: contacts)
    return (fixture, try fixture.open())
  }

  @Test func csvRowsBecomeEventsWithTheirUsualKindAndWeightAndAreNotImportedTwice() throws {
    let (fixture, store) = try store()
    let csv = """
      Note,TYPE,account,Contact,date,weight,kind,extra
      "Shared the ""benchmark"", early",deposit,acme,jane,2026-11-02,,insight,x
      ,withdrawal,acme,,2026-11-03,2,,y
      ,withdrawal,acme,,2026-11-03,2,,y
      Kept it,deposit,acme,bob,2026-11-04,1.5,,

      """
    let plan = CSVImport.plan(csv, file: "in.csv", ledger: store.ledger, today: today)
    #expect(plan.problems.isEmpty, "\(plan.problems)")
    #expect(
      plan.events.map { Importing.line($0) } == [
        #"2026-11-02 acme/jane deposit insight +3 "Shared the \"benchmark\", early""#,
        "2026-11-03 acme withdrawal mistake -2", "2026-11-03 acme withdrawal mistake -2",
        "2026-11-04 acme/bob deposit check-in +1.5 \"Kept it\"",
      ])
    // Identical rows without an id are told apart by their order.
    #expect(plan.events[2].source!.text == plan.events[1].source!.text + "-2")
    try store.importEvents(plan.events)
    let written = try fixture.read(Store.eventsFile)
    #expect(written.split(separator: "\n").count == 4)
    let again = CSVImport.plan(csv, file: "in.csv", ledger: try fixture.open().ledger, today: today)
    #expect(again.events.isEmpty && again.alreadyImported == 4)
    #expect(again.summary(dryRun: false) == "0 events added, 4 already imported")
  }

  @Test func csvIdsAreTheSourceAndEveryBadRowIsReported() throws {
    let (_, store) = try store()
    let csv = """
      date,account,contact,type,kind,weight,note,id
      2026-11-02,acme,jane,deposit,,,,r1
      2026-11-02,acme,jane,deposit,,,,r1
      02/11/2026,acme,,deposit,,,,r3
      2026-11-02,nope,,gift,,,,r4
      2026-11-02,acme,zoe,deposit,mistake,,,r5
      2026-11-02,acme,,withdrawal,,+2,,r6
      2026-11-02,old,,deposit,,,,r7
      2026-11-02,acme,,deposit,,,"bell\u{7}",r8
      2030-01-01,acme,,deposit,,,,r9
      """
    let plan = CSVImport.plan(csv, file: "in.csv", ledger: store.ledger, today: today)
    #expect(plan.events.map { $0.source?.text } == ["csv:r1"])
    #expect(plan.problems.map(\.line) == [3, 4, 5, 5, 6, 6, 7, 8, 9, 10])
    #expect(plan.problems[0].description == "in.csv:3: the id 'r1' is on an earlier row too")
    #expect(plan.problems[1].description == "in.csv:4: date '02/11/2026' is not a day: write YYYY-MM-DD")
    #expect(plan.problems[4].reason == "no contact 'acme/zoe'")
    #expect(plan.problems[5].reason.hasPrefix("kind: "))
  }

  /// The `for` column carries `for:career`, where `rapport add --for-career` would take it.
  @Test func csvForCareerIsCheckedAsAddChecksIt() throws {
    let (_, store) = try store()
    let csv = """
      date,account,contact,type,kind,weight,for
      2026-11-02,acme,jane,favour-given,introduction,2,Career
      2026-11-03,acme,jane,deposit,insight,,
      2026-11-04,acme,jane,withdrawal,mistake,,career
      2026-11-05,acme,,deposit,insight,,career
      2026-11-06,acme,jane,deposit,insight,,him
      """
    let plan = CSVImport.plan(csv, file: "in.csv", ledger: store.ledger, today: today)
    #expect(plan.events.map(\.forCareer) == [true, false])
    #expect(Importing.line(plan.events[0]).hasSuffix(" for:career"))
    #expect(
      plan.problems.map(\.description) == [
        "in.csv:4: for career is for a deposit or a favour given, not a withdrawal: help with a career is given",
        "in.csv:5: for career is about a person: give the contact",
        "in.csv:6: for 'him' is not understood: write career, or leave it empty",
      ])
  }

  @Test func aHeaderWithoutTheRequiredColumnsOrAnUnclosedQuoteIsOneProblem() throws {
    let (_, store) = try store()
    let missing = CSVImport.plan("when,account\n2026-11-02,acme\n", file: "f.csv", ledger: store.ledger, today: today)
    #expect(
      missing.problems.map(\.description) == [
        "f.csv:1: the header row lacks date, type: name the columns date, account, contact, type, kind, weight, note, for, id"
      ])
    let open = CSVImport.plan(
      "date,account,type,note\n2026-11-02,acme,deposit,\"open\n", file: "f.csv", ledger: store.ledger, today: today)
    #expect(open.problems.map(\.line) == [2])
  }

  @Test func pastMeetingsWithContactsBecomeCheckInsOncePerContact() throws {
    let (fixture, store) = try store()
    let ics = """
      BEGIN:VCALENDAR\r
      BEGIN:VEVENT\r
      UID:m1@cal\r
      DTSTART;TZID=Europe/Copenhagen:20261110T093000\r
      SUMMARY:Quarterly review\\, budget\r
      ORGANIZER:mailto:sam@us.example\r
      ATTENDEE;CN="Doe, Jane":MAILTO:jane.doe@ACME.example\r
      ATTENDEE:mailto:bob@acme.example\r
      ATTENDEE:mailto:bob@home.example\r
      ATTENDEE:mailto:pia@acme.example\r
      END:VEVENT\r
      BEGIN:VEVENT\r
      UID:m2@cal\r
      DTSTART;VALUE=DATE:20261105\r
      STATUS:CANCELLED\r
      ATTENDEE:mailto:bob@acme.example\r
      END:VEVENT\r
      BEGIN:VEVENT\r
      UID:m3@cal\r
      DTSTART:20261101T233000Z\r
      RRULE:FREQ=WEEKLY\r
      SUMMARY:Weekly\r
      ATTENDEE:mailto:jane.doe@acme.example\r
      END:VEVENT\r
      BEGIN:VEVENT\r
      UID:future@cal\r
      DTSTART:20261123T090000Z\r
      ATTENDEE:mailto:jane.doe@acme.example\r
      END:VEVENT\r
      BEGIN:VEVENT\r
      UID:old@cal\r
      DTSTART:20260101T090000Z\r
      ATTENDEE:mailto:jane.doe@acme.example\r
      END:VEVENT\r
      END:VCALENDAR\r

      """
    let since = Day(iso: "2026-02-01")!
    let plan = ICSImport.plan(ics, file: "c.ics", ledger: store.ledger, today: today, since: since, zone: copenhagen)
    #expect(plan.problems.isEmpty, "\(plan.problems)")
    #expect(
      plan.events.map { Importing.line($0) } == [
        "2026-11-10 acme/jane deposit check-in +1 \"Quarterly review, budget\"",
        "2026-11-10 acme/bob deposit check-in +1 \"Quarterly review, budget\"",
        "2026-11-02 acme/jane deposit check-in +1 \"Weekly\"",
      ])
    #expect(
      plan.events.map { $0.source!.text } == ["ics:m1@cal:acme/jane", "ics:m1@cal:acme/bob", "ics:m3@cal:acme/jane"])
    #expect(plan.skipped.map(\.description) == ["c.ics:12: a meeting on 2026-11-05 was cancelled"])
    #expect(plan.notes.map(\.line) == [18])
    #expect(plan.unmatched == ["sam@us.example", "pia@acme.example"])
    try store.importEvents(plan.events)
    let again = ICSImport.plan(
      ics, file: "c.ics", ledger: try fixture.open().ledger, today: today, since: since, zone: copenhagen)
    #expect(again.events.isEmpty && again.alreadyImported == 3)
  }

  @Test func theStoreRefusesAnImportedSourceTwiceAndWritesNothing() throws {
    let (fixture, store) = try store()
    let draft = EventDraft(
      day: Day(iso: "2026-11-02")!, account: "acme", type: .deposit, kind: "insight", weight: Weight(1),
      source: EventSource("csv:r1"))
    try store.importEvents([draft])
    let before = try fixture.read(Store.eventsFile)
    var other = draft
    other.source = EventSource("csv:r2")
    #expect(throws: StoreError.self) { try store.importEvents([other, draft]) }
    #expect(try fixture.read(Store.eventsFile) == before)
  }
}

/// The line an event would be written as, without its tags, for comparing plans.
enum Importing {
  static func line(_ draft: EventDraft) -> String {
    var copy = draft
    copy.source = nil
    return String(EventLog.line(for: copy, id: "x").dropLast(" id:x\n".count))
  }
}
