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
  /// Higher is worse: the status, then how late the account is against its cadence, then the
  /// points its reasons add up to.
  public var score: Double
  public var reasons: [DriftReason]
  /// About the account's people: reassessments due or never dated, people never touched, career goals never
  /// acted on.
  public var people: [DriftReason]
  /// About the key account plan, adding no point: a tier A or B account without one.
  public var planNotes: [DriftReason]
  /// Touches (deposits and favours) per 30 days in the honeymoon after the win, while it is
  /// compared with the recent days (from its end until `honeymoonEndsDays` after the win).
  public var honeymoonRate: Double?
  /// Touches per 30 days in the recent days.
  public var recentRate: Double
  public var daysSinceTouch: Int?
  public var cadenceDays: Int
  public var decayed: Double
  /// The decayed equity as it stood `recentDays` ago.
  public var decayedBefore: Double
  /// What decay alone would have left of `decayedBefore` today, had nothing happened since.
  public var decayedAlone: Double
}

extension Ledger {
  /// Every account's drift report, in account order; `inReviewOrder` ranks them.
  public func driftReports(on today: Day, thresholds: DriftSettings = DriftSettings()) -> [DriftReport] {
    let figures = driftFigures(of: log.entries.indices, on: today, settings: thresholds)
    let favours = favourBalances(in: thresholds.favourWindow(endingOn: today))
    let promises = promiseReasons(on: today, settings: thresholds)
    return concurrentMap(accounts.count) {
      drift(
        account: $0, figures: figures[$0], favours: favours[$0], promises: promises[$0] ?? [], on: today,
        thresholds: thresholds)
    }
  }

  /// Accounts in the order the dashboard, the review and `rapport drift` share: those with a
  /// touch due first, then the others worst first, then those snoozed or planned for later
  /// (ties in file order). `reports` holds every account's report, by account index.
  public func inReviewOrder(_ indices: [Int], reports: [DriftReport], on today: Day) -> [Int] {
    // Keys computed once per account, so that comparing copies nothing.
    let keys = indices.map { (accounts[$0].decision(on: today).rawValue, -reports[$0].score, $0) }
    return indices.indices.sorted { keys[$0] < keys[$1] }.map { indices[$0] }
  }

  /// The drift analysis of one account on `today`.
  public func drift(account index: Int, on today: Day, thresholds: DriftSettings = DriftSettings()) -> DriftReport {
    let figures = driftFigures(of: events(ofAccount: index), on: today, settings: thresholds)[index]
    let favours = favours(account: index, in: thresholds.favourWindow(endingOn: today)).balance
    let promises = promiseReasons(on: today, settings: thresholds, only: index)[index] ?? []
    return drift(
      account: index, figures: figures, favours: favours, promises: promises, on: today, thresholds: thresholds)
  }

  private func drift(
    account index: Int, figures: DriftFigures, favours: FavourBalance, promises: [PromiseReason], on today: Day,
    thresholds settings: DriftSettings
  ) -> DriftReport {
    let account = accounts[index]
    let totals = totals(account: index)
    var points = 0
    var reasons: [DriftReason] = []

    // A touch the review planned for today or before: what the list's P! mark says, so first.
    // Late, it is a point (the account's own plan has slipped); due today, it is only told.
    if let plan = account.plan, plan <= today {
      let days = plan.days(to: today)
      if days > 0 { points += 1 }
      reasons.append(.plannedTouchDue(day: plan, daysOverdue: days, note: account.planNote))
    }

    // The promised cadence.
    let cadence = settings.cadence(of: account)
    let promise: DriftReason.Promise =
      account.cadenceDays == nil ? .tier(account.tier, days: cadence) : .own(days: cadence)
    let daysSinceTouch = totals.lastTouch.map { $0.daysSinceTouch(on: today) }
    var late = 0.0
    if let days = daysSinceTouch {
      late = Double(days) / Double(cadence)
      if late > 1 {
        points += min(4, Int(late.rounded(.up)) - 1)
        reasons.append(.overdue(days: days, promise: promise))
      }
    } else {
      late = 10
      points += 4
      reasons.append(.neverTouched(promise: promise))
    }

    // The honeymoon against the recent days since it ended, unless the cadence already counts.
    let recentRate = Double(figures.recentTouches) * 30 / Double(settings.recentDays)
    var honeymoonRate: Double?
    if let touches = figures.honeymoonTouches,
      let compared = settings.honeymoonComparison(won: account.won, on: today)?.compared
    {
      let rate = Double(touches) * 30 / Double(settings.honeymoonDays)
      honeymoonRate = rate
      let days = compared.lowerBound.days(to: compared.upperBound) + 1
      // The honeymoon's pace over those days, capped at the touches that keeping the promise
      // surely gives in them: one for each full cadence before today.
      let pace = Double(touches) * Double(days) / Double(settings.honeymoonDays)
      let promised = (days - 1) / cadence
      let expected = min(pace, Double(promised))
      let bar = expected * settings.coolingShare
      if late <= 1, rate >= settings.honeymoonMinRate, Double(figures.comparedTouches) < bar {
        points += Double(figures.comparedTouches) < bar / 2 ? 2 : 1
        reasons.append(
          .cooling(
            touches: figures.comparedTouches, days: days, sinceHoneymoon: days < settings.recentDays,
            expected: expected, by: Double(promised) <= pace ? .promise(promise) : .honeymoon(rate: rate),
            honeymoonRate: rate, honeymoonDays: settings.honeymoonDays))
      }
    }

    // Decayed equity now against what decay alone would have left of it: a fall explained by
    // time alone is the silence the cadence counts, so only what the recent events took counts.
    let decayed = decayedBalance(account: index, on: today)
    let decayedBefore = figures.decayedBefore
    let decayedAlone = decayedBefore * self.settings.decayFactor(age: settings.recentDays)
    if decayedBefore != 0, decayed < decayedAlone - max(abs(decayedAlone) * settings.equityDrop, settings.equityDropMin)
    {
      points += 1
      reasons.append(.equityFell(from: decayedBefore, to: decayed, decayAlone: decayedAlone, days: settings.recentDays))
    }
    if totals.balanceHundredths < 0 {
      points += 1
      reasons.append(.belowZero(hundredths: totals.balanceHundredths))
    }

    // Reciprocity and withdrawals.
    // Favours by weight in the window: asked beyond given by the set weight.
    if Double(favours.weOweHundredths) >= settings.askedWithoutGiving * 100 {
      points += 1
      reasons.append(.askedWithoutGiving(favours))
    }
    let run = figures.withdrawalRun
    if run >= settings.withdrawalRun {
      points += 1
      reasons.append(.withdrawalRun(run))
    }

    // A key person who left, while no other key person has been touched since: whoever decided
    // or sponsored us is gone, whatever the cadence says.
    for departure in keyPeopleLeft(account: index, on: today, within: settings.keyPersonLeftDays) {
      points += 2
      reasons.append(departure)
    }

    // Promises past their due day and still open (reported, never closed behind the user's
    // back), too many open, too many missed.
    for promise in promises {
      points += promise.points
      reasons.append(promise.reason)
    }

    // The key account plan: its review long past is a point; no plan at all is told, with no point.
    let planNotes = planNotes(account, on: today, settings: settings)
    for reason in planNotes where !reason.isNoPlan {
      points += 1
      reasons.append(reason)
    }

    // One person holds the account: every recent touch to a person went to them. Touches
    // booked to the account went to no one: they neither count nor break the thread. A risk to
    // the people, shown with them: it adds no point, so an account kept on its cadence is
    // never flagged for whom the touches went to.
    var people = peopleNotes(account: index, on: today)
    if case .one(let person) = figures.recipient, figures.personTouches >= settings.singleThreadedTouches {
      people.insert(
        .singleThreaded(
          name: contacts[Int(person)].name, touches: figures.personTouches, days: settings.recentDays,
          accountLevel: figures.recentTouches - figures.personTouches), at: 0)
    }

    let status: DriftStatus
    switch points {
    case 0: status = .healthy
    case 1: status = .cooling
    case 2...3: status = .drifting
    default: status = .neglected
    }
    // The status first, then how late against the promise, then how many reasons.
    let score = Double(status.rawValue) * 100 + min(late, 20) * 4 + Double(points)
    return DriftReport(
      account: index, status: status, score: score, reasons: reasons,
      people: people, planNotes: planNotes.filter(\.isNoPlan), honeymoonRate: honeymoonRate, recentRate: recentRate,
      daysSinceTouch: daysSinceTouch, cadenceDays: cadence, decayed: decayed, decayedBefore: decayedBefore,
      decayedAlone: decayedAlone)
  }

  /// What two passes over an account's live events tell the drift analysis.
  struct DriftFigures {
    var recentTouches = 0
    /// Touches in the honeymoon, while it is compared with the recent days.
    var honeymoonTouches: Int?
    /// Touches in the recent days since the honeymoon's end, while it is compared.
    var comparedTouches = 0
    /// The decayed equity `recentDays` ago.
    var decayedBefore = 0.0
    /// Withdrawals newer than the newest event of another type (later lines are newer within a day).
    var withdrawalRun = 0
    var newestOther: (day: Int32, position: Int)?
    /// Touches to people (not to the account) in the recent days, and whom they went to.
    var personTouches = 0
    var recipient = Recipient.nobody
  }

  /// Whom an account's recent touches to people went to.
  enum Recipient: Equatable {
    case nobody
    /// One contact, by index.
    case one(Int32)
    case several

    mutating func add(_ contact: Int32) {
      switch self {
      case .nobody: self = .one(contact)
      case .one(let person) where person != contact: self = .several
      case .one, .several: break
      }
    }

    /// The recipients of two runs of events together.
    func joined(_ other: Recipient) -> Recipient {
      switch (self, other) {
      case (.nobody, _): return other
      case (_, .nobody): return self
      case (.one(let a), .one(let b)) where a == b: return self
      default: return .several
      }
    }
  }

  /// The days that the figures are about.
  private struct DriftWindow {
    var recentStart: Int32
    var today: Int32
    /// `recentDays` ago, when the decayed equity is compared.
    var then: Int32
    /// Each account's honeymoon and the days compared with it, while it is compared.
    var honeymoons: [(honeymoon: ClosedRange<Int32>, compared: Int32)?]
  }

  /// The drift figures of every account from the events at `positions` (in file order): all of
  /// them, read straight through on two cores, or one account's.
  func driftFigures<Positions: RandomAccessCollection<Int> & Sendable>(
    of positions: Positions, on today: Day, settings: DriftSettings
  ) -> [DriftFigures] where Positions.SubSequence: Sendable {
    var window = DriftWindow(
      recentStart: today.adding(days: -(settings.recentDays - 1)).ordinal, today: today.ordinal,
      then: today.adding(days: -settings.recentDays).ordinal, honeymoons: [])
    window.honeymoons = accounts.indices.map { index in
      settings.honeymoonComparison(won: accounts[index].won, on: today).map {
        ($0.honeymoon.lowerBound.ordinal...$0.honeymoon.upperBound.ordinal, $0.compared.lowerBound.ordinal)
      }
    }
    // Two halves, each gathered on its own core, then joined; the withdrawal runs need the
    // joined newest events, so they are counted after.
    let middle = positions.index(positions.startIndex, offsetBy: positions.count / 2)
    let halves = [positions[..<middle], positions[middle...]]
    let finalWindow = window
    let gathered = concurrentMap(halves.count) { gather(halves[$0], finalWindow) }
    var figures = gathered[0]
    for (account, later) in gathered[1].enumerated() {
      figures[account].recentTouches += later.recentTouches
      figures[account].personTouches += later.personTouches
      figures[account].recipient = figures[account].recipient.joined(later.recipient)
      if let touches = later.honeymoonTouches { figures[account].honeymoonTouches! += touches }
      figures[account].comparedTouches += later.comparedTouches
      figures[account].decayedBefore += later.decayedBefore
      if let newest = later.newestOther, figures[account].newestOther.map({ $0 < newest }) ?? true {
        figures[account].newestOther = newest
      }
    }
    let joined = figures
    let runs = concurrentMap(halves.count) { countRuns(halves[$0], after: joined) }
    for half in runs {
      for (account, run) in half.enumerated() { figures[account].withdrawalRun += run }
    }
    return figures
  }

  /// Counts, decayed equity then, and the newest event other than a withdrawal, per account.
  private func gather(_ positions: some Sequence<Int>, _ window: DriftWindow) -> [DriftFigures] {
    var figures = [DriftFigures](repeating: DriftFigures(), count: accounts.count)
    for index in accounts.indices where window.honeymoons[index] != nil { figures[index].honeymoonTouches = 0 }
    var (factorDay, factor) = (Int32.min, 0.0)
    log.entries.withUnsafeBufferPointer { entries in
      for position in positions {
        let entry = entries[position]
        guard !entry.voided else { continue }
        let account = Int(entry.account)
        if entry.type.isTouch {
          if entry.day >= window.recentStart, entry.day <= window.today {
            figures[account].recentTouches += 1
            if entry.contact >= 0 {
              figures[account].personTouches += 1
              figures[account].recipient.add(entry.contact)
            }
          }
          if let days = window.honeymoons[account] {
            if days.honeymoon.contains(entry.day) { figures[account].honeymoonTouches! += 1 }
            if entry.day >= days.compared, entry.day <= window.today { figures[account].comparedTouches += 1 }
          }
        }
        if entry.day <= window.then {
          // Events come mostly in order of days: one factor per day.
          if entry.day != factorDay {
            (factorDay, factor) = (entry.day, settings.decayFactor(age: Int(window.then - entry.day)))
          }
          figures[account].decayedBefore += Double(entry.weight) / 100 * factor
        }
        if entry.type != .withdrawal, figures[account].newestOther.map({ $0 < (entry.day, position) }) ?? true {
          figures[account].newestOther = (entry.day, position)
        }
      }
    }
    return figures
  }

  /// Withdrawals newer than each account's newest other event.
  private func countRuns(_ positions: some Sequence<Int>, after figures: [DriftFigures]) -> [Int] {
    var runs = [Int](repeating: 0, count: accounts.count)
    log.entries.withUnsafeBufferPointer { entries in
      for position in positions {
        let entry = entries[position]
        guard !entry.voided, entry.type == .withdrawal else { continue }
        let account = Int(entry.account)
        if figures[account].newestOther.map({ $0 < (entry.day, position) }) ?? true { runs[account] += 1 }
      }
    }
    return runs
  }

  /// The account's key people who left in the last `days` days, when none of its other key
  /// people (still there) has been touched since, latest first.
  private func keyPeopleLeft(account index: Int, on today: Day, within days: Int) -> [DriftReason] {
    // Most accounts have no one who left: that is settled without copying a contact.
    let people = contactPositions(ofAccount: index)
    guard people.contains(where: { contacts[Int($0)].left != nil }) else { return [] }
    var found: [(day: Day, reason: DriftReason)] = []
    for c in people.map(Int.init) {
      guard let left = contacts[c].left, left.day <= today, left.day.days(to: today) < days,
        case let roles = contacts[c].keyRoles, !roles.isEmpty
      else { continue }
      let replaced = people.map(Int.init).contains { other in
        other != c && !contacts[other].hasLeft(by: today) && !contacts[other].keyRoles.isEmpty
          && totals(contact: other).lastTouch.map { $0 >= left.day } ?? false
      }
      if !replaced {
        let days = left.day.days(to: today)
        found.append((left.day, .keyPersonLeft(name: contacts[c].name, roles: roles, day: left.day, daysAgo: days)))
      }
    }
    return found.sorted { $0.day > $1.day }.map(\.reason)
  }

  /// What the account's people call for: reassessments due or never dated, people never touched, and the
  /// one whose career goal was never acted on (nothing done for their career), decision makers and
  /// champions first. People who have left call for nothing.
  private func peopleNotes(account index: Int, on today: Day) -> [DriftReason] {
    var notes: [DriftReason] = []
    // The first unserved by rank (decision makers, then champions, then the others), by index:
    // contacts are read in place, never copied.
    var unserved: (rank: Int, contact: Int)?
    for c in contactPositions(ofAccount: index).map(Int.init) where !contacts[c].hasLeft(by: today) {
      let flags = contacts[c].flags
      if flags.contains(where: { $0 == "role-model" || $0 == "difficult" }) {
        let watched = flags.filter { $0 == "role-model" || $0 == "difficult" }
        if let due = contacts[c].reassess {
          if due <= today { notes.append(.reassess(name: contacts[c].name, watched: watched, due: due)) }
        } else {
          notes.append(.reassessUndated(name: contacts[c].name, watched: watched))
        }
      }
      let own = totals(contact: c)
      if own.touches == 0 {
        notes.append(.untouched(name: contacts[c].name))
      }
      if own.lastCareerHelp == nil, !contacts[c].nextJob.isEmpty {
        let rank = flags.contains("decision-maker") ? 0 : flags.contains("champion") ? 1 : 2
        if unserved.map({ rank < $0.rank }) ?? true { unserved = (rank, c) }
      }
    }
    if let (_, c) = unserved {
      notes.append(.careerGoalUnserved(name: contacts[c].name, nextJob: contacts[c].nextJob))
    }
    return notes
  }
}
