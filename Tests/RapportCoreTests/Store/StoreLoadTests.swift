import Foundation
import Testing

@testable import RapportCore

@Suite struct StoreLoadTests {
  @Test func loadsAccountsContactsAndEvents() throws {
    let fixture = try TemporaryStore(
      accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let store = try fixture.open(writable: false)
    #expect(store.diagnostics.isEmpty)
    let ledger = store.ledger
    #expect(ledger.accounts.map(\.id) == ["acme", "kyoto"])
    let acme = ledger.accounts[0]
    #expect(acme.name == "Acme Corp")
    #expect(acme.tier == .a)
    #expect(acme.won == Day(iso: "2025-03-01"))
    #expect(acme.owner == "sam")
    #expect(
      acme.culture
        == "Consensus-driven; nothing is decided in the first meeting.\nThe board meets monthly.")
    #expect(acme.dos == ["Bring numbers to every review", "Send agendas early"])
    #expect(acme.donts == ["Criticise the previous supplier"])
    #expect(ledger.accounts[1].name == "京都精機株式会社")

    let jane = ledger.contacts[ledger.contactIndex("acme/jane")!]
    #expect(jane.role == "CFO")
    #expect(jane.flags == ["decision-maker", "role-model"])
    #expect(jane.reassess == Day(iso: "2026-12-01"))
    #expect(jane.nextJob == "COO within two years")
    #expect(jane.help == "Introduce her to our benchmarking study")
    #expect(ledger.contacts[ledger.contactIndex("acme/bob")!].role == "VP Procurement")
    #expect(ledger.contacts(ofAccount: 0).map { ledger.contacts[$0].id } == ["jane", "bob"])

    #expect(ledger.eventCount == 5)
    let first = ledger.event(0)
    #expect(first.id == "e1")
    #expect(first.target == "acme/jane")
    #expect(first.type == .deposit)
    #expect(first.kind == "insight")
    #expect(first.weight == Weight(3))
    #expect(first.note == "Shared the benchmark")
    #expect(first.line == 2)
    let handWritten = ledger.event(4)
    #expect(handWritten.id.hasPrefix("~") && handWritten.id.count == 11)
    #expect(handWritten.weight == Weight(hundredths: 150))
    #expect(ledger.event(3).note == "")
  }

  @Test func reportsEveryErrorWithFileLineAndColumn() throws {
    let fixture = try TemporaryStore(
      accounts: """
        account acme "Acme" tier:A
        account bad id "X" tier:A
        account kyoto "京都 tier:B
        account deco "Déco" tier:D won:2026-02-30
          colour: blue

        """,
      contacts: """
        contact acme/jane "Jane"
        contact ghost/amy "Amy"
        contact acme/jane "Jane again"

        """,
      events: """
        2026-02-30 acme deposit +1
        2026-01-01 nobody deposit +1
        2026-01-01 acme/zed deposit +1
        2026-01-01 acme deposit +1 "unterminated
        2026-01-01 acme withdrawal +2
        2026-01-01 acme deposit insight three
        2026-01-01 acme gift +1
        2026-01-01 void nothing

        """)
    let store = try fixture.open(writable: false)
    let lines = store.diagnostics.map(\.description)
    #expect(
      lines == [
        "accounts.txt:2:13: expected the account's name in double quotes, e.g. \"Acme Corp\"",
        "accounts.txt:3:15: unterminated quote: close the name with \"",
        "accounts.txt:4:21: tier 'D' is not A, B or C",
        "accounts.txt:4:32: won: no day 30 in February 2026: it has 28 days",
        "accounts.txt:5:3: unknown field 'colour': an account has culture, do, dont, plan-note, snooze-reason, "
          + "objective, initiative, archived and changed",
        "contacts.txt:2:9: unknown account 'ghost': add it to accounts.txt or fix the id",
        "contacts.txt:3:9: duplicate contact 'acme/jane': each contact of an account needs its own id",
        "events.txt:1:1: no day 30 in February 2026: it has 28 days",
        "events.txt:2:12: unknown account 'nobody': add it to accounts.txt or fix the id",
        "events.txt:3:17: unknown contact 'acme/zed': add it to contacts.txt or fix the id",
        "events.txt:4:28: unterminated quote: close the note with \"",
        "events.txt:5:28: a withdrawal takes a negative weight: write -2",
        "events.txt:6:33: expected a weight such as +3, -2 or 1.5",
        "events.txt:7:17: 'gift' is not an event type: use deposit, withdrawal, favour-given or favour-asked",
        "events.txt:8:17: void refers to no event with this id",
      ])
    #expect(store.errors.count == lines.count)
    // An account whose header reads stays known despite its bad fields, so that its contacts
    // and events are not reported as strangers; those whose header cannot be read are left out.
    #expect(store.ledger.accounts.map(\.id) == ["acme", "deco"])
  }

  @Test func columnsCountCharactersNotBytes() throws {
    let fixture = try TemporaryStore(accounts: "account kyoto \"京都精機\" tier:Z\n")
    let store = try fixture.open(writable: false)
    // `account kyoto "京都精機" ` is 21 characters (but 33 bytes), so tier starts at column 22.
    #expect(
      store.diagnostics.map(\.description) == ["accounts.txt:1:22: tier 'Z' is not A, B or C"])
  }

  @Test func duplicateEventIdsAreErrorsButIdenticalHandWrittenLinesAreNot() throws {
    let fixture = try TemporaryStore(
      accounts: "account a \"A\" tier:A\n",
      events: """
        2026-01-01 a deposit +1 id:same
        2026-01-02 a deposit +1 id:same
        2026-01-03 a deposit +1
        2026-01-03 a deposit +1

        """)
    let store = try fixture.open(writable: false)
    #expect(
      store.diagnostics.map(\.description) == [
        "events.txt:2:28: duplicate event id: line 1 has it too; give one of them another id"
      ])
    let ids = store.ledger.events(ofAccount: 0).map { store.ledger.event($0).id }
    #expect(ids.count == 3)
    #expect(Set(ids).count == 3)
  }

  @Test func aVoidCanNameAnEventWithoutAWrittenId() throws {
    let fixture = try TemporaryStore(
      accounts: "account a \"A\" tier:A\n", events: "2026-01-01 a deposit +5 \"hand written\"\n")
    let derived = try fixture.open(writable: false).ledger.event(0).id
    try fixture.write(
      Store.eventsFile, "2026-01-01 a deposit +5 \"hand written\"\n2026-01-02 void \(derived)\n")
    let store = try fixture.open(writable: false)
    #expect(store.diagnostics.isEmpty)
    #expect(store.ledger.event(0).voided)
    #expect(store.ledger.totals(account: 0).balanceHundredths == 0)
  }

  @Test func aMissingFolderOrAccountsFileIsNotAStore() throws {
    #expect(throws: StoreError.notAStore("/nonexistent/rapport")) {
      try Store(path: "/nonexistent/rapport", writable: false)
    }
  }

  @Test func createdStoreIsEmptyValidAndPrivate() throws {
    let fixture = try TemporaryStore()
    let path = fixture.path + "/new/store"
    try Store.create(at: path)
    let store = try Store(path: path, writable: true)
    #expect(store.diagnostics.isEmpty)
    #expect(
      try String(contentsOfFile: path + "/.gitattributes", encoding: .utf8)
        == "events.txt merge=union\n")
    #expect(mode(of: path + "/events.txt") == 0o600)
    #expect(mode(of: path) == 0o700)
  }
}

func mode(of path: String) -> mode_t {
  var info = stat()
  stat(path, &info)
  return info.st_mode & 0o777
}
