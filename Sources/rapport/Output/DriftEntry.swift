import RapportCore

/// One account in `rapport drift --json`.
struct DriftEntry: Encodable {
  var id: String
  var name: String
  var tier: String
  var status: String
  var score: Double
  var reasons: [String]
  var people: [String]
  /// About the key account plan: a tier A or B account without one.
  var keyAccountPlan: [String]
  var daysSinceTouch: Int?
  var cadenceDays: Int
  var touchesPerMonthInHoneymoon: Double?
  var touchesPerMonthRecently: Double
  var decayedEquity: Double
  var decayedEquityBefore: Double
  var plan: String?
  var planNote: String?
  var snoozedUntil: String?
  var snoozeReason: String?
  /// A touch is planned for today or before.
  var planDue: Bool
  /// Snoozed, or a touch planned for later: left out of --fail-on and the review.
  var parked: Bool

  init(_ report: DriftReport, _ account: Account, today: Day) {
    func round2(_ value: Double) -> Double { (value * 100).rounded() / 100 }
    id = account.id
    name = account.name
    tier = account.tier.rawValue
    status = report.status.word
    score = round2(report.score)
    reasons = report.reasons.map(\.description)
    people = report.people.map(\.description)
    keyAccountPlan = report.planNotes.map(\.description)
    daysSinceTouch = report.daysSinceTouch
    cadenceDays = report.cadenceDays
    touchesPerMonthInHoneymoon = report.honeymoonRate.map(round2)
    touchesPerMonthRecently = round2(report.recentRate)
    decayedEquity = round2(report.decayed)
    decayedEquityBefore = round2(report.decayedBefore)
    plan = account.plan?.description
    planNote = account.plan == nil ? nil : account.planNote
    snoozedUntil = account.snoozedUntil?.description
    snoozeReason = account.snoozedUntil == nil ? nil : account.snoozeReason
    planDue = account.decision(on: today) == .due
    parked = account.decision(on: today) == .parked
  }
}
