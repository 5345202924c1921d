/// The size of one step of an equity timeline.
public enum Granularity: String, CaseIterable, Sendable {
  case week, month, quarter

  /// The first day of the step that contains `day` (weeks start on Monday).
  public func start(of day: Day) -> Day {
    switch self {
    case .week:
      // 1970-01-01 was a Thursday.
      let weekday = (Int(day.ordinal) + 3) % 7
      return day.adding(days: -(weekday < 0 ? weekday + 7 : weekday))
    case .month:
      let (y, m, _) = day.civil
      return Day(year: y, month: m, day: 1)!
    case .quarter:
      let (y, m, _) = day.civil
      return Day(year: y, month: (m - 1) / 3 * 3 + 1, day: 1)!
    }
  }

  /// The first day of the step after the one starting at `start`.
  public func next(after start: Day) -> Day {
    switch self {
    case .week: return start.adding(days: 7)
    case .month, .quarter:
      let (y, m, _) = start.civil
      let months = self == .month ? 1 : 3
      let total = y * 12 + (m - 1) + months
      return Day(year: total / 12, month: total % 12 + 1, day: 1)!
    }
  }
}

/// One step of an equity timeline: the balances at its last day and what happened in it.
public struct TimelineBucket: Hashable, Sendable {
  public var start: Day
  /// The last day of the step (or today, for the current step).
  public var end: Day
  /// Running balance at the end of the step.
  public var balance: Double
  /// Decayed balance at the end of the step.
  public var decayed: Double
  /// Sum of positive weights in the step.
  public var deposits: Double
  /// Sum of negative weights in the step.
  public var withdrawals: Double
}

extension Ledger {
  /// The last `count` steps of an account's (or one contact's) equity, up to `today`.
  public func timeline(events indices: [Int], granularity: Granularity, count: Int, endingOn today: Day)
    -> [TimelineBucket]
  {
    guard count > 0 else { return [] }
    var live = indices.map { log.entries[$0] }.filter { !$0.voided }
    live.sort { $0.day < $1.day }
    var starts: [Day] = [granularity.start(of: today)]
    while starts.count < count { starts.insert(granularity.start(of: starts[0].adding(days: -1)), at: 0) }

    var buckets: [TimelineBucket] = []
    buckets.reserveCapacity(count)
    var balance = 0
    var decayed = 0.0
    var decayedDay = starts[0]
    var cursor = 0
    // Everything before the first step counts towards its opening balance.
    while cursor < live.count, live[cursor].day < starts[0].ordinal {
      let entry = live[cursor]
      balance += Int(entry.weight)
      decayed += Double(entry.weight) / 100 * settings.decayFactor(age: Int(decayedDay.ordinal - entry.day))
      cursor += 1
    }
    for (i, start) in starts.enumerated() {
      let end = i + 1 < starts.count ? starts[i + 1].adding(days: -1) : today
      var deposits = 0
      var withdrawals = 0
      decayed *= settings.decayFactor(age: decayedDay.days(to: end))
      decayedDay = end
      while cursor < live.count, live[cursor].day <= end.ordinal {
        let entry = live[cursor]
        balance += Int(entry.weight)
        if entry.weight > 0 { deposits += Int(entry.weight) } else { withdrawals += Int(entry.weight) }
        decayed += Double(entry.weight) / 100 * settings.decayFactor(age: Int(end.ordinal - entry.day))
        cursor += 1
      }
      buckets.append(
        TimelineBucket(
          start: start, end: end, balance: Double(balance) / 100, decayed: decayed, deposits: Double(deposits) / 100,
          withdrawals: Double(withdrawals) / 100))
    }
    return buckets
  }
}
