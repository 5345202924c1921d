import Foundation
import Testing

@testable import RapportCore

/// `archived: DAY [reason]` on accounts and contacts: the format, the store, and what is left out.
@Suite struct ArchiveTests {
  private let accounts = """
    account acme "Acme Corp" tier:A cadence:21
      culture: Formal
      objective: Sole supplier by 2028
      archived: 2026-11-30 Contract ended

    account kyoto "Kyoto" tier:B plan:2026-11-25

    """
  private let contacts = """
    contact kyoto/sato "Sato" role:CFO reassess:2026-11-24
      left: 2026-11-02 Retired
      archived: 2026-11-20
    contact kyoto/ito "Ito"

    """

  private func open(_ accounts: String? = nil, _ contacts: String? = nil, events: String = "") throws
    -> (TemporaryStore, Store)
  {
    let fixture = try TemporaryStore(
      accounts: accounts ?? self.accounts, contacts: contacts ?? self.contacts, events: events)
    return (fixture, try fixture.open(writable: true))
  }

  @Test func archivedIsReadAndWrittenBackByteForByte() throws {
    let (_, store) = try open()
    #expect(store.diagnostics.isEmpty, "\(store.diagnostics)")
    let acme = store.ledger.accounts[0]
    #expect(acme.archived == DatedNote(day: Day(iso: "2026-11-30")!, text: "Contract ended"))
    #expect(!store.ledger.accounts[1].isArchived)
    let sato = store.ledger.contacts[0]
    #expect(sato.archived == DatedNote(day: Day(iso: "2026-11-20")!))
    let accountRecords = accounts.components(separatedBy: "\n\n")
    #expect(RecordCodec.text(of: acme) == accountRecords[0] + "\n")
    #expect(
      RecordCodec.text(of: sato) == contacts.components(separatedBy: "\n").prefix(3).joined(separator: "\n") + "\n")
  }

  @Test func aBadArchiveDayIsReportedAtItsColumn() throws {
    let (_, store) = try open(
      "account acme \"Acme\" tier:A\n  archived: 2026-11-01 Gone\n  archived: 2026-13-01\n",
      "contact acme/jane \"Jane\"\n  archived: soon\n")
    let found = store.diagnostics.map(\.description)
    #expect(found.count == 3, "\(found)")
    #expect(store.ledger.accounts.first?.archived?.text == "Gone")
    #expect(found.contains { $0.hasPrefix("accounts.txt:3:13: archived: no month 13") })
    #expect(found.contains { $0.hasPrefix("accounts.txt:3:3: 'archived' appears twice") })
    #expect(found.contains { $0.hasPrefix("contacts.txt:2:13: archived:") })
  }

  @Test func archivedOnTheHeaderLineSaysWhereItGoes() throws {
    let (_, store) = try open(
      "account acme \"Acme\" tier:A archived:2026-11-01\n", "contact acme/jane \"J\" archived:x\n")
    #expect(
      store.diagnostics.map(\.description) == [
        "accounts.txt:1:28: " + RecordCodec.archivedOnItsOwnLine,
        "contacts.txt:1:23: " + RecordCodec.archivedOnItsOwnLine,
      ])
  }

  @Test func archiveAndUnarchiveRewriteOnlyTheRecord() throws {
    let (fixture, store) = try open()
    try store.archive(.account("kyoto"), on: Day(iso: "2026-11-23")!, reason: "Merged into Acme")
    #expect(store.ledger.accounts[1].archived?.text == "Merged into Acme")
    let written = try fixture.read(Store.accountsFile)
    #expect(
      written
        == accounts.replacingOccurrences(
          of: "plan:2026-11-25\n", with: "plan:2026-11-25\n  archived: 2026-11-23 Merged into Acme\n"))
    // Read back from disk as written.
    let again = try fixture.open(writable: false)
    #expect(again.ledger.accounts[1].archived == DatedNote(day: Day(iso: "2026-11-23")!, text: "Merged into Acme"))
    #expect(throws: StoreError.self) { try store.archive(.account("kyoto"), on: Day(iso: "2026-11-23")!) }
    try store.unarchive(.account("kyoto"))
    try store.unarchive(.contact(account: "kyoto", id: "sato"))
    #expect(try fixture.read(Store.accountsFile) == accounts)
    #expect(
      try fixture.read(Store.contactsFile) == contacts.replacingOccurrences(of: "  archived: 2026-11-20\n", with: ""))
    #expect(throws: StoreError.self) { try store.unarchive(.account("kyoto")) }
    #expect(throws: StoreError.self) { try store.archive(.account("nobody"), on: Day(iso: "2026-11-23")!) }
  }

  @Test func aReasonWithAControlCharacterIsRefusedAndNothingWritten() throws {
    let (fixture, store) = try open()
    #expect(throws: StoreError.self) {
      try store.archive(.contact(account: "kyoto", id: "ito"), on: Day(iso: "2026-11-23")!, reason: "bad\u{1B}[31m")
    }
    #expect(try fixture.read(Store.contactsFile) == contacts)
  }

  @Test func nothingIsRecordedOrPromisedAgainstArchivedThings() throws {
    let (fixture, store) = try open()
    let day = Day(iso: "2026-11-23")!
    for (account, contact) in [("acme", nil), ("kyoto", "sato")] as [(String, String?)] {
      #expect {
        try store.record(
          EventDraft(day: day, account: account, contact: contact, type: .deposit, kind: "", weight: Weight(1)))
      } throws: { error in
        "\(error)".contains("rapport unarchive \(contact.map { "\(account)/\($0)" } ?? account)")
      }
      #expect(throws: StoreError.self) {
        try store.promise(
          PromiseDraft(day: day, account: account, contact: contact, what: "the benchmark", due: day.adding(days: 3)))
      }
    }
    #expect(try fixture.read(Store.eventsFile).isEmpty)
    // Someone else at the account still can be.
    _ = try store.record(
      EventDraft(day: day, account: "kyoto", contact: "ito", type: .deposit, kind: "", weight: Weight(1)))
  }

  @Test func anArchivedContactsEventsStayInTheAccountsEquity() throws {
    let (_, store) = try open(events: "2026-11-01 kyoto/sato deposit +2\n")
    #expect(store.ledger.totals(account: 1).balanceHundredths == 200)
  }

  @Test func theAgendaAndTheListLeaveArchivedThingsOutUnlessAsked() throws {
    let (fixture, store) = try open()
    defer { withExtendedLifetime(fixture) {} }
    let today = Day(iso: "2026-11-23")!
    #expect(store.ledger.accountIndices(includingArchived: false) == [1])
    #expect(store.ledger.accountIndices(includingArchived: true) == [0, 1])
    // Sato's reassessment is for someone archived (and gone); Kyoto's planned touch stays.
    let shown = store.ledger.agenda(on: today, days: 7).items
    #expect(shown.map(\.kind) == [.plannedTouch])
    try store.unarchive(.account("acme"))
    try store.archive(.account("kyoto"), on: today)
    #expect(store.ledger.agenda(on: today, days: 7).items.isEmpty)
    #expect(store.ledger.agenda(on: today, days: 7, includingArchived: true).items.map(\.kind) == [.plannedTouch])
    #expect(store.ledger.isArchived(contact: 1))
  }

  @Test func theCadenceIsKeptInItsRange() throws {
    let (fixture, store) = try open()
    defer { withExtendedLifetime(fixture) {} }
    var acme = store.ledger.accounts[0]
    acme.cadenceDays = 0
    #expect(throws: StoreError.self) { try store.update(acme) }
    acme.cadenceDays = Account.cadenceRange.upperBound
    try store.update(acme)
    #expect(store.ledger.accounts[0].cadenceDays == 3650)
  }
}
