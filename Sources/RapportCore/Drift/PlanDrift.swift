extension Ledger {
  /// What the drift analysis says about an account's key account plan: a tier A or B account
  /// with no plan (no objective and no initiative), told with no point, and a plan whose review
  /// is more than `planReviewGraceDays` past its day, a point. A review a few days late is a busy
  /// week, not drift; an account with no plan is told that once, not also that its review is late.
  func planNotes(_ account: Account, on today: Day, settings: DriftSettings) -> [DriftReason] {
    let plan = account.keyPlan
    guard plan.exists else {
      return account.tier == .c ? [] : [.noPlan(tier: account.tier)]
    }
    guard let late = plan.reviewOverdueDays(on: today), late > settings.planReviewGraceDays,
      let review = plan.review
    else { return [] }
    return [.planReviewOverdue(due: review, days: late)]
  }
}

extension DriftReason {
  /// Whether this is the note that an account has no key account plan.
  public var isNoPlan: Bool {
    if case .noPlan = self { return true }
    return false
  }
}
