import Foundation
import Testing

@testable import RapportCore

/// `for:career` on event lines, and a contact's dated progress, previous roles and leaving.
@Suite struct CareerAndPeopleFormatTests {
  private let accounts = "account acme \"Acme\" tier:A\n"
  private let jane = "contact acme/jane \"Jane\" role:COO\n"

  private func open(contacts: String, events: String = "") throws -> (TemporaryStore, Store) {
    let fixture = try TemporaryStore(accounts: accounts, contacts: contacts, events: events)
    return (fixture, try fixture.open(writable: true))
  }

  @Test func forCareerTagsAnEventAndTheKindCareerHelpNeedsNoTag() throws {
    let (_, store) = try open(
      contacts: jane,
      events: """
        2026-10-01 acme/jane favour-given introduction +2 "Met the COO of a peer" for:career id:a1
        2026-10-02 acme/jane deposit career-help +1 id:a2
        2026-10-03 acme/jane favour-given introduction +2 "Intro to our procurement lead" id:a3
        2026-10-04 acme/jane deposit +1 for:career

        """)
    #expect(store.diagnostics.isEmpty, "\(store.diagnostics)")
    let events = (0..<store.ledger.eventCount).map { store.ledger.event($0) }
    #expect(events.map(\.forCareer) == [true, true, false, true])
    #expect(events[0].note == "Met the COO of a peer" && events[0].id == "a1")
  }

  @Test func aWrongPurposeOrAnAccountTargetIsReportedWhereItIs() throws {
    let (_, store) = try open(
      contacts: jane,
      events: """
        2026-10-01 acme/jane deposit +1 "n" for:fun id:b1
        2026-10-01 acme deposit +1 for:career
        2026-10-01 acme/jane deposit +1 id:b2 for:career
        2026-10-01 acme/jane withdrawal -1 for:career
        2026-10-01 acme/jane favour-asked +1 "n" for:career

        """)
    #expect(
      store.diagnostics.map(\.description) == [
        "events.txt:1:37: 'for:fun' is not a purpose: write for:career, or leave it out",
        "events.txt:2:28: for:career is about a person: book the event to a contact, such as acme/jane",
        "events.txt:3:39: unexpected 'for:career' after the id",
        "events.txt:4:36: for:career marks help given: a deposit or a favour given, not a withdrawal",
        "events.txt:5:42: for:career marks help given: a deposit or a favour given, not a favour-asked",
      ])
  }

  @Test func recordingForTheirCareerWritesTheTagAndReadsItBack() throws {
    let (fixture, store) = try open(contacts: jane)
    let day = Day(iso: "2026-11-20")!
    let event = try store.record(
      EventDraft(
        day: day, account: "acme", contact: "jane", type: .favourGiven, kind: "introduction",
        weight: Weight(2), note: "Intro to a COO", forCareer: true))
    #expect(event.forCareer)
    _ = try store.record(
      EventDraft(
        day: day, account: "acme", contact: "jane", type: .deposit, kind: "career-help", weight: Weight(1),
        forCareer: true))
    let lines = try fixture.read(Store.eventsFile).split(separator: "\n")
    #expect(lines[0].hasPrefix("2026-11-20 acme/jane favour-given introduction +2 \"Intro to a COO\" for:career id:"))
    // The kind says it already: no tag.
    #expect(lines[1].hasPrefix("2026-11-20 acme/jane deposit career-help +1 id:"))
    #expect(store.ledger.totals(contact: 0).lastCareerHelp == day)
    // An account has no career.
    #expect(throws: StoreError.self) {
      try store.record(
        EventDraft(day: day, account: "acme", type: .deposit, kind: "", weight: Weight(1), forCareer: true))
    }
    #expect(try fixture.read(Store.eventsFile).split(separator: "\n").count == 2)
  }

  @Test func onlyHelpGivenCountsAsCareerHelp() throws {
    let (_, store) = try open(
      contacts: jane,
      events: """
        2026-09-01 acme/jane favour-asked career-help +1
        2026-08-01 acme/jane deposit +1 for:career
        2026-10-01 acme/jane favour-given +1
        2026-11-01 acme/jane withdrawal career-help -1

        """)
    #expect(store.ledger.totals(contact: 0).lastCareerHelp == Day(iso: "2026-08-01"))
  }

  static let canonical = """
    contact acme/jane "Jane Doe" role:COO flags:decision-maker
      next-job: CEO of a listed company
      progress: 2026-03-01 Led the plant consolidation
      progress: 2026-10-01 Promoted to COO
        after the reorganisation
      measured-by: Opex
      previous-role: 2024-01-15 Plant manager
      previous-role: 2026-10-01 VP Operations
      left: 2026-11-02 Joined Vestas as COO

    contact acme/bob "Bob" role:CFO
      left: 2026-11-20

    """

  @Test func datedFieldsAreReadInOrderAndWrittenBackByteForByte() throws {
    let (fixture, store) = try open(contacts: Self.canonical)
    #expect(store.diagnostics.isEmpty, "\(store.diagnostics)")
    let jane = store.ledger.contacts[0]
    #expect(
      jane.progress == [
        DatedNote(day: Day(iso: "2026-03-01")!, text: "Led the plant consolidation"),
        DatedNote(day: Day(iso: "2026-10-01")!, text: "Promoted to COO\nafter the reorganisation"),
      ])
    #expect(jane.previousRoles.map(\.text) == ["Plant manager", "VP Operations"])
    #expect(jane.left == DatedNote(day: Day(iso: "2026-11-02")!, text: "Joined Vestas as COO"))
    #expect(jane.hasLeft(by: Day(iso: "2026-11-02")!) && !jane.hasLeft(by: Day(iso: "2026-11-01")!))
    #expect(store.ledger.contacts[1].left == DatedNote(day: Day(iso: "2026-11-20")!))
    // Each record, written again from what was read, is the text it was read from.
    for contact in store.ledger.contacts { try store.update(contact, from: contact) }
    #expect(try fixture.read(Store.contactsFile) == Self.canonical)
    var changed = jane
    changed.progress.append(DatedNote(day: Day(iso: "2026-11-21")!, text: "Joined the board"))
    try store.update(changed, from: jane)
    #expect(
      try fixture.read(Store.contactsFile).contains(
        "    after the reorganisation\n  progress: 2026-11-21 Joined the board\n  measured-by: Opex\n"))
  }

  @Test func badDatedFieldsAreReportedWithTheirColumn() throws {
    let (_, store) = try open(
      contacts: """
        contact acme/jane "Jane"
          progress: 2026-02-30 Promoted
          progress:   soon
          previous-role: 2026-01-01
          left: 2026-01-01
          left: 2026-02-01
          progress: 2026-03-01

        """)
    #expect(
      store.diagnostics.map(\.description) == [
        "contacts.txt:2:13: progress: no day 30 in February 2026: it has 28 days, as in progress: 2026-10-01 …",
        "contacts.txt:3:15: progress: expected a date as YYYY-MM-DD, as in progress: 2026-10-01 …",
        "contacts.txt:4:3: previous-role needs the role after the day: previous-role: DATE ROLE",
        "contacts.txt:6:3: 'left' appears twice: a person leaves once",
        "contacts.txt:7:3: progress needs a note after the day: progress: DATE TEXT",
      ])
  }

  /// A record with a bad field stays known, so that its events are not reported as strangers
  /// and its account's figures stay true; the store is read-only until the field is fixed.
  @Test func aContactWithABadFieldKeepsItsEvents() throws {
    let (fixture, store) = try open(
      contacts: """
        contact acme/jane "Jane" role:COO garbage reassess:2026-02-30
          progress: 2026-13-01 Promoted
          left: soon
          unknown: field
        contact acme/bob "Bob" role:"unterminated

        """,
      events: "2026-10-01 acme/jane deposit +2\n2026-10-02 acme/bob deposit +1\n")
    #expect(
      store.diagnostics.map(\.description) == [
        "contacts.txt:1:35: expected 'key:value' after the name, found 'garbage'",
        "contacts.txt:1:52: reassess: no day 30 in February 2026: it has 28 days",
        "contacts.txt:2:13: progress: no month 13: months run from 01 to 12, as in progress: 2026-10-01 …",
        "contacts.txt:3:9: left: expected a date as YYYY-MM-DD, as in left: 2026-10-01 …",
        "contacts.txt:4:3: unknown field 'unknown': a contact has email, phone, next-job, progress, measured-by, worries, help, personal, previous-role, left, changed and archived",
        "contacts.txt:5:29: unterminated quote: close the value with \"",
      ])
    #expect(store.ledger.contacts.map(\.name) == ["Jane", "Bob"])
    #expect(store.ledger.contacts[0].role == "COO")
    #expect(store.ledger.totals(account: 0).balanceHundredths == 300)
    #expect(throws: StoreError.self) { try store.update(store.ledger.contacts[0], from: store.ledger.contacts[0]) }
    #expect(try fixture.read(Store.contactsFile).contains("garbage"))
  }

  @Test func progressNotedInTwoPlacesAtOnceKeepsBoth() throws {
    let (fixture, store) = try open(contacts: "contact acme/jane \"Jane\" role:COO\n  progress: 2026-01-01 First\n")
    let original = store.ledger.contacts[0]
    // Someone else adds a note and a departure while the edit is open.
    try fixture.write(
      Store.contactsFile,
      "contact acme/jane \"Jane\" role:COO\n  progress: 2026-01-01 First\n  progress: 2026-11-01 Theirs\n")
    var mine = original
    mine.progress.append(DatedNote(day: Day(iso: "2026-11-20")!, text: "Mine"))
    try store.update(mine, from: original)
    #expect(
      try fixture.read(Store.contactsFile)
        == "contact acme/jane \"Jane\" role:COO\n  progress: 2026-01-01 First\n  progress: 2026-11-01 Theirs\n"
        + "  progress: 2026-11-20 Mine\n")
  }
}

/// Header keys written twice, blank objectives and header keys on lines of their own are said,
/// in line order.
@Suite struct RecordMistakeTests {
  @Test func mistakesAReaderWouldMisreadAreErrors() throws {
    let fixture = try TemporaryStore(
      accounts: """
        account acme "Acme" tier:A plan-review:2027-02-10 plan-review:2026-01-01 tier:B
          objective:
          initiative: status:active for:nobody Visit
          plan-review:2027-01-01
        account beta "Beta" tier:B
          objective: Grow

        """,
      contacts: "contact acme/jane \"Jane\" role:CFO role:COO\n")
    let store = try fixture.open(writable: false)
    #expect(
      store.diagnostics.map(\.description) == [
        "accounts.txt:1:51: 'plan-review:' appears twice on this line: keep one",
        "accounts.txt:1:74: 'tier:' appears twice on this line: keep one",
        "accounts.txt:2:3: objective is empty: write the objective or remove the line",
        "accounts.txt:3:33: for: 'nobody' is not a contact of 'acme': add acme/nobody to contacts.txt or fix the id",
        "accounts.txt:4:3: 'plan-review' goes on the account's header line, as plan-review:VALUE after the name, not on a line of its own",
        "contacts.txt:1:35: 'role:' appears twice on this line: keep one",
      ])
    let acme = store.ledger.accounts[0]
    #expect(acme.tier == .a && acme.keyPlan.review == Day(iso: "2027-02-10") && acme.keyPlan.objectives.isEmpty)
    #expect(store.ledger.contacts[0].role == "CFO")
  }
}
