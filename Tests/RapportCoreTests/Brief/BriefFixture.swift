import Foundation
import Testing

@testable import RapportCore

/// A small store for the brief's tests, written here (not the demo, which changes): Acme, owned
/// by Sam, with an objective, a culture hard-wrapped mid-sentence, a decision maker who is also a role model, a difficult buyer, someone
/// who left, an open promise, a planned touch and an initiative; Kyoto, also Sam's (written
/// "SAM"), with nothing but a name; Zeta, owned by Priya. Today is 2026-11-23.
enum BriefFixture {
  static let today = "2026-11-23"

  static let accounts = """
    account acme "Acme Corp" tier:A won:2025-03-01 owner:sam plan:2026-11-30 plan-review:2027-01-15
      culture: Consensus-driven; nothing is decided in the
        first meeting.
        The board meets monthly.
      objective: Be the board's benchmarking partner through 2028
      do: Bring numbers to every review
      dont: Criticise the previous supplier
      plan-note: Quarterly review with Jane
      initiative: status:active due:2026-12-15 owner:sam for:jane Benchmark study for the board
      initiative: status:done Pilot on one vessel

    account kyoto "Kyoto Seiki" tier:B owner:SAM

    account zeta "Zeta *Bold* _AG_" tier:C owner:priya

    """

  static let contacts = """
    contact acme/jane "Jane Doe" role:CFO flags:decision-maker,role-model reassess:2026-12-01
      next-job: COO within two years
      measured-by: Opex reduction
      worries: Board pressure on cost
      help: Introduce her to our benchmarking study
      personal: Runs marathons; two children
    contact acme/bob "Bob Stone" role:Buyer flags:difficult reassess:2026-10-01
    contact acme/ann "Ann Lee" role:CTO flags:decision-maker
      left: 2026-09-01 Joined Vestas
    contact zeta/kim "Kim | <b>#1</b>" role:`Chief`

    """

  static let events = """
    2025-10-01 acme/jane deposit insight +9 "An old deposit, before the year"
    2025-12-01 acme/jane deposit insight +3 "Shared the benchmark"
    2026-02-10 acme/bob withdrawal mistake -4 "Outage in their busiest week"
    2026-03-01 acme deposit check-in +1 "Called the office"
    2026-04-01 acme/jane deposit problem-solved +5 "Fixed the invoice run"
    2026-05-01 acme/bob withdrawal escalation -2 "He escalated to our CEO"
    2026-06-01 acme/jane favour-given introduction +2 "Introduced her to our research head"
    2026-07-01 acme/bob withdrawal mistake -1 "Wrong invoice" id:voidme0001
    2026-07-02 void voidme0001
    2026-08-01 acme/ann deposit check-in +1 "Lunch before she left"
    2026-10-05 acme/jane promise "send the benchmark" due:2026-11-14 by:sam id:q7d2k9mx0a

    """

  static func store() throws -> (TemporaryStore, Store) {
    let fixture = try TemporaryStore(accounts: accounts, contacts: contacts, events: events)
    return (fixture, try fixture.open(writable: false, today: today))
  }

  /// The brief of `account` in the fixture.
  static func brief(_ account: String, personal: Bool = false) throws -> Brief {
    let (_, store) = try store()
    #expect(store.errors.isEmpty, "\(store.errors)")
    let ledger = store.ledger
    return ledger.brief(account: ledger.accountIndex(account)!, on: Day(iso: today)!, personal: personal)
  }
}
