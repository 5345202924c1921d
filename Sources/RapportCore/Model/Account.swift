/// Service tier of an account: how often it is promised a touch (see `DriftSettings`).
public enum Tier: String, CaseIterable, Sendable, Comparable {
  case a = "A"
  case b = "B"
  case c = "C"

  public static func < (x: Tier, y: Tier) -> Bool { x.rawValue < y.rawValue }
}

/// A client account and its culture notes.
public struct Account: Hashable, Sendable {
  public var id: String
  public var name: String
  public var tier: Tier
  public var won: Day?
  public var owner: String?
  /// Culture notes; may span several lines.
  public var culture: String
  public var dos: [String]
  public var donts: [String]
  /// Days between touches promised to this account, instead of its tier's (in `cadenceRange`).
  public var cadenceDays: Int?
  /// The days a `cadence:` may be: from daily to once in ten years.
  public static let cadenceRange = 1...3650
  /// The next touch planned, and what it is.
  public var plan: Day?
  public var planNote: String
  /// The account is left out of the review until this day, for this reason.
  public var snoozedUntil: Day?
  public var snoozeReason: String
  /// The key account plan: objectives, initiatives and the plan's review day.
  public var keyPlan = AccountPlan()
  /// The day the account was archived, and why: kept with its history, left out of the lists.
  public var archived: DatedNote?
  /// Who last changed the record through Rapport, and when (`changed:`).
  public var changed: RecordChange?

  /// Whether the account is archived.
  public var isArchived: Bool { archived != nil }

  public init(
    id: String, name: String, tier: Tier, won: Day? = nil, owner: String? = nil,
    culture: String = "",
    dos: [String] = [], donts: [String] = [], cadenceDays: Int? = nil, plan: Day? = nil, planNote: String = "",
    snoozedUntil: Day? = nil, snoozeReason: String = ""
  ) {
    self.id = id
    self.name = name
    self.tier = tier
    self.won = won
    self.owner = owner
    self.culture = culture
    self.dos = dos
    self.donts = donts
    self.cadenceDays = cadenceDays
    self.plan = plan
    self.planNote = planNote
    self.snoozedUntil = snoozedUntil
    self.snoozeReason = snoozeReason
  }
}
