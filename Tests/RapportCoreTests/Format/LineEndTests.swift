import Foundation
import Testing

@testable import RapportCore

/// Files written with `\r\n` (Windows) or a lone `\r` (old Mac) read as the same lines as with `\n`.
@Suite struct LineEndTests {
  private func ended(_ text: String, _ ending: String) -> String {
    text.replacingOccurrences(of: "\n", with: ending)
  }

  @Test(arguments: ["\r", "\r\n"])
  func aStoreWithOtherLineEndsLoadsLikeOneWithNewlines(ending: String) throws {
    let plain = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let other = try TemporaryStore(
      accounts: ended(Sample.accounts, ending), contacts: ended(Sample.contacts, ending),
      events: ended(Sample.events, ending))
    let expected = try plain.open(writable: false)
    let store = try other.open(writable: false)
    #expect(store.diagnostics.isEmpty)
    #expect(store.ledger.eventCount == 5)
    #expect(store.ledger.accounts == expected.ledger.accounts)
    #expect(store.ledger.contacts == expected.ledger.contacts)
    #expect((0..<5).map(store.ledger.event) == (0..<5).map(expected.ledger.event))
  }

  @Test func anOldMacEventsFileStartingWithACommentIsNotOneComment() throws {
    let fixture = try TemporaryStore(
      accounts: "account a \"A\" tier:A\r",
      events: "# events\r2026-01-01 a deposit +1\r2026-01-02 a deposit +2 \"x\"\r2026-01-03 b deposit +1\r")
    let store = try fixture.open(writable: false)
    #expect(store.ledger.eventCount == 2)
    #expect(store.ledger.event(1).line == 3)
    #expect(
      store.diagnostics.map(\.description) == [
        "events.txt:4:12: unknown account 'b': add it to accounts.txt or fix the id"
      ])
  }

  @Test func linesWithMixedEndsAreNumberedInOrder() throws {
    let fixture = try TemporaryStore(
      accounts: "account a \"A\" tier:A\n",
      events: "2026-01-01 a deposit +1\r\n2026-01-02 a deposit +1\r2026-01-03 a deposit +1\n\r2026-01-04 x deposit +1")
    let store = try fixture.open(writable: false)
    #expect((0..<3).map { store.ledger.event($0).line } == [1, 2, 3])
    #expect(
      store.diagnostics.map(\.description) == [
        "events.txt:5:12: unknown account 'x': add it to accounts.txt or fix the id"
      ])
  }

  @Test func aDuplicateIdInAnOldMacFileIsReportedOnItsLine() throws {
    let fixture = try TemporaryStore(
      accounts: "account a \"A\" tier:A\n",
      events: "2026-01-01 a deposit +1 id:same\r2026-01-02 a deposit +1 id:same\r")
    let store = try fixture.open(writable: false)
    #expect(
      store.diagnostics.map(\.description) == [
        "events.txt:2:28: duplicate event id: line 1 has it too; give one of them another id"
      ])
  }

  @Test func recordingIntoAnOldMacEventsFileKeepsEveryEvent() throws {
    let fixture = try TemporaryStore(
      accounts: "account a \"A\" tier:A\n", events: "# events\r2026-01-01 a deposit +1 id:first")
    let store = try fixture.open()
    try store.record(
      EventDraft(day: Day(iso: "2026-01-02")!, account: "a", type: .deposit, kind: "", weight: Weight(2)))
    let reloaded = try fixture.open(writable: false)
    #expect(reloaded.diagnostics.isEmpty)
    #expect(reloaded.ledger.eventCount == 2)
    #expect(reloaded.ledger.event(0).id == "first")
    #expect(reloaded.ledger.totals(account: 0).balanceHundredths == 300)
  }

  @Test func aNoteWithCarriageReturnsIsWrittenOnOneLine() throws {
    let fixture = try TemporaryStore(accounts: "account a \"A\" tier:A\n")
    let store = try fixture.open()
    let event = try store.record(
      EventDraft(
        day: Day(iso: "2026-01-02")!, account: "a", type: .deposit, kind: "", weight: Weight(2),
        note: "one\rtwo\r\nthree\nfour"))
    #expect(event.note == "one\ntwo\nthree\nfour")
    let reloaded = try fixture.open(writable: false)
    #expect(reloaded.diagnostics.isEmpty)
    #expect(reloaded.ledger.event(0).note == "one\ntwo\nthree\nfour")
  }

  @Test(arguments: ["\r", "\r\n"])
  func editingARecordKeepsTheFilesLineEnds(ending: String) throws {
    let accounts = ended(Sample.accounts, ending)
    let fixture = try TemporaryStore(accounts: accounts, contacts: ended(Sample.contacts, ending))
    let store = try fixture.open()
    try store.saveRecordFiles()
    #expect(try fixture.read(Store.accountsFile) == accounts)
    var kyoto = store.ledger.accounts[1]
    kyoto.owner = "kim\rlee"
    // A line break in a one-line value is refused; in a longer one it is a line break.
    #expect(throws: StoreError.self) { try store.update(kyoto) }
    kyoto.owner = "kim"
    kyoto.culture = "Formal;\r\ngifts matter."
    try store.update(kyoto)
    var added = Account(id: "new", name: "New", tier: .c)
    added.culture = "Fast\rdecisions"
    try store.add(added)
    let text = try fixture.read(Store.accountsFile)
    let expected =
      accounts
      .replacingOccurrences(
        of: ended("account kyoto \"京都精機株式会社\" tier:B\n  culture: Formal; gifts matter.\n", ending),
        with: ended(
          "account kyoto \"京都精機株式会社\" tier:B owner:kim\n  culture: Formal;\n    gifts matter.\n", ending))
      + ended("\naccount new \"New\" tier:C\n  culture: Fast\n    decisions\n", ending)
    #expect(text == expected)
    let reloaded = try fixture.open(writable: false)
    #expect(reloaded.diagnostics.isEmpty)
    #expect(reloaded.ledger.accounts[1].owner == "kim")
    #expect(reloaded.ledger.accounts[1].culture == "Formal;\ngifts matter.")
    #expect(reloaded.ledger.accounts[2].culture == "Fast\ndecisions")
  }
}
