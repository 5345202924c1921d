/// Where the review's decisions put an account, in the order it is looked at.
public enum Decision: Int, Comparable, Sendable {
  /// A touch was planned for today or before.
  case due
  /// Nothing decided that holds today.
  case open
  /// Snoozed, or a touch planned for later.
  case parked

  public static func < (a: Decision, b: Decision) -> Bool { a.rawValue < b.rawValue }
}

/// What the drift review decided about an account: a touch planned, or a snooze.
extension Account {
  /// Where the review's decisions put the account today: a touch due (planned for today or
  /// before), parked (snoozed, or a touch planned for later), or open.
  public func decision(on today: Day) -> Decision {
    if let plan, plan <= today { return .due }
    if let snoozedUntil, snoozedUntil > today { return .parked }
    return plan == nil ? .open : .parked
  }

  /// What was decided about the account in the review and holds it back, as a sentence: a
  /// snooze, or a touch planned for later. A touch planned for today or before is no longer
  /// parked: the drift analysis tells it among the reasons (`DriftReason.plannedTouchDue`).
  public func parkedNote(on today: Day) -> String? {
    guard decision(on: today) == .parked else { return nil }
    if let until = snoozedUntil, until > today {
      return "Snoozed until \(until)" + (snoozeReason.isEmpty ? "" : ": \(snoozeReason)")
    }
    if let plan {
      return "Next touch planned for \(plan)" + (planNote.isEmpty ? "" : ": \(planNote)")
    }
    return nil
  }
}
