/// Where an initiative of a key account plan stands.
public enum InitiativeStatus: String, CaseIterable, Sendable, Codable {
  /// Thought of, not started: the default.
  case idea
  /// Being worked on.
  case active
  /// Delivered.
  case done
  /// Given up.
  case dropped

  /// Whether it is still to be done: an idea or active.
  public var isOpen: Bool { self == .idea || self == .active }
}

/// Something we mean to do for an account, as its plan says: what, where it stands, who owns
/// it, by when, and the contact it serves.
public struct Initiative: Hashable, Sendable {
  public var text: String
  public var status: InitiativeStatus
  public var due: Day?
  /// Who on our side owns it, when written.
  public var owner: String?
  /// The id of the account's contact it serves (within the account), when it serves one.
  public var contact: String?

  public init(
    _ text: String, status: InitiativeStatus = .idea, due: Day? = nil, owner: String? = nil, contact: String? = nil
  ) {
    self.text = text
    self.status = status
    self.due = due
    self.owner = owner
    self.contact = contact
  }
}

/// An account's key account plan: objectives beyond this financial year, the initiatives
/// that serve them, and the day the plan is next reviewed.
public struct AccountPlan: Hashable, Sendable {
  public var objectives: [String]
  public var initiatives: [Initiative]
  /// The plan's next review day.
  public var review: Day?

  public init(objectives: [String] = [], initiatives: [Initiative] = [], review: Day? = nil) {
    self.objectives = objectives
    self.initiatives = initiatives
    self.review = review
  }

  /// Whether there is a plan at all: an objective or an initiative (a review day alone is not one).
  public var exists: Bool { !objectives.isEmpty || !initiatives.isEmpty }

  /// The initiatives being worked on, in plan order.
  public var activeInitiatives: [Initiative] { initiatives.filter { $0.status == .active } }

  /// The initiatives still to be done (ideas and active ones) due on or before `day`, soonest
  /// first (ties in plan order).
  public func initiatives(dueBy day: Day) -> [Initiative] {
    initiatives.enumerated().compactMap { item -> (Day, Int, Initiative)? in
      guard item.element.status.isOpen, let due = item.element.due, due <= day else { return nil }
      return (due, item.offset, item.element)
    }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
  }

  /// Days the review is past its day on `today`; nil when there is no review day or it is not past.
  public func reviewOverdueDays(on today: Day) -> Int? {
    guard let review, review < today else { return nil }
    return review.days(to: today)
  }
}
