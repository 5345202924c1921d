import Foundation
import Testing

@testable import RapportCore

/// The key account plan in an account's record: read, reported where it is wrong, written back,
/// and merged with an edit made on disk meanwhile.
@Suite struct AccountPlanFormatTests {
  private let contacts = """
    contact acme/jane "Jane Doe" role:CFO
    contact acme/bob "Bob" role:CTO

    """

  private let planned = """
    account acme "Acme" tier:A plan-review:2027-01-15
      objective: Sole supplier of turbine parts by 2028
      objective: A seat at their innovation board
        from the next financial year on
      initiative: status:active due:2026-12-15 owner:"Sam Lee" for:jane Benchmark study for the board
      initiative: A joint innovation day
      initiative: for:bob status:done due:2026-10-01 owner:sam Pilot on one vessel

    """

  private func open(_ accounts: String) throws -> (TemporaryStore, Store) {
    let fixture = try TemporaryStore(accounts: accounts, contacts: contacts)
    return (fixture, try fixture.open(writable: true))
  }

  @Test func objectivesInitiativesAndTheReviewDayAreRead() throws {
    let (_, store) = try open(planned)
    #expect(store.diagnostics.isEmpty, "\(store.diagnostics)")
    let plan = store.ledger.accounts[0].keyPlan
    #expect(plan.review == Day(iso: "2027-01-15"))
    #expect(
      plan.objectives == [
        "Sole supplier of turbine parts by 2028", "A seat at their innovation board\nfrom the next financial year on",
      ])
    #expect(
      plan.initiatives == [
        Initiative(
          "Benchmark study for the board", status: .active, due: Day(iso: "2026-12-15"), owner: "Sam Lee",
          contact: "jane"),
        Initiative("A joint innovation day"),
        Initiative("Pilot on one vessel", status: .done, due: Day(iso: "2026-10-01"), owner: "sam", contact: "bob"),
      ])
    #expect(plan.activeInitiatives.map(\.text) == ["Benchmark study for the board"])
    // Done ones are not due; ideas without a day are not either.
    #expect(plan.initiatives(dueBy: Day(iso: "2026-12-31")!).map(\.text) == ["Benchmark study for the board"])
    #expect(plan.initiatives(dueBy: Day(iso: "2026-12-14")!).isEmpty)
    // The planned touch keeps its meaning beside the plan.
    #expect(store.ledger.accounts[0].plan == nil)
  }

  @Test func everyProblemIsReportedAtItsColumn() throws {
    let (_, store) = try open(
      """
      account acme "Acme" tier:A plan-review:2026-13-01
        initiative: status:maybe due:2026-02-30 owner:sam Text
        initiative: for:nobody Needs a known person
        initiative: for:Bad! Thing
        initiative: due:2026-12-01 due:2026-12-02 Twice
        initiative: status:idea owner:sam
        initiative: owner:"Sam Thing
        objectiv: typo

      """)
    // In line order, the unknown contact (found once contacts are read) included.
    #expect(
      store.diagnostics.map(\.description) == [
        "accounts.txt:1:40: plan-review: no month 13: months run from 01 to 12",
        "accounts.txt:2:22: status 'maybe' is not idea, active, done or dropped",
        "accounts.txt:2:32: due: no day 30 in February 2026: it has 28 days",
        "accounts.txt:3:19: for: 'nobody' is not a contact of 'acme': add acme/nobody to contacts.txt or fix the id",
        "accounts.txt:4:19: for: 'Bad!' is not a contact id: \(Identifier.rule)",
        "accounts.txt:5:30: 'due:' appears twice in this initiative",
        "accounts.txt:6:36: an initiative needs its text after the keys: initiative: [status:idea|active|done|dropped] "
          + "[due:DATE] [owner:WHO] [for:CONTACT] TEXT",
        "accounts.txt:7:21: unterminated quote: close the owner with \"",
        "accounts.txt:8:3: unknown field 'objectiv': an account has culture, do, dont, plan-note, snooze-reason, "
          + "objective, initiative, archived and changed",
      ])
    // The account stays known, with the initiatives that could be read.
    #expect(store.ledger.accounts[0].keyPlan.initiatives.map(\.text) == ["Needs a known person"])
  }

  @Test func aWordThatIsNotAKeyStartsTheText() throws {
    let (_, store) = try open(
      """
      account acme "Acme" tier:A
        initiative: status:active Re: the due: date of the audit
        initiative: note:this is text too

      """)
    #expect(store.diagnostics.isEmpty, "\(store.diagnostics)")
    #expect(
      store.ledger.accounts[0].keyPlan.initiatives == [
        Initiative("Re: the due: date of the audit", status: .active), Initiative("note:this is text too"),
      ])
  }

  @Test func anUntouchedPlanIsKeptByteForByteAndAnEditedOneIsWrittenCanonically() throws {
    let (fixture, store) = try open(planned + "account other \"Other\" tier:C\n")
    var other = store.ledger.accounts[1]
    other.owner = "kim"
    try store.update(other)
    #expect(try fixture.read(Store.accountsFile) == planned + "account other \"Other\" tier:C owner:kim\n")

    var acme = store.ledger.accounts[0]
    acme.keyPlan.initiatives[1].status = .active
    acme.keyPlan.initiatives[1].due = Day(iso: "2027-03-01")
    try store.update(acme)
    let written = try fixture.read(Store.accountsFile)
    #expect(
      written.hasPrefix(
        """
        account acme "Acme" tier:A plan-review:2027-01-15
          objective: Sole supplier of turbine parts by 2028
          objective: A seat at their innovation board
            from the next financial year on
          initiative: status:active due:2026-12-15 owner:"Sam Lee" for:jane Benchmark study for the board
          initiative: status:active due:2027-03-01 A joint innovation day
          initiative: status:done due:2026-10-01 owner:sam for:bob Pilot on one vessel

        """), "\(written)")
    // And it reads back as it was saved.
    let again = try fixture.open()
    #expect(again.diagnostics.isEmpty, "\(again.diagnostics)")
    #expect(again.ledger.accounts[0] == acme)
  }

  @Test func whatCannotBeReadBackTheSameIsRefused() throws {
    let (_, store) = try open(planned)
    var acme = store.ledger.accounts[0]
    acme.keyPlan.initiatives.append(Initiative("due:friday the report"))
    #expect(throws: StoreError.self) { try store.update(acme) }
    acme.keyPlan.initiatives[3] = Initiative("For Carl", contact: "carl")
    #expect(throws: StoreError.self) { try store.update(acme) }
    acme.keyPlan.initiatives[3] = Initiative("Blank\u{1B}[2J")
    #expect(throws: StoreError.self) { try store.update(acme) }
    #expect(store.ledger.accounts[0].keyPlan.initiatives.count == 3)
  }

  @Test func objectivesAndInitiativesAddedOnBothSidesBothStay() throws {
    let (fixture, store) = try open(planned)
    let original = store.ledger.accounts[0]
    // Someone else adds an objective and an initiative, and marks the pilot dropped, on disk.
    try fixture.write(
      Store.accountsFile,
      planned.replacingOccurrences(
        of: "  initiative: A joint innovation day\n",
        with: "  initiative: A joint innovation day\n  initiative: status:idea Theirs\n  objective: Their objective\n"
      ).replacingOccurrences(of: "status:done due:2026-10-01", with: "status:dropped due:2026-10-01"))
    var mine = original
    mine.keyPlan.objectives.append("My objective")
    mine.keyPlan.initiatives.append(Initiative("Mine", status: .active))
    mine.keyPlan.review = Day(iso: "2027-02-01")
    try store.update(mine, from: original)
    let plan = store.ledger.accounts[0].keyPlan
    #expect(
      plan.objectives == [
        "Sole supplier of turbine parts by 2028", "A seat at their innovation board\nfrom the next financial year on",
        "My objective", "Their objective",
      ])
    // The edit's list in its order, then what changed on disk: the pilot, dropped there, is kept
    // as dropped, not as done.
    #expect(
      plan.initiatives.map { "\($0.status.rawValue) \($0.text)" } == [
        "active Benchmark study for the board", "idea A joint innovation day", "active Mine", "idea Theirs",
        "dropped Pilot on one vessel",
      ])
    #expect(plan.review == Day(iso: "2027-02-01"))
    #expect(try fixture.open().ledger.accounts[0].keyPlan == plan)
  }

  @Test func forgettingAPersonUnlinksTheInitiativesThatServedThem() throws {
    let (fixture, store) = try open(planned + "# untouched\naccount other \"Other\" tier:C\n")
    _ = try store.forget(contact: "acme/jane", on: Day(iso: "2026-11-23")!)
    let accounts = try fixture.read(Store.accountsFile)
    #expect(!accounts.contains("for:jane"))
    #expect(
      accounts.contains("  initiative: status:active due:2026-12-15 owner:\"Sam Lee\" Benchmark study for the board\n"))
    #expect(accounts.contains("for:bob") && accounts.hasSuffix("\n# untouched\naccount other \"Other\" tier:C\n"))
    let again = try fixture.open()
    #expect(again.diagnostics.isEmpty, "\(again.diagnostics)")
    #expect(again.ledger.accounts[0].keyPlan.initiatives.map(\.contact) == [nil, nil, "bob"])
  }
}
