import Foundation
import Testing

@testable import RapportCore

/// Each drift rule at its edges: a day either side of each threshold. Today is 2026-11-23.
@Suite struct DriftRuleEdgeTests {
  let today = Day(iso: "2026-11-23")!

  /// One account's report from events given as `DAYS-AGO TYPE WEIGHT`.
  private func report(_ header: String, _ events: [String], _ settings: DriftSettings = DriftSettings()) throws
    -> DriftReport
  {
    let lines = events.map { event in
      let parts = event.split(separator: " ")
      return "\(today.adding(days: -Int(parts[0])!)) acme \(parts[1]) \(parts[2])\n"
    }
    let fixture = try TemporaryStore(accounts: "account acme \"Acme\" \(header)\n", events: lines.joined())
    let store = try fixture.open(writable: false)
    #expect(store.errors.isEmpty, "\(store.errors)")
    return store.ledger.drift(account: 0, on: today, thresholds: settings)
  }

  private func won(_ daysAgo: Int) -> String { "won:\(today.adding(days: -daysAgo))" }

  /// A deposit every `every` days from `from` days ago down to `to`.
  private func deposits(every: Int, from: Int, to: Int) -> [String] {
    stride(from: from, through: to, by: -every).map { "\($0) deposit +1" }
  }

  @Test func theCadenceCountsFromTheDayAfterThePromise() throws {
    for (days, points) in [(14, 0), (15, 1), (28, 1), (29, 2), (42, 2), (43, 3), (56, 3), (57, 4), (400, 4)] {
      let result = try report("tier:A", ["\(days) deposit +1"])
      let expected: DriftStatus = points == 0 ? .healthy : points == 1 ? .cooling : points < 4 ? .drifting : .neglected
      #expect(result.status == expected, "\(days) days")
    }
  }

  @Test func touchedEveryFourteenDaysAfterABusyHoneymoonIsHealthy() throws {
    // The case: five touches a month in the honeymoon, then exactly tier A's promise.
    for daysAgo in [100, 150, 200, 300, 364] {
      let history = deposits(every: 6, from: daysAgo, to: daysAgo - 89) + deposits(every: 14, from: daysAgo - 96, to: 0)
      let result = try report("tier:A \(won(daysAgo))", history)
      #expect(result.honeymoonRate == 5, "won \(daysAgo) days ago")
      #expect(result.status == .healthy, "won \(daysAgo) days ago: \(result.reasons.map(\.description))")
    }
  }

  @Test func theComparisonEndsAYearAfterTheWinOrWhenSet() throws {
    // A busy honeymoon, then one touch in the last 90 days, five days ago.
    let sparse = { (won: Int) in self.deposits(every: 3, from: won, to: won - 89) + ["5 deposit +1"] }
    let inside = try report("tier:A \(won(364))", sparse(364))
    #expect(inside.reasons.count == 1)
    #expect(inside.status == .drifting)  // 1 touch where the promise asks for 6: under a quarter
    let after = try report("tier:A \(won(365))", sparse(365))
    #expect(after.honeymoonRate == nil)
    #expect(after.status == .healthy)
    var longer = DriftSettings()
    longer.honeymoonEndsDays = 366
    #expect(try report("tier:A \(won(365))", sparse(365), longer).status == .drifting)
  }

  @Test func theRecentDaysStartAtTheHoneymoonsEnd() throws {
    // Touches stop dead at the end of a busy honeymoon; one more 43 days later.
    let history = deposits(every: 2, from: 133, to: 44) + ["3 deposit +1"]
    let result = try report("tier:A \(won(133))", history)
    // 44 days since the honeymoon: the promise asks for ⌊43 / 14⌋ = 3, and the honeymoon's
    // touches in the last 90 days do not count.
    #expect(
      result.reasons.map(\.description) == [
        "1 touch in the 44 days since the honeymoon, where tier A's promise (one every 14 days) asks for 3; "
          + "the honeymoon had 15 a month in the 90 days after the win"
      ])
  }

  @Test func touchesStoppingDeadAtTheHoneymoonsEndAreFlaggedWhenTheCadenceSaysSo() throws {
    // Daily touches through the honeymoon, the last on its last day, `days` ago.
    for days in 1...70 {
      let result = try report("tier:A \(won(89 + days))", deposits(every: 1, from: 89 + days, to: days))
      let overdue: [DriftReason] = days > 14 ? [.overdue(days: days, promise: .tier(.a, days: 14))] : []
      #expect(result.reasons == overdue, "\(days) days after the honeymoon")
    }
  }

  @Test func theHoneymoonNeedsATouchAMonth() throws {
    // Two touches in the honeymoon (0.7 a month), one in the last 90 days.
    let history = ["200 deposit +1", "150 deposit +1", "5 deposit +1"]
    var strict = DriftSettings()
    strict.coolingShare = 0.9  // one touch is under 0.9 × the 2 the honeymoon's pace gives
    #expect(try report("tier:A \(won(200))", history, strict).reasons.isEmpty)
    strict.honeymoonMinRate = 0.5
    #expect(try report("tier:A \(won(200))", history, strict).reasons.count == 1)
  }

  @Test func theDecayRuleNeedsAQuarterAndAPointBelowDecayAlone() throws {
    // 2 × 2^(−210/180) = 0.89 then; decay alone leaves 0.63; the withdrawal takes 0.41 of it.
    let small = ["300 deposit +2", "50 withdrawal -0.5", "10 deposit +0.01"]
    #expect(try report("tier:C", small).reasons.isEmpty, "more than a quarter, but under a point")
    var fine = DriftSettings()
    fine.equityDropMin = 0.25
    #expect(
      try report("tier:C", small, fine).reasons.map(\.description).first?.hasPrefix("Decayed equity fell") == true)
    // 40 × 2^(−90/180) = 28.3 then, 20 by decay alone: a withdrawal today taking 4.9 is under
    // a quarter of it, 5.1 over.
    let under = try report("tier:C", ["180 deposit +40", "10 deposit +0.01", "0 withdrawal -4.9"])
    #expect(under.reasons.isEmpty, "\(under.reasons.map(\.description))")
    let over = try report("tier:C", ["180 deposit +40", "10 deposit +0.01", "0 withdrawal -5.1"])
    #expect(
      over.reasons.map(\.description) == [
        "Decayed equity fell from 28.3 to 14.9 in the last 90 days; decay alone would leave 20"
      ])
  }
}
