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
  /// What the recent touches are measured against: the promise, or the honeymoon's pace
  /// (touches a month) when that is the lower.
  public enum Pace: Hashable, Sendable {
    case promise(Promise)
    case honeymoon(rate: Double)
  }

  /// Fewer touches in the last `days` days (the days `sinceHoneymoon` ended, when fewer than the
  /// recent days) than the share of `expected`, what the honeymoon's pace or the promise gives
  /// in them (the fewer); the honeymoon had `honeymoonRate` touches a month.
  case cooling(
    touches: Int, days: Int, sinceHoneymoon: Bool, expected: Double, by: Pace, honeymoonRate: Double,
    honeymoonDays: Int)
  /// Over the last `days` days the decayed equity fell below what decay alone would leave
  /// (`decayAlone`) by the set share: the events since took more than they gave.
  case equityFell(from: Double, to: Double, decayAlone: Double, days: Int)
  /// The balance, in hundredths, is below zero.
  case belowZero(hundredths: Int)
  /// More weight of favours asked than given in the reciprocity window, by the set amount.
  case askedWithoutGiving(FavourBalance)
  /// The latest events, this many, were all withdrawals.
  case withdrawalRun(Int)
  /// A key person (`roles`: decision-maker, champion, sponsor) left on `day`, and none of the
  /// account's other key people has been touched since.
  case keyPersonLeft(name: String, roles: [String], day: Day, daysAgo: Int)
  /// An open promise, `what`, to `to` (a contact's name, or the account's) is `days` days past
  /// its `due` day.
  case promiseOverdue(what: String, to: String, days: Int, due: Day)
  /// More promises open to the account than `limit`.
  case tooManyPromises(open: Int, limit: Int)
  /// Of the `closed` promises kept or missed in `window`, `missed` were missed: more than `share`.
  case promisesMissed(missed: Int, closed: Int, share: Double, window: FavourWindow)
  /// The touch the review planned for `day` is due: today (`daysOverdue` 0, no point) or
  /// `daysOverdue` days late (a point: the account's own plan has slipped). `note` is the plan's note.
  case plannedTouchDue(day: Day, daysOverdue: Int, note: String)
  /// A tier A or B account without a key account plan: no objective and no initiative.
  case noPlan(tier: Tier)
  /// The key account plan's review was due on `due`, `days` days ago (more than the grace days).
  case planReviewOverdue(due: Day, days: Int)
  /// All the `touches` to people in the last `days` days went to one person, `name`;
  /// `accountLevel` more were booked to the account, to no one.
  case singleThreaded(name: String, touches: Int, days: Int, accountLevel: Int)
  /// About a person: due for reassessment; `watched` are their flags that call for it
  /// (`role-model`, `difficult`).
  case reassess(name: String, watched: [String], due: Day)
  /// About a person: watched (`role-model`, `difficult`) but with no date to reassess them.
  case reassessUndated(name: String, watched: [String])
  /// About a person: never touched.
  case untouched(name: String)
  /// About a person: their career goal was never acted on (nothing done `for:career`).
  case careerGoalUnserved(name: String, nextJob: String)

  public var description: String {
    switch self {
    case .overdue(let days, let promise):
      return "\(days) days since the last deposit or favour; \(promise.wording)"
    case .neverTouched(let promise):
      return "No deposit or favour recorded yet; \(promise.wording)"
    case .cooling(
      let touches, let days, let sinceHoneymoon, let expected, let pace, let honeymoonRate, let honeymoonDays):
      let recent =
        "\(touches) touch\(touches == 1 ? "" : "es") in the "
        + (sinceHoneymoon ? "\(days) days since the honeymoon" : "last \(days) days")
      let honeymoon = "\(Weight.format(oneDecimal: honeymoonRate)) a month in the \(honeymoonDays) days after the win"
      switch pace {
      case .promise(let promise):
        return "\(recent), where \(promise.owner) promise (one every \(promise.days) days) asks for "
          + "\(Weight.format(oneDecimal: expected)); the honeymoon had \(honeymoon)"
      case .honeymoon:
        return "\(recent), where the honeymoon's pace (\(honeymoon)) gives \(Weight.format(oneDecimal: expected))"
      }
    case .equityFell(let from, let to, let decayAlone, let days):
      return "Decayed equity fell from \(Weight.format(oneDecimal: from)) to \(Weight.format(oneDecimal: to)) "
        + "in the last \(days) days; decay alone would leave \(Weight.format(oneDecimal: decayAlone))"
    case .belowZero(let hundredths):
      return "Equity is below zero (\(Weight.format(hundredths: hundredths, signed: false))): more taken than given"
    case .askedWithoutGiving(let favours):
      return
        "Asked \(FavourBalance.format(favours.askedHundredths)) and gave \(FavourBalance.format(favours.givenHundredths))"
        + " in \(favours.window.wording): give before asking again"
    case .withdrawalRun(let run):
      return "The last \(run) events were withdrawals"
    case .keyPersonLeft(let name, let roles, let day, let daysAgo):
      let those = Contact.keyFlags.map { $0.replacingOccurrences(of: "-", with: " ") }
      return "\(name) (\(roles.map { $0.replacingOccurrences(of: "-", with: " ") }.joined(separator: ", "))) "
        + "left on \(day), \(daysAgo) day\(daysAgo == 1 ? "" : "s") ago, and no other "
        + "\(those.dropLast().joined(separator: ", ")) or \(those.last!) has been touched since: find who holds the account now"
    case .promiseOverdue(let what, let to, let days, let due):
      return "Promise '\(what)' to \(to) is \(days) day\(days == 1 ? "" : "s") overdue (due \(due))"
    case .tooManyPromises(let open, let limit):
      return "\(open) promises open, more than \(limit): promise only what you know you can deliver"
    case .promisesMissed(let missed, let closed, let share, let window):
      return "Missed \(missed) of the \(closed) promises kept or missed in \(window.wording), more than "
        + "\(Int((share * 100).rounded()))%: promise only what you know you can deliver"
    case .plannedTouchDue(let day, let days, let note):
      let when =
        days == 0
        ? "The touch planned for today is due"
        : "The touch planned for \(day) is \(days) day\(days == 1 ? "" : "s") overdue"
      return when + (note.isEmpty ? "" : ": \(note)")
    case .noPlan(let tier):
      return "No key account plan: tier \(tier.rawValue) accounts have one (objectives, initiatives, a review day)"
    case .planReviewOverdue(let due, let days):
      return "The plan's review was due on \(due), \(days) day\(days == 1 ? "" : "s") ago"
    case .singleThreaded(let name, let touches, let days, let accountLevel):
      let all = touches == 1 ? "The one touch" : "All \(touches) touches"
      guard accountLevel > 0 else {
        return "\(all) in the last \(days) days went to \(name): single-threaded"
      }
      return "\(all) to a person in the last \(days) days went to \(name) "
        + "(\(accountLevel) more to the account): single-threaded"
    case .reassess(let name, let watched, let due):
      return "Reassess \(name) (\(DriftReason.roles(watched))): due since \(due)"
    case .reassessUndated(let name, let watched):
      return "Give \(name) (\(DriftReason.roles(watched))) a date to reassess them"
    case .untouched(let name):
      return "No deposit or favour with \(name) yet"
    case .careerGoalUnserved(let name, let nextJob):
      return "\(name)'s career goal was never acted on: \(nextJob)"
    }
  }
}

extension DriftReason {
  /// The watched flags in words: "culture role model", "difficult".
  fileprivate static func roles(_ watched: [String]) -> String {
    watched.map { $0 == "role-model" ? "culture role model" : "difficult" }.joined(separator: ", ")
  }
}

extension DriftReason.Promise {
  fileprivate var wording: String {
    switch self {
    case .tier(let tier, let days): return "tier \(tier.rawValue) promises one every \(days) days"
    case .own(let days): return "this account is promised one every \(days) days"
    }
  }

  /// Whose promise it is, as in "tier A's promise".
  fileprivate var owner: String {
    switch self {
    case .tier(let tier, _): return "tier \(tier.rawValue)'s"
    case .own: return "the account's own"
    }
  }
}
