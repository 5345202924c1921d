/// What the drift review decided about an account: a touch planned, or a snooze.
extension Account {
  /// Whether the account is out of the review today: snoozed, or with a touch planned, until a
  /// day after today.
  public func isParked(on today: Day) -> Bool {
    (snoozedUntil.map { $0 > today } ?? false) || (plan.map { $0 > today } ?? false)
  }

  /// Whether a touch was planned for today or earlier.
  public func isPlanDue(on today: Day) -> Bool { plan.map { $0 <= today } ?? false }

  /// What was decided about the account in the review, as a sentence.
  public func parkedNote(on today: Day) -> String? {
    if let until = snoozedUntil, until > today {
      return "Snoozed until \(until)" + (snoozeReason.isEmpty ? "" : ": \(snoozeReason)")
    }
    if let plan {
      let when =
        plan < today
        ? "was planned for \(plan) (\(plan.days(to: today)) day\(plan.days(to: today) == 1 ? "" : "s") overdue)"
        : plan == today ? "due today" : "planned for \(plan)"
      return "Next touch \(when)" + (planNote.isEmpty ? "" : ": \(planNote)")
    }
    return nil
  }
}
