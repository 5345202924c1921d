import Foundation
import Testing

@testable import RapportCore

/// The drift analysis on histories built for each status and each reason. Today is 2026-11-23.
@Suite struct DriftTests {
  let today = Day(iso: "2026-11-23")!

  /// A store with one account and the events given as `DAYS-AGO TYPE WEIGHT [contact]`.
  private func report(
    _ header: String = "account acme \"Acme\" tier:A", contacts: String = "", events: [String],
    thresholds: DriftSettings = DriftSettings()
  ) throws -> DriftReport {
    var lines = ""
    for event in events {
      let parts = event.split(separator: " ").map(String.init)
      let day = today.adding(days: -Int(parts[0])!)
      let target = parts.count > 3 ? "acme/\(parts[3])" : "acme"
      lines += "\(day) \(target) \(parts[1]) \(parts[2])\n"
    }
    let fixture = try TemporaryStore(accounts: header + "\n", contacts: contacts, events: lines)
    let store = try fixture.open(writable: false)
    #expect(store.errors.isEmpty, "\(store.errors)")
    return store.ledger.drift(account: 0, on: today, thresholds: thresholds)
  }

  /// Deposits every `every` days from `from` days ago to `to` days ago.
  private func deposits(every: Int, from: Int, to: Int) -> [String] {
    stride(from: from, through: to, by: -every).map { "\($0) deposit +1" }
  }

  @Test func aTendedAccountIsHealthy() throws {
    let result = try report(events: deposits(every: 10, from: 300, to: 5))
    #expect(result.status == .healthy)
    #expect(result.reasons.isEmpty)
    #expect(result.daysSinceTouch == 10)
  }

  @Test func aLittleLateIsCoolingAndSaysByHowMuch() throws {
    let result = try report(events: deposits(every: 10, from: 300, to: 20))
    #expect(result.status == .cooling)
    #expect(
      result.reasons.map(\.description) == [
        "20 days since the last deposit or favour; tier A promises one every 14 days"
      ])
    #expect(result.reasons == [.overdue(days: 20, promise: .tier(.a, days: 14))])
  }

  @Test func twiceTheCadenceIsDriftingAndFourTimesNeglected() throws {
    #expect(try report(events: deposits(every: 10, from: 300, to: 35)).status == .drifting)
    #expect(try report(events: deposits(every: 10, from: 300, to: 60)).status == .neglected)
    let never = try report(events: [])
    #expect(never.status == .neglected)
    #expect(
      never.reasons.map(\.description) == ["No deposit or favour recorded yet; tier A promises one every 14 days"])
  }

  @Test func anAccountsOwnCadenceAndTheConfigsComeBeforeTheTiers() throws {
    let own = try report("account acme \"Acme\" tier:A cadence:30", events: deposits(every: 10, from: 300, to: 20))
    #expect(own.status == .healthy)
    var thresholds = DriftSettings()
    thresholds.cadenceA = 7
    let config = try report(events: deposits(every: 5, from: 300, to: 10), thresholds: thresholds)
    #expect(
      config.reasons.map(\.description) == [
        "10 days since the last deposit or favour; tier A promises one every 7 days"
      ])
  }

  @Test func theHoneymoonIsComparedWithTheRecentDaysCappedAtThePromise() throws {
    // Won 200 days ago: touches every 3 days for 90 days, then two in the last 90 days.
    let history = deposits(every: 3, from: 200, to: 113) + ["80 deposit +1", "10 deposit +1"]
    let result = try report("account acme \"Acme\" tier:A won:\(today.adding(days: -200))", events: history)
    #expect(result.honeymoonRate == 10)
    #expect(
      result.reasons.map(\.description) == [
        "2 touches in the last 90 days, where tier A's promise (one every 14 days) asks for 6; "
          + "the honeymoon had 10 a month in the 90 days after the win"
      ])
    #expect(result.status == .cooling)  // under half of 6; a quarter (1.5) would count twice
    // While the honeymoon lasts there is nothing to compare.
    let fresh = try report(
      "account acme \"Acme\" tier:C won:\(today.adding(days: -60))", events: deposits(every: 3, from: 60, to: 1))
    #expect(fresh.honeymoonRate == nil)
    #expect(fresh.status == .healthy)
  }

  @Test func aQuietHoneymoonIsItsOwnBar() throws {
    // Four touches in the honeymoon: 1.3 a month, under the 2.1 tier A promises.
    let history = ["200 deposit +1", "180 deposit +1", "150 deposit +1", "120 deposit +1", "5 deposit +1"]
    let result = try report("account acme \"Acme\" tier:A won:\(today.adding(days: -200))", events: history)
    #expect(
      result.reasons.map(\.description) == [
        "1 touch in the last 90 days, where the honeymoon's pace (1.3 a month in the 90 days after the win) gives 4"
      ])
  }

  @Test func aFallOfDecayedEquityBelowWhatDecayAloneLeavesIsAReason() throws {
    let result = try report(
      "account acme \"Acme\" tier:C",
      events: ["300 deposit +20", "50 withdrawal -3", "10 deposit +0.5"])
    // 20 × 2^(−210/180) then, × 2^(−90/180) by decay alone; the withdrawal took 3 × 2^(−50/180).
    #expect(
      result.reasons.map(\.description) == [
        "Decayed equity fell from 8.9 to 4.3 in the last 90 days; decay alone would leave 6.3"
      ])
    #expect(result.status == .cooling)
    // Decay alone is no reason: the silence it comes from is the cadence's.
    let silent = try report("account acme \"Acme\" tier:C", events: ["300 deposit +20", "50 deposit +0.1"])
    #expect(silent.decayed < silent.decayedBefore * 0.75)
    #expect(silent.reasons.isEmpty)
  }

  @Test func aFallBelowZeroIsAFallToo() throws {
    let result = try report(
      "account acme \"Acme\" tier:C",
      events: ["200 deposit +2", "150 withdrawal -6", "50 deposit +1", "20 withdrawal -6"])
    #expect(result.reasons.contains { $0.description.hasPrefix("Decayed equity fell from -") })
  }

  @Test func equityBelowZeroIsAReason() throws {
    let result = try report(events: ["10 deposit +1", "5 withdrawal -4"])
    #expect(result.reasons.map(\.description) == ["Equity is below zero (-3): more taken than given"])
  }

  @Test func askingMoreThanGivingIsAReason() throws {
    let result = try report(events: ["20 favour-asked +1", "12 favour-asked +1", "3 deposit +5"])
    #expect(result.reasons.map(\.description) == ["Asked 2.0 and gave 0 in 12 months: give before asking again"])
    #expect(try report(events: ["20 favour-asked +1", "12 favour-given +1", "6 favour-asked +1"]).reasons.isEmpty)
  }

  @Test func aRunOfWithdrawalsIsAReason() throws {
    let result = try report(
      events: ["12 deposit +20", "9 withdrawal -1", "8 withdrawal -1", "2 withdrawal -1", "1 deposit +1"]
        + ["1 withdrawal -1"])
    // Same day: the later line is the newer, so the run is broken by nothing but the deposit.
    #expect(result.reasons.isEmpty)
    let run = try report(events: ["12 deposit +20", "3 withdrawal -1", "2 withdrawal -1", "1 withdrawal -1"])
    #expect(run.reasons.last?.description == "The last 3 events were withdrawals")
  }

  @Test func reasonsAddUpToTheStatusAndTheWorstRankFirst() throws {
    let fixture = try TemporaryStore(
      accounts: """
        account good "Good" tier:B
        account late "Late" tier:B
        account gone "Gone" tier:B

        """,
      events: """
        2026-11-20 good deposit +1
        2026-09-01 late deposit +1
        2026-09-01 late withdrawal -3
        2025-01-01 gone deposit +1

        """)
    let ledger = try fixture.open(writable: false).ledger
    let reports = ledger.driftReports(on: today)
    let ranked = ledger.inReviewOrder(Array(ledger.accounts.indices), reports: reports, on: today).map { reports[$0] }
    #expect(ranked.map { ledger.accounts[$0.account].id } == ["gone", "late", "good"])
    #expect(ranked.map(\.status) == [.neglected, .drifting, .healthy])
  }

  @Test func peopleToReassessNeverTouchedAndACareerGoalNeverServed() throws {
    let contacts = """
      contact acme/ann "Ann" flags:role-model reassess:2026-11-01
      contact acme/bo "Bo" flags:difficult reassess:2027-01-01
        next-job: Head of sales
      contact acme/cy "Cy" flags:decision-maker
        next-job: CFO

      """
    let result = try report(
      contacts: contacts, events: ["5 deposit +1 bo", "4 deposit +1 cy", "3 favour-given +1 ann"])
    #expect(
      result.people.map(\.description) == [
        "Reassess Ann (culture role model): due since 2026-11-01",
        "Cy's career goal was never acted on: CFO",
      ])
    let untouched = try report(contacts: contacts, events: ["5 deposit +1"])
    #expect(untouched.people.map(\.description).contains("No deposit or favour with Bo yet"))
    #expect(untouched.people.contains(.untouched(name: "Bo")))
  }

  @Test func aWatchedPersonWithNoDateToReassessIsPromptedToGetOne() throws {
    let contacts = """
      contact acme/ann "Dr. Ann Weber" flags:role-model
      contact acme/bo "Bo" flags:difficult,role-model
      contact acme/cy "Cy" flags:champion
      contact acme/di "Di" flags:difficult reassess:2027-01-01

      """
    let result = try report(
      contacts: contacts, events: ["5 deposit +1 ann", "4 deposit +1 bo", "3 deposit +1 cy", "2 deposit +1 di"])
    #expect(
      result.people.map(\.description) == [
        "Give Dr. Ann Weber (culture role model) a date to reassess them",
        "Give Bo (difficult, culture role model) a date to reassess them",
      ])
    #expect(result.people.first == .reassessUndated(name: "Dr. Ann Weber", watched: ["role-model"]))
    // A prompt about a person, not a reason about the account: it adds no point.
    #expect(result.reasons.isEmpty && result.status == .healthy)
  }
}

/// A touch the review planned: due today it is told first with no point; late, it is a point, so
/// an account tended on its cadence is not called healthy while its P! mark says it is overdue.
@Suite struct PlannedTouchDriftTests {
  let today = Day(iso: "2026-11-23")!

  private func report(plan: String) throws -> DriftReport {
    var events = ""
    for ago in stride(from: 300, through: 5, by: -10) { events += "\(today.adding(days: -ago)) acme deposit +1\n" }
    let fixture = try TemporaryStore(
      accounts: "account acme \"Acme\" tier:A plan:\(plan)\n  plan-note: Call Jane\n", contacts: "", events: events)
    let store = try fixture.open(writable: false)
    #expect(store.errors.isEmpty, "\(store.errors)")
    return store.ledger.drift(account: 0, on: today)
  }

  @Test func anOverduePlannedTouchIsAReasonAndAPoint() throws {
    let late = try report(plan: "2026-11-18")
    #expect(late.status == .cooling)
    #expect(late.reasons.first == .plannedTouchDue(day: Day(iso: "2026-11-18")!, daysOverdue: 5, note: "Call Jane"))
    #expect(late.reasons.first?.description == "The touch planned for 2026-11-18 is 5 days overdue: Call Jane")
    let dueToday = try report(plan: "2026-11-23")
    #expect(dueToday.status == .healthy)
    #expect(dueToday.reasons.map(\.description) == ["The touch planned for today is due: Call Jane"])
    let later = try report(plan: "2026-11-30")
    #expect(later.reasons.isEmpty)
    #expect(later.status == .healthy)
  }
}
