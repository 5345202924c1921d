import Testing

@testable import RapportCore

/// What an export takes from a store: live events by day, the filters, and privacy.
@Suite struct ExportRowsTests {
  private let events = """
    2026-03-01 acme/jane deposit insight +3 "Her daughter's wedding in June" id:e1
    2026-01-10 acme withdrawal mistake -2 "Invoice sent twice" id:e2
    2026-05-05 kyoto/sato favour-given +1.5 id:e3
    2026-06-01 acme/bob deposit promise-kept +2 "Delivered, early" id:e4
    2026-06-02 void e4 "wrong account"
    2026-04-01 acme deposit insight +1 id:e5
    2026-04-02 void e5
    2026-04-03 restore e5
    2026-03-01 acme/bob favour-asked +1 id:e6

    """

  private func ledger() throws -> (TemporaryStore, Ledger) {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: events)
    return (fixture, try fixture.open(writable: false).ledger)
  }

  @Test func liveEventsByDayThenFileOrderVoidedLeftOut() throws {
    let (_, ledger) = try ledger()
    let rows = EventRow.rows(in: ledger, selection: EventSelection(), privacy: .withPersonal)
    #expect(rows.map(\.id) == ["e2", "e1", "e6", "e5", "e3"])
    #expect(
      rows[0].fields == ["2026-01-10", "acme", "", "withdrawal", "mistake", "-2", "Invoice sent twice", "", "e2"])
    #expect(rows[4].fields == ["2026-05-05", "kyoto", "sato", "favour-given", "", "+1.5", "", "", "e3"])
  }

  @Test func accountAndSinceFilters() throws {
    let (_, ledger) = try ledger()
    let acme = EventRow.rows(in: ledger, selection: EventSelection(account: "acme"), privacy: .withPersonal)
    #expect(acme.map(\.id) == ["e2", "e1", "e6", "e5"])
    let since = EventRow.rows(
      in: ledger, selection: EventSelection(account: "acme", since: Day(iso: "2026-03-01")), privacy: .withPersonal)
    #expect(since.map(\.id) == ["e1", "e6", "e5"])
    #expect(EventRow.rows(in: ledger, selection: EventSelection(account: "nobody"), privacy: .withPersonal).isEmpty)
  }

  @Test func notesOfEventsWithAPersonArePersonal() throws {
    let (_, ledger) = try ledger()
    let without = EventRow.rows(in: ledger, selection: EventSelection(), privacy: .withoutPersonal)
    #expect(without.first { $0.id == "e1" }?.note == "")
    #expect(without.first { $0.id == "e2" }?.note == "Invoice sent twice")
    let with = EventRow.rows(in: ledger, selection: EventSelection(), privacy: .withPersonal)
    #expect(with.first { $0.id == "e1" }?.note == "Her daughter's wedding in June")
  }

  @Test func contactsCarryTheirCareerSideAlwaysAndPersonalNotesOnlyWhenAsked() throws {
    let (_, ledger) = try ledger()
    let without = ContactRow.rows(in: ledger, account: "acme", privacy: .withoutPersonal)
    #expect(without.map(\.id) == ["jane", "bob"])
    #expect(without[0].personal == nil && without[0].worries == "Board pressure on cost")
    #expect(!without[0].fields(privacy: .withoutPersonal).contains("Runs marathons"))
    #expect(without[0].fields(privacy: .withoutPersonal).contains("Board pressure on cost"))
    #expect(ContactRow.header(privacy: .withoutPersonal).count == without[0].fields(privacy: .withoutPersonal).count)
    let with = ContactRow.rows(in: ledger, account: "acme", privacy: .withPersonal)
    #expect(with[0].personal == "Runs marathons" && with[0].worries == "Board pressure on cost")
    #expect(with[0].fields(privacy: .withPersonal).contains("Runs marathons"))
    #expect(ContactRow.header(privacy: .withPersonal).count == with[0].fields(privacy: .withPersonal).count)
    // Jane: +3; Bob: +1 (his +2 is voided).
    #expect(with.map(\.equity) == [3, 1])
  }

  @Test func accountsWithTheirRecordAndEquity() throws {
    let (_, ledger) = try ledger()
    let rows = AccountRow.rows(in: ledger, account: nil)
    #expect(rows.map(\.id) == ["acme", "kyoto"])
    #expect(rows[0].equity == 3 && rows[0].events == 4)
    #expect(rows[0].dos == ["Bring numbers to every review", "Send agendas early"])
    #expect(AccountRow.header.count == rows[0].fields.count)
    #expect(
      rows[0].fields[AccountRow.header.firstIndex(of: "dos")!] == "Bring numbers to every review\nSend agendas early")
    #expect(rows[0].fields[AccountRow.header.firstIndex(of: "equity")!] == "3")
    #expect(AccountRow.rows(in: ledger, account: "kyoto").map(\.equity) == [1.5])
  }
}
