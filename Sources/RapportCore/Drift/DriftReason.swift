/// One reason an account needs attention, with the figures behind it. `description` words it;
/// the dashboard, the review and `rapport drift` all show that wording.
public enum DriftReason: Hashable, Sendable, CustomStringConvertible {
  /// The touches that the account is promised: its tier's cadence, or its own.
  public enum Promise: Hashable, Sendable {
    case tier(Tier, days: Int)
    case own(days: Int)

    public var days: Int {
      switch self {
      case .tier(_, let days), .own(let days): return days
      }
    }
  }

  /// The last touch is more than a cadence ago.
  case overdue(days: Int, promise: Promise)
  /// No touch was ever recorded.
  case neverTouched(promise: Promise)
  /// Touches per 30 days in the honeymoon after the win against the recent days'.
  case cooling(honeymoonRate: Double, honeymoonDays: Int, recentRate: Double, recentDays: Int)
  /// The decayed equity fell by the set share over the recent days.
  case equityFell(from: Double, to: Double, days: Int)
  /// The balance, in hundredths, is below zero.
  case belowZero(hundredths: Int)
  /// More weight of favours asked than given in the reciprocity window, by the set amount.
  case askedWithoutGiving(FavourBalance)
  /// The latest events, this many, were all withdrawals.
  case withdrawalRun(Int)
  /// About a person: due for reassessment; `watched` are their flags that call for it
  /// (`role-model`, `difficult`).
  case reassess(name: String, watched: [String], due: Day)
  /// About a person: never touched.
  case untouched(name: String)
  /// About a person: their career goal was never acted on (no favour given to them).
  case careerGoalUnserved(name: String, nextJob: String)

  public var description: String {
    switch self {
    case .overdue(let days, let promise):
      return "\(days) days since the last deposit or favour; \(promise.wording)"
    case .neverTouched(let promise):
      return "No deposit or favour recorded yet; \(promise.wording)"
    case .cooling(let honeymoonRate, let honeymoonDays, let recentRate, let recentDays):
      return "\(Weight.format(oneDecimal: honeymoonRate)) touches a month in the \(honeymoonDays) days after the win, "
        + "\(Weight.format(oneDecimal: recentRate)) in the last \(recentDays)"
    case .equityFell(let from, let to, let days):
      return
        "Decayed equity fell from \(Weight.format(oneDecimal: from)) to \(Weight.format(oneDecimal: to)) in the last \(days) days"
    case .belowZero(let hundredths):
      return "Equity is below zero (\(Weight.format(hundredths: hundredths, signed: false))): more taken than given"
    case .askedWithoutGiving(let favours):
      return
        "Asked \(FavourBalance.format(favours.askedHundredths)) and gave \(FavourBalance.format(favours.givenHundredths))"
        + " in \(favours.window.wording): give before asking again"
    case .withdrawalRun(let run):
      return "The last \(run) events were withdrawals"
    case .reassess(let name, let watched, let due):
      let role = watched.map { $0 == "role-model" ? "culture role model" : "difficult" }.joined(separator: ", ")
      return "Reassess \(name) (\(role)): due since \(due)"
    case .untouched(let name):
      return "No deposit or favour with \(name) yet"
    case .careerGoalUnserved(let name, let nextJob):
      return "\(name)'s career goal was never acted on: \(nextJob)"
    }
  }
}

extension DriftReason.Promise {
  fileprivate var wording: String {
    switch self {
    case .tier(let tier, let days): return "tier \(tier.rawValue) promises one every \(days) days"
    case .own(let days): return "this account is promised one every \(days) days"
    }
  }
}
