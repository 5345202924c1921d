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

  /// Whether an event of this type can be done for someone's career (`for:career`): a deposit
  /// or a favour given, never a withdrawal or a favour asked.
  public var canBeCareerHelp: Bool { self == .deposit || self == .favourGiven }

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
  /// Done for the contact's career: tagged `for:career`, or of the kind `career-help`.
  public var forCareer: Bool = false
  /// Who recorded it (`by:`), when the line says.
  public var author: Author? = nil

  /// `account` or `account/contact`.
  public var target: String { contact.map { "\(account)/\($0)" } ?? account }

  /// Whether its note is a personal note: one about a person (recorded against
  /// `account/contact`, which `rapport forget` takes away with them). A whole account's notes
  /// are business notes (the README's "Privacy").
  public var noteIsPersonal: Bool { contact != nil }
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
  /// Done for the contact's career: written as the tag `for:career`.
  public var forCareer: Bool
  /// Where an imported event came from, written as the tag `src:TEXT` (see `EventSource`), so
  /// that importing the same file again adds nothing twice.
  public var source: EventSource?

  public init(
    day: Day, account: String, contact: String? = nil, type: EventType, kind: String,
    weight: Weight,
    note: String = "", forCareer: Bool = false, source: EventSource? = nil
  ) {
    self.forCareer = forCareer
    self.source = source
    self.day = day
    self.account = account
    self.contact = contact
    self.type = type
    self.kind = kind
    self.weight = weight
    self.note = note
  }
}
