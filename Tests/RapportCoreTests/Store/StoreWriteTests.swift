import Foundation
import Testing

@testable import RapportCore

@Suite struct StoreWriteTests {
  @Test func savingWithoutChangesIsByteIdentical() throws {
    let messy =
      Sample.accounts
      + "\n\n# trailing comment with odd spacing   \n   \naccount z \"Z\"   tier:C\r\n"
    let fixture = try TemporaryStore(
      accounts: messy, contacts: Sample.contacts, events: Sample.events)
    let store = try fixture.open()
    #expect(store.errors.isEmpty)
    try store.saveRecordFiles()
    #expect(try fixture.read(Store.accountsFile) == messy)
    #expect(try fixture.read(Store.contactsFile) == Sample.contacts)
    #expect(try fixture.read(Store.eventsFile) == Sample.events)
  }

  @Test func editingOneRecordRewritesOnlyThatRecord() throws {
    let fixture = try TemporaryStore(
      accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let store = try fixture.open()
    var bob = store.ledger.contacts[store.ledger.contactIndex("acme/bob")!]
    bob.help = "Invite him to the supplier day"
    bob.personal = "Cycles to work\nDaughter starts university in 2027"
    bob.flags = ["influencer"]
    try store.update(bob)
    let expected = Sample.contacts.replacingOccurrences(
      of: "contact acme/bob \"Bob Léger\" role:\"VP Procurement\"\n",
      with: """
        contact acme/bob "Bob Léger" role:"VP Procurement" flags:influencer
          help: Invite him to the supplier day
          personal: Cycles to work
            Daughter starts university in 2027

        """)
    #expect(try fixture.read(Store.contactsFile) == expected)
    // What was written reads back as what was saved.
    let reloaded = try fixture.open(writable: false)
    #expect(reloaded.ledger.contacts[reloaded.ledger.contactIndex("acme/bob")!] == bob)
    #expect(try fixture.read(Store.accountsFile) == Sample.accounts)
  }

  @Test func canonicalTextParsesBackToTheSameRecords() throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts)
    let ledger = try fixture.open(writable: false).ledger
    let accounts = ledger.accounts.map(RecordCodec.text(of:)).joined(separator: "\n")
    let contacts = ledger.contacts.map(RecordCodec.text(of:)).joined(separator: "\n")
    let copy = try TemporaryStore(accounts: accounts, contacts: contacts)
    let again = try copy.open(writable: false).ledger
    #expect(again.accounts == ledger.accounts)
    #expect(again.contacts == ledger.contacts)
  }

  @Test func recordingAppendsOneLineAndUpdatesTotals() throws {
    let fixture = try TemporaryStore(
      accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let store = try fixture.open()
    let acme = store.ledger.accountIndex("acme")!
    let before = store.ledger.totals(account: acme).balanceHundredths
    let event = try store.record(
      EventDraft(
        day: Day(iso: "2026-11-20")!, account: "acme", contact: "jane", type: .deposit,
        kind: "insight",
        weight: Weight(3), note: "Shared the \"Q4\" benchmark"))
    let text = try fixture.read(Store.eventsFile)
    #expect(text.hasPrefix(Sample.events))
    let appended = String(text.dropFirst(Sample.events.count))
    #expect(
      appended
        == "2026-11-20 acme/jane deposit insight +3 \"Shared the \\\"Q4\\\" benchmark\" id:\(event.id)\n"
    )
    #expect(event.id.count == 10)
    #expect(event.line == 7)
    #expect(store.ledger.totals(account: acme).balanceHundredths == before + 300)
    #expect(store.ledger.totals(account: acme).lastTouch == Day(iso: "2026-11-20"))
    // A fresh load agrees with the in-memory figures.
    let reloaded = try fixture.open(writable: false)
    #expect(reloaded.errors.isEmpty)
    #expect(reloaded.ledger.totals(account: acme) == store.ledger.totals(account: acme))
    #expect(reloaded.ledger.event(reloaded.ledger.eventIndex(id: event.id)!) == event)
  }

  @Test func appendingToAFileWithoutAFinalNewlineStartsANewLine() throws {
    let fixture = try TemporaryStore(
      accounts: "account a \"A\" tier:A\n", events: "2026-01-01 a deposit +1")
    let store = try fixture.open()
    let event = try store.record(
      EventDraft(
        day: Day(iso: "2026-01-02")!, account: "a", type: .withdrawal, kind: "", weight: Weight(-1))
    )
    #expect(
      try fixture.read(Store.eventsFile)
        == "2026-01-01 a deposit +1\n2026-01-02 a withdrawal -1 id:\(event.id)\n")
    #expect(try fixture.open(writable: false).errors.isEmpty)
  }

  @Test func voidingAppendsARecordAndKeepsTheEvent() throws {
    let fixture = try TemporaryStore(
      accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let store = try fixture.open()
    let acme = store.ledger.accountIndex("acme")!
    try store.void(eventID: "e2", on: Day(iso: "2026-11-23")!, reason: "Duplicate was theirs")
    #expect(
      try fixture.read(Store.eventsFile) == Sample.events
        + "2026-11-23 void e2 \"Duplicate was theirs\"\n")
    #expect(store.ledger.totals(account: acme).balanceHundredths == 600)
    #expect(store.ledger.event(store.ledger.eventIndex(id: "e2")!).voided)
    #expect(throws: StoreError.invalid("event 'e2' is already void")) {
      try store.void(eventID: "e2", on: Day(iso: "2026-11-23")!)
    }
    #expect(throws: StoreError.invalid("no event has the id 'nope'")) {
      try store.void(eventID: "nope", on: Day(iso: "2026-11-23")!)
    }
    let reloaded = try fixture.open(writable: false)
    #expect(reloaded.ledger.totals(account: acme) == store.ledger.totals(account: acme))
  }

  @Test func invalidDraftsWriteNothing() throws {
    let fixture = try TemporaryStore(
      accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let store = try fixture.open()
    let day = Day(iso: "2026-11-20")!
    #expect(throws: StoreError.invalid("unknown account 'nope'")) {
      try store.record(
        EventDraft(day: day, account: "nope", type: .deposit, kind: "", weight: Weight(1)))
    }
    #expect(throws: StoreError.invalid("unknown contact 'acme/nobody'")) {
      try store.record(
        EventDraft(
          day: day, account: "acme", contact: "nobody", type: .deposit, kind: "", weight: Weight(1))
      )
    }
    #expect(throws: StoreError.invalid("a withdrawal takes a negative weight: write -1")) {
      try store.record(
        EventDraft(day: day, account: "acme", type: .withdrawal, kind: "", weight: Weight(1)))
    }
    let notAKind = #expect(throws: StoreError.refused(.notAKind("Big Win"))) {
      try store.record(
        EventDraft(day: day, account: "acme", type: .deposit, kind: "Big Win", weight: Weight(1)))
    }
    #expect(notAKind?.description == "'Big Win' is not a kind: use a lowercase word such as big-win")
    let noName = #expect(throws: StoreError.refused(.noName(.contact))) {
      try store.add(Contact(account: "acme", id: "new", name: "  "))
    }
    #expect(noName?.description == "a contact needs a name")
    #expect(throws: StoreError.invalid("a contact with the id 'acme/jane' exists already")) {
      try store.add(Contact(account: "acme", id: "jane", name: "Jane Two"))
    }
    #expect(try fixture.read(Store.eventsFile) == Sample.events)
    #expect(try fixture.read(Store.contactsFile) == Sample.contacts)
  }

  @Test func addingRecordsAppendsThemToTheirFiles() throws {
    let fixture = try TemporaryStore(
      accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let store = try fixture.open()
    try store.add(Account(id: "oslo", name: "Oslo Fjord AS", tier: .c, dos: ["Be on time"]))
    try store.add(Contact(account: "oslo", id: "ola", name: "Ola Nordmann", role: "CEO"))
    _ = try store.record(
      EventDraft(
        day: Day(iso: "2026-11-20")!, account: "oslo", contact: "ola", type: .deposit, kind: "",
        weight: Weight(2)))
    #expect(
      try fixture.read(Store.accountsFile) == Sample.accounts
        + "\naccount oslo \"Oslo Fjord AS\" tier:C\n  do: Be on time\n")  // blank lines as between the others
    #expect(
      try fixture.read(Store.contactsFile) == Sample.contacts
        + "contact oslo/ola \"Ola Nordmann\" role:CEO\n")
    var oslo = store.ledger.accounts[store.ledger.accountIndex("oslo")!]
    oslo.tier = .b
    try store.update(oslo)
    let reloaded = try fixture.open(writable: false)
    #expect(reloaded.errors.isEmpty)
    #expect(reloaded.ledger.accounts.last == oslo)
    #expect(reloaded.ledger.totals(contact: reloaded.ledger.contactIndex("oslo/ola")!).balance == 2)
  }

  @Test func aStoreWithErrorsIsNeverWritten() throws {
    let broken = Sample.events + "2026-13-01 acme deposit +1\n"
    let fixture = try TemporaryStore(
      accounts: Sample.accounts, contacts: Sample.contacts, events: broken)
    let store = try fixture.open()
    #expect(throws: StoreError.hasErrors(1)) {
      try store.record(
        EventDraft(
          day: Day(iso: "2026-11-20")!, account: "acme", type: .deposit, kind: "", weight: Weight(1)
        ))
    }
    var acme = store.ledger.accounts[0]
    acme.owner = "priya"
    #expect(throws: StoreError.hasErrors(1)) { try store.update(acme) }
    #expect(try fixture.read(Store.eventsFile) == broken)
    #expect(try fixture.read(Store.accountsFile) == Sample.accounts)
  }

  @Test func twoWritersOnOneStoreBothWriteAndSeeEachOthersEvents() throws {
    let fixture = try TemporaryStore(
      accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let first = try fixture.open()
    let second = try fixture.open()
    #expect(first.access == .readWrite)
    #expect(second.access == .readWrite)
    let day = Day(iso: "2026-11-20")!
    let one = try first.record(
      EventDraft(day: day, account: "acme", type: .deposit, kind: "", weight: Weight(1), note: "first"))
    let two = try second.record(
      EventDraft(day: day, account: "acme", type: .deposit, kind: "", weight: Weight(2), note: "second"))
    // The second read the first's line before appending its own.
    #expect(second.ledger.eventIndex(id: one.id) != nil)
    let three = try first.record(
      EventDraft(day: day, account: "kyoto", type: .deposit, kind: "", weight: Weight(3), note: "third"))
    #expect(first.ledger.eventIndex(id: two.id) != nil)
    let lines = try fixture.read(Store.eventsFile).split(separator: "\n").suffix(3)
    #expect(lines.map { $0.hasSuffix("id:\(one.id)") } == [true, false, false])
    #expect(lines.map { $0.hasSuffix("id:\(two.id)") } == [false, true, false])
    #expect(lines.map { $0.hasSuffix("id:\(three.id)") } == [false, false, true])
    #expect(try fixture.open(writable: false).errors.isEmpty)
  }

  @Test func aNewContactGoesAfterItsAccountsOthers() throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let store = try fixture.open()
    try store.add(Contact(account: "acme", id: "cy", name: "Cy"))
    try store.add(Contact(account: "acme", id: "di", name: "Di"))
    var cy = store.ledger.contacts[store.ledger.contactIndex("acme/cy")!]
    cy.role = "CTO"
    try store.update(cy)
    #expect(
      try fixture.read(Store.contactsFile)
        == Sample.contacts.replacingOccurrences(
          of: "contact acme/bob \"Bob Léger\" role:\"VP Procurement\"\n",
          with:
            "contact acme/bob \"Bob Léger\" role:\"VP Procurement\"\ncontact acme/cy \"Cy\" role:CTO\ncontact acme/di \"Di\"\n"
        ))
    let reread = try fixture.open(writable: false)
    _ = store
    #expect(reread.errors.isEmpty)
    #expect(reread.ledger.contacts(ofAccount: 0).map { reread.ledger.contacts[$0].id } == ["jane", "bob", "cy", "di"])
  }

  @Test func aTouchClearsThePlanAndAWithdrawalDoesNot() throws {
    let planned = Sample.accounts.replacingOccurrences(of: "owner:sam", with: "owner:sam plan:2026-11-25")
    let fixture = try TemporaryStore(accounts: planned, contacts: Sample.contacts, events: Sample.events)
    let store = try fixture.open()
    let day = Day(iso: "2026-11-23")!
    _ = try store.record(EventDraft(day: day, account: "acme", type: .withdrawal, kind: "", weight: Weight(-1)))
    #expect(store.ledger.accounts[0].plan == Day(iso: "2026-11-25"))
    _ = try store.record(EventDraft(day: day, account: "acme", type: .favourGiven, kind: "", weight: Weight(1)))
    #expect(store.ledger.accounts[0].plan == nil)
    #expect(try fixture.read(Store.accountsFile) == Sample.accounts)
    // Undoing the touch brings the plan back; redoing it clears it again.
    _ = try store.undo(on: day)
    #expect(try fixture.read(Store.accountsFile) == planned)
    _ = try store.redo(on: day)
    #expect(store.ledger.accounts[0].plan == nil)
  }

  @Test func idsAreMadeFromNamesInPlainLatinLetters() {
    #expect(Identifier.suggested(from: "Ærøskøbing Fisk ApS") == "aeroskobing-fisk-aps")
    #expect(Identifier.suggested(from: "Łódź Straße Œuvre") == "lodz-strasse-oeuvre")
    #expect(Identifier.suggested(from: "東京商事") == "")
  }

  @Test func anEditIsAppliedOnTopOfChangesMadeOnDisk() throws {
    let fixture = try TemporaryStore(
      accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let store = try fixture.open()
    let edited = Sample.accounts + "account added \"Added by hand\" tier:C\n"
    try fixture.write(Store.accountsFile, edited)
    #expect(store.changedOnDisk)
    var acme = store.ledger.accounts[0]
    acme.owner = "priya"
    try store.update(acme)
    #expect(
      try fixture.read(Store.accountsFile)
        == edited.replacingOccurrences(of: "owner:sam", with: "owner:priya"))
    #expect(store.ledger.accountIndex("added") != nil)
    #expect(!store.changedOnDisk)
  }

  @Test func anEditOfAFieldChangedOnDiskIsRefusedAndWritesNothing() throws {
    let fixture = try TemporaryStore(
      accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let store = try fixture.open()
    let original = store.ledger.contacts[store.ledger.contactIndex("acme/jane")!]
    let onDisk = Sample.contacts.replacingOccurrences(of: "Runs marathons", with: "Runs ultramarathons")
    try fixture.write(Store.contactsFile, onDisk)
    var jane = original
    jane.personal = "Swims"
    #expect(throws: StoreError.self) { try store.update(jane, from: original) }
    #expect(try fixture.read(Store.contactsFile) == onDisk)
    // A different field merges: the other program's text stays.
    var other = original
    other.role = "COO"
    try store.update(other, from: original)
    let saved = store.ledger.contacts[store.ledger.contactIndex("acme/jane")!]
    #expect(saved.role == "COO")
    #expect(saved.personal == "Runs ultramarathons")
  }

  @Test func recordingAfterAnotherProgramAppendedKeepsBothLines() throws {
    let fixture = try TemporaryStore(
      accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let store = try fixture.open()
    let pulled = Sample.events + "2026-11-01 kyoto deposit +2 id:pulled\n"
    try fixture.write(Store.eventsFile, pulled)
    _ = try store.record(
      EventDraft(day: Day(iso: "2026-11-20")!, account: "acme", type: .deposit, kind: "", weight: Weight(1)))
    let text = try fixture.read(Store.eventsFile)
    #expect(text.hasPrefix(pulled))
    #expect(text.components(separatedBy: "\n").count == pulled.components(separatedBy: "\n").count + 1)
    #expect(store.ledger.totals(account: store.ledger.accountIndex("kyoto")!).balance == 3.5)
  }

  @Test func newFilesArePrivateAndRewritesKeepPermissions() throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts)
    try FileManager.default.removeItem(atPath: fixture.path + "/events.txt")
    chmod(fixture.path + "/accounts.txt", 0o640)
    let store = try fixture.open()
    _ = try store.record(
      EventDraft(
        day: Day(iso: "2026-11-20")!, account: "acme", type: .deposit, kind: "", weight: Weight(1)))
    #expect(mode(of: fixture.path + "/events.txt") == 0o600)
    var acme = store.ledger.accounts[0]
    acme.owner = "priya"
    try store.update(acme)
    #expect(mode(of: fixture.path + "/accounts.txt") == 0o640)
  }
}
