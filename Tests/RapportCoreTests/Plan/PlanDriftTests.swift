import Foundation
import Testing

@testable import RapportCore

/// The drift rules of the key account plan: told when a tier A or B account has none, a point
/// when its review is more than the grace days late.
@Suite struct PlanDriftTests {
  private let today = Day(iso: "2026-11-23")!
  /// Touched a week ago: on every tier's cadence, so the plan is all there is to say.
  private let events = """
    2026-11-16 acme deposit insight +3
    2026-11-16 beta deposit insight +3
    2026-11-16 gamma deposit insight +3

    """

  private func reports(_ accounts: String, settings: DriftSettings = DriftSettings()) throws -> [DriftReport] {
    // The touches of the accounts in this store.
    let touches = events.split(separator: "\n").filter { accounts.contains("account \($0.split(separator: " ")[1]) ") }
    let fixture = try TemporaryStore(accounts: accounts, events: touches.joined(separator: "\n") + "\n")
    let store = try fixture.open(writable: false)
    #expect(store.diagnostics.isEmpty, "\(store.diagnostics)")
    return store.ledger.driftReports(on: today, thresholds: settings)
  }

  @Test func tiersAAndBWithoutAPlanAreToldWithNoPointTierCIsNot() throws {
    let all = try reports(
      """
      account acme "Acme" tier:A
      account beta "Beta" tier:B plan-review:2026-12-01
      account gamma "Gamma" tier:C

      """)
    #expect(
      all[0].planNotes.map(\.description) == [
        "No key account plan: tier A accounts have one (objectives, initiatives, a review day)"
      ])
    // A review day alone is not a plan.
    #expect(
      all[1].planNotes.map(\.description) == [
        "No key account plan: tier B accounts have one (objectives, initiatives, a review day)"
      ])
    #expect(all[2].planNotes.isEmpty)
    // No point: an account kept on its cadence stays healthy, with no reason.
    #expect(all.allSatisfy { $0.status == .healthy && $0.reasons.isEmpty })
  }

  @Test func anObjectiveOrAnInitiativeAloneIsAPlan() throws {
    let all = try reports(
      """
      account acme "Acme" tier:A
        objective: Sole supplier by 2028
      account beta "Beta" tier:B
        initiative: status:dropped Anything at all

      """)
    #expect(all[0].planNotes.isEmpty && all[1].planNotes.isEmpty)
  }

  @Test func aReviewLateByMoreThanTheGraceDaysIsAPointWithItsSentence() throws {
    // For every lateness from none to past the grace: the reason appears the day after the grace
    // ends, and says the day and how long ago.
    for late in 0...20 {
      let review = today.adding(days: -late)
      let all = try reports(
        """
        account acme "Acme" tier:A plan-review:\(review)
          objective: Sole supplier by 2028
        account gamma "Gamma" tier:C plan-review:\(review)
          initiative: A joint innovation day

        """)
      for report in all {
        if late > 14 {
          #expect(report.reasons.map(\.description) == ["The plan's review was due on \(review), \(late) days ago"])
          #expect(report.status == .cooling)
        } else {
          #expect(report.reasons.isEmpty && report.status == .healthy, "late \(late)")
        }
        #expect(report.planNotes.isEmpty)
      }
    }
  }

  @Test func theGraceIsASetting() throws {
    var settings = DriftSettings()
    #expect(DriftSettings.keys.contains { $0.name == "plan-review-grace-days" })
    let set = DriftSettings.keys.first { $0.name == "plan-review-grace-days" }!.set
    #expect(set(&settings, 3) && settings.planReviewGraceDays == 3)
    #expect(!set(&settings, 0) && !set(&settings, 2.5))
    let accounts = """
      account acme "Acme" tier:A plan-review:2026-11-19
        objective: Sole supplier by 2028

      """
    #expect(
      try reports(accounts, settings: settings)[0].reasons.map(\.description) == [
        "The plan's review was due on 2026-11-19, 4 days ago"
      ])
    settings.planReviewGraceDays = 4
    #expect(try reports(accounts, settings: settings)[0].reasons.isEmpty)
  }

  @Test func theOneDayReviewIsSingular() {
    #expect(
      DriftReason.planReviewOverdue(due: Day(iso: "2026-11-22")!, days: 1).description
        == "The plan's review was due on 2026-11-22, 1 day ago")
  }
}
