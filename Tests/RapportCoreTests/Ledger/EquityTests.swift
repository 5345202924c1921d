import Testing

@testable import RapportCore

@Suite struct EquityTests {
  @Test func balancesSumLiveWeightsPerAccountAndContact() throws {
    let fixture = try TemporaryStore(
      accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let ledger = try fixture.open(writable: false).ledger
    let acme = ledger.accountIndex("acme")!
    let jane = ledger.contactIndex("acme/jane")!
    let bob = ledger.contactIndex("acme/bob")!
    // +3 -2 +1 +2 on Acme (contacts included); +3 +1 for Jane; +2 for Bob.
    #expect(ledger.totals(account: acme).balanceHundredths == 400)
    #expect(ledger.totals(contact: jane).balanceHundredths == 400)
    #expect(ledger.totals(contact: bob).balanceHundredths == 200)
    #expect(ledger.totals(account: ledger.accountIndex("kyoto")!).balance == 1.5)
  }

  @Test func decayHalvesAWeightEveryHalfLife() throws {
    let fixture = try TemporaryStore(
      accounts: "account a \"A\" tier:A\n",
      events: "2026-01-01 a deposit +4\n2026-06-30 a withdrawal -1\n")
    let ledger = try fixture.open(writable: false, today: "2026-06-30", halfLife: 180).ledger
    // 2026-01-01 to 2026-06-30 is 180 days: +4 counts 2; the withdrawal is today and counts -1.
    #expect(abs(ledger.decayedBalance(account: 0, on: Day(iso: "2026-06-30")!) - 1.0) < 1e-9)
    // Another 180 days later both halve again: 2 * 0.5 - 1 * 0.5 = 0.5.
    #expect(abs(ledger.decayedBalance(account: 0, on: Day(iso: "2026-12-27")!) - 0.5) < 1e-9)
    // With a 90-day half-life on the same day: 4 * 0.25 - 1 = 0.
    let fast = try fixture.open(writable: false, today: "2026-06-30", halfLife: 90).ledger
    #expect(abs(fast.decayedBalance(account: 0, on: Day(iso: "2026-06-30")!)) < 1e-9)
  }

  @Test func reciprocityCountsFavoursInBothDirections() throws {
    let fixture = try TemporaryStore(
      accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let ledger = try fixture.open(writable: false).ledger
    let acme = ledger.totals(account: ledger.accountIndex("acme")!).reciprocity
    #expect(acme == Reciprocity(given: 1, asked: 1))
    #expect(acme.ratio == 1)
    let jane = ledger.totals(contact: ledger.contactIndex("acme/jane")!).reciprocity
    #expect(jane == Reciprocity(given: 0, asked: 1))
    #expect(jane.ratio == 0)
    #expect(ledger.totals(contact: ledger.contactIndex("acme/bob")!).reciprocity.ratio == nil)
  }

  @Test func lastTouchIgnoresWithdrawalsAndVoidedEvents() throws {
    let fixture = try TemporaryStore(
      accounts: "account a \"A\" tier:A\n",
      events: """
        2026-03-01 a deposit +1 id:x1
        2026-04-01 a deposit +1 id:x2
        2026-05-01 a withdrawal -3
        2026-04-15 void x2

        """)
    let totals = try fixture.open(writable: false).ledger.totals(account: 0)
    #expect(totals.lastTouch == Day(iso: "2026-03-01"))
    #expect(totals.lastEvent == Day(iso: "2026-05-01"))
    #expect(totals.balanceHundredths == -200)
    #expect(totals.events == 2)
  }

}
