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
  /// Days between touches promised to this account, instead of its tier's.
  public var cadenceDays: Int?
  /// The next touch planned, and what it is.
  public var plan: Day?
  public var planNote: String
  /// The account is left out of the review until this day, for this reason.
  public var snoozedUntil: Day?
  public var snoozeReason: String

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

/// A person at a client account, with their professional and personal side.
public struct Contact: Hashable, Sendable {
  public var account: String
  public var id: String
  public var name: String
  public var role: String
  /// Words such as `decision-maker`, `difficult`, `role-model`.
  public var flags: [String]
  /// When a culture role model or difficult person should be looked at again.
  public var reassess: Day?
  public var nextJob: String
  public var measuredBy: String
  public var worries: String
  public var help: String
  public var personal: String

  public init(
    account: String, id: String, name: String, role: String = "", flags: [String] = [],
    reassess: Day? = nil, nextJob: String = "", measuredBy: String = "", worries: String = "",
    help: String = "", personal: String = ""
  ) {
    self.account = account
    self.id = id
    self.name = name
    self.role = role
    self.flags = flags
    self.reassess = reassess
    self.nextJob = nextJob
    self.measuredBy = measuredBy
    self.worries = worries
    self.help = help
    self.personal = personal
  }

  /// `account/contact`, as written in events.
  public var key: String { "\(account)/\(id)" }
}

/// What an event does to a relationship.
public enum EventType: UInt8, CaseIterable, Sendable {
  case deposit, withdrawal, favourGiven, favourAsked

  /// The word used in the events file.
  public var word: String {
    switch self {
    case .deposit: return "deposit"
    case .withdrawal: return "withdrawal"
    case .favourGiven: return "favour-given"
    case .favourAsked: return "favour-asked"
    }
  }

  /// The type in words, capitalised: "Favour given".
  public var label: String {
    switch self {
    case .deposit: return "Deposit"
    case .withdrawal: return "Withdrawal"
    case .favourGiven: return "Favour given"
    case .favourAsked: return "Favour asked"
    }
  }

  /// Deposits and favours are touches: contact we made that builds the relationship.
  public var isTouch: Bool { self != .withdrawal }

  /// Withdrawals carry negative weights; everything else positive.
  public var isNegative: Bool { self == .withdrawal }

  /// Accepts the store's words and the US spelling `favor-`.
  public init?(word: String) {
    switch word {
    case "deposit": self = .deposit
    case "withdrawal": self = .withdrawal
    case "favour-given", "favor-given": self = .favourGiven
    case "favour-asked", "favor-asked": self = .favourAsked
    default: return nil
    }
  }
}

/// One event as a caller sees it, materialised from the compact in-memory log.
public struct Event: Hashable, Sendable {
  public var id: String
  public var day: Day
  public var account: String
  public var contact: String?
  public var type: EventType
  public var kind: String
  public var weight: Weight
  public var note: String
  public var voided: Bool
  /// 1-based line in the events file.
  public var line: Int

  /// `account` or `account/contact`.
  public var target: String { contact.map { "\(account)/\($0)" } ?? account }
}

/// An event to be recorded.
public struct EventDraft: Hashable, Sendable {
  public var day: Day
  public var account: String
  public var contact: String?
  public var type: EventType
  public var kind: String
  public var weight: Weight
  public var note: String

  public init(
    day: Day, account: String, contact: String? = nil, type: EventType, kind: String,
    weight: Weight,
    note: String = ""
  ) {
    self.day = day
    self.account = account
    self.contact = contact
    self.type = type
    self.kind = kind
    self.weight = weight
    self.note = note
  }
}
