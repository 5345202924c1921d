import Foundation
import Testing

@testable import RapportCore

/// `changed: DAY by NAME`: written on every record the store writes, read back, and never a
/// merge conflict.
@Suite struct RecordChangeTests {
  private let accounts = "account acme \"Acme\" tier:A\n"
  private let jane = "contact acme/jane \"Jane\" role:COO\n"

  @Test func aRecordWrittenByTheStoreSaysWhoChangedItAndWhen() throws {
    let fixture = try TemporaryStore(accounts: accounts, contacts: jane)
    let store = try fixture.open(today: "2026-12-01")
    store.author = Author("Sam Lee")
    var account = store.ledger.accounts[0]
    account.cadenceDays = 30
    try store.update(account)
    #expect(
      try fixture.read(Store.accountsFile)
        == "account acme \"Acme\" tier:A cadence:30\n  changed: 2026-12-01 by Sam Lee\n")
    try store.archive(.contact(account: "acme", id: "jane"), on: Day(iso: "2026-12-01")!, reason: "left")
    #expect(
      try fixture.read(Store.contactsFile).hasSuffix("  archived: 2026-12-01 left\n  changed: 2026-12-01 by Sam Lee\n"))
    store.author = Author("kim")
    try store.add(Contact(account: "acme", id: "bob", name: "Bob"))
    let reopened = try fixture.open()
    #expect(reopened.diagnostics.isEmpty, "\(reopened.diagnostics)")
    #expect(reopened.ledger.accounts[0].changed?.description == "2026-12-01 by Sam Lee")
    #expect(reopened.ledger.contacts.map { $0.changed?.author.name } == ["Sam Lee", "kim"])
  }

  @Test func handEditedRecordsWithoutItAreFineAndABadOneIsReportedWhereItIs() throws {
    let contacts =
      "contact acme/jane \"Jane\"\n  changed: 2026-13-01 by sam\ncontact acme/bob \"Bob\"\n  changed: yesterday\n"
    let store = try TemporaryStore(accounts: accounts, contacts: contacts).open()
    let found = store.diagnostics.map(\.description)
    #expect(found.count == 2, "\(found)")
    #expect(found[0].hasPrefix("contacts.txt:2:12: changed: "))
    #expect(found[1].hasPrefix("contacts.txt:4:12: changed: write the day and who"))
    #expect(store.ledger.accounts[0].changed == nil)
  }

  @Test func theMergeNeverReportsChangedAsAConflict() throws {
    let base = Contact(account: "acme", id: "jane", name: "Jane")
    let day1 = RecordChange(day: Day(iso: "2026-12-01")!, author: Author("sam")!)
    let day2 = RecordChange(day: Day(iso: "2026-12-02")!, author: Author("jane")!)
    var mine = base
    mine.role = "CFO"
    mine.changed = day1
    var theirs = base
    theirs.personal = "runs"
    theirs.changed = day2
    // Their change is later: it wins, and both fields are kept.
    var merged = try Merge.contact(original: base, edited: mine, current: theirs)
    #expect(merged.changed == day2 && merged.role == "CFO" && merged.personal == "runs")
    // The same day: the edit being written.
    theirs.changed = RecordChange(day: day1.day, author: Author("jane")!)
    merged = try Merge.contact(original: base, edited: mine, current: theirs)
    #expect(merged.changed?.author.name == "sam")
    // Mine is later.
    mine.changed = RecordChange(day: Day(iso: "2026-12-03")!, author: Author("sam")!)
    let account = Account(id: "acme", name: "Acme", tier: .a)
    var editedAccount = account
    editedAccount.changed = mine.changed
    var currentAccount = account
    currentAccount.changed = day2
    #expect(
      try Merge.account(original: account, edited: editedAccount, current: currentAccount).changed == mine.changed)
  }

  @Test func withoutAnAuthorNothingIsStamped() throws {
    let fixture = try TemporaryStore(accounts: accounts)
    let store = try fixture.open()
    var account = store.ledger.accounts[0]
    account.tier = .b
    try store.update(account)
    #expect(try fixture.read(Store.accountsFile) == "account acme \"Acme\" tier:B\n")
  }
}
