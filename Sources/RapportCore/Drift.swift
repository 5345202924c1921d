import Foundation

/// How an account stands, from fine to forgotten.
public enum DriftStatus: Int, Comparable, CaseIterable, Sendable {
  case healthy, cooling, drifting, neglected

  public static func < (a: DriftStatus, b: DriftStatus) -> Bool { a.rawValue < b.rawValue }

  public var word: String {
    switch self {
    case .healthy: return "healthy"
    case .cooling: return "cooling"
    case .drifting: return "drifting"
    case .neglected: return "neglected"
    }
  }

  public init?(word: String) {
    guard let status = DriftStatus.allCases.first(where: { $0.word == word }) else { return nil }
    self = status
  }
}

/// Why an account needs attention: its status, a score to rank by, the reasons in plain words
/// with their numbers, and what its people suggest.
public struct DriftReport: Sendable {
  public var account: Int
  public var status: DriftStatus
  /// Higher is worse: the points the reasons add up to, then how late the account is.
  public var score: Double
  public var reasons: [String]
  /// About the account's people: reassessments due, people never touched, career goals never
  /// acted on.
  public var people: [String]
  /// Touches (deposits and favours) per 30 days in the honeymoon after the win, when it is over.
  public var honeymoonRate: Double?
  /// Touches per 30 days in the recent days.
  public var recentRate: Double
  public var daysSinceTouch: Int?
  public var cadenceDays: Int
  public var decayed: Double
  /// The decayed equity as it stood `recentDays` ago.
  public var decayedBefore: Double
}

extension Ledger {
  /// Every account's drift report, worst first (ties by name).
  public func driftReports(on today: Day, thresholds: DriftSettings = DriftSettings()) -> [DriftReport] {
    let reports = concurrentMap(accounts.count) { drift(account: $0, on: today, thresholds: thresholds) }
    return reports.sorted { a, b in
      a.score != b.score ? a.score > b.score : accounts[a.account].name < accounts[b.account].name
    }
  }

  /// The drift analysis of one account on `today`.
  public func drift(account index: Int, on today: Day, thresholds: DriftSettings = DriftSettings()) -> DriftReport {
    let settings = thresholds
    let account = accounts[index]
    let totals = totals(account: index)
    let events: [EventEntry] = events(ofAccount: index).map { log.entries[$0] }.filter { !$0.voided }
    var points = 0
    var reasons: [String] = []

    // The promised cadence.
    let cadence = settings.cadence(of: account)
    let promise =
      account.cadenceDays == nil
      ? "tier \(account.tier.rawValue) promises one every \(cadence) days"
      : "this account is promised one every \(cadence) days"
    let daysSinceTouch = totals.lastTouch.map { $0.days(to: today) }
    var late = 0.0
    if let days = daysSinceTouch {
      late = Double(days) / Double(cadence)
      if late > 1 {
        points += min(4, Int(late.rounded(.up)) - 1)
        reasons.append("\(days) days since the last deposit or favour; \(promise)")
      }
    } else {
      late = 10
      points += 4
      reasons.append("No deposit or favour recorded yet; \(promise)")
    }

    // The honeymoon against now.
    let recentStart = today.adding(days: -(settings.recentDays - 1))
    let recentRate = rate(of: events, from: recentStart, to: today)
    var honeymoonRate: Double?
    if let won = account.won, won.adding(days: settings.honeymoonDays) <= today {
      let rate = rate(of: events, from: won, to: won.adding(days: settings.honeymoonDays - 1))
      honeymoonRate = rate
      if rate >= 1, recentRate < rate * settings.coolingShare {
        points += recentRate < rate * settings.coolingShare / 2 ? 2 : 1
        reasons.append(
          "\(oneDecimal(rate)) touches a month in the \(settings.honeymoonDays) days after the win, "
            + "\(oneDecimal(recentRate)) in the last \(settings.recentDays)")
      }
    }

    // Decayed equity now and a while ago.
    let decayed = decayedBalance(account: index, on: today)
    let then = today.adding(days: -settings.recentDays)
    var decayedBefore = 0.0
    for entry in events where entry.day <= then.ordinal {
      decayedBefore += Double(entry.weight) / 100 * self.settings.decayFactor(age: Int(then.ordinal - entry.day))
    }
    if decayedBefore > 0, decayed < decayedBefore * (1 - settings.equityDrop) {
      points += 1
      reasons.append(
        "Decayed equity fell from \(oneDecimal(decayedBefore)) to \(oneDecimal(decayed)) in the last \(settings.recentDays) days"
      )
    }
    if totals.balanceHundredths < 0 {
      points += 1
      reasons.append(
        "Equity is below zero (\(Weight.format(hundredths: totals.balanceHundredths, signed: false))): more taken than given"
      )
    }

    // Reciprocity and withdrawals.
    let favours = totals.reciprocity
    if favours.given == 0, favours.asked >= settings.askedWithoutGiving {
      points += 1
      reasons.append("\(favours.asked) favours asked and none given: give before asking again")
    }
    // Events are in file order; the newest are those of the latest days, later lines first.
    let newestFirst: [EventEntry] = events.indices.sorted { a, b in
      events[a].day != events[b].day ? events[a].day > events[b].day : a > b
    }.map { events[$0] }
    let run = newestFirst.prefix { $0.type == EventType.withdrawal }.count
    if run >= settings.withdrawalRun {
      points += 1
      reasons.append("The last \(run) events were withdrawals")
    }

    let status: DriftStatus
    switch points {
    case 0: status = .healthy
    case 1: status = .cooling
    case 2...3: status = .drifting
    default: status = .neglected
    }
    let score = Double(points) + min(late, 10) / 10
    return DriftReport(
      account: index, status: status, score: score, reasons: reasons,
      people: peopleNotes(account: index, on: today), honeymoonRate: honeymoonRate, recentRate: recentRate,
      daysSinceTouch: daysSinceTouch, cadenceDays: cadence, decayed: decayed, decayedBefore: decayedBefore)
  }

  /// Touches per 30 days between two days, both included.
  private func rate(of events: [EventEntry], from start: Day, to end: Day) -> Double {
    let touches = events.filter { $0.type.isTouch && $0.day >= start.ordinal && $0.day <= end.ordinal }.count
    return Double(touches) * 30 / Double(max(1, start.days(to: end) + 1))
  }

  /// What the account's people call for: reassessments due, people never touched, and the
  /// one whose career goal was never acted on (no favour given to them), decision makers and
  /// champions first.
  private func peopleNotes(account index: Int, on today: Day) -> [String] {
    var notes: [String] = []
    var unserved: [Contact] = []
    for c in contacts(ofAccount: index) {
      let contact = contacts[c]
      let watched = contact.flags.filter { $0 == "role-model" || $0 == "difficult" }
      if !watched.isEmpty, let due = contact.reassess, due <= today {
        let role = watched.map { $0 == "role-model" ? "culture role model" : "difficult" }.joined(separator: ", ")
        notes.append("Reassess \(contact.name) (\(role)): due since \(due)")
      }
      let own: [EventEntry] = events(ofContact: c).map { log.entries[$0] }.filter { !$0.voided }
      if own.isEmpty {
        notes.append("\(contact.name) has never been touched")
      }
      if !contact.nextJob.isEmpty, !own.contains(where: { $0.type == EventType.favourGiven }) {
        unserved.append(contact)
      }
    }
    let key = { (c: Contact) in c.flags.contains("decision-maker") ? 0 : c.flags.contains("champion") ? 1 : 2 }
    if let first = unserved.enumerated().min(by: { (key($0.element), $0.offset) < (key($1.element), $1.offset) }) {
      notes.append("\(first.element.name)'s career goal was never acted on: \(first.element.nextJob)")
    }
    return notes
  }
}

/// A figure with at most one decimal: `3.1`, `0.4`, `12`.
func oneDecimal(_ value: Double) -> String {
  let rounded = (value * 10).rounded() / 10
  return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
}
