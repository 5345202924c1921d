/// One account's brief, as a document: what a manager reads before the meeting tomorrow, or
/// when they take the account over (seed 004: "everyone must be fully inducted": history,
/// relationships, culture, do's and don'ts, difficult people). Built from the ledger by
/// `Ledger.brief(account:on:thresholds:personal:)`; `BriefText` and `BriefMarkdown` render it.
///
/// Personal notes (a contact's `personal:` field and the notes of events with a person, which
/// `rapport forget` takes away with them; see `Event.noteIsPersonal`) are in it only when it was
/// built with `personal`. The career side and the notes of a whole account's events always are.
public struct Brief: Hashable, Sendable {
  public var today: Day
  /// Whether personal notes were asked for.
  public var personal: Bool
  public var account: AccountPart
  /// The biggest deposits and withdrawals of the last year, oldest first.
  public var story: [StoryEvent]
  /// The key account plan's objectives, as written.
  public var objectives: [String]
  /// The culture's paragraphs (`FoldedText`): its hard-wrapped lines joined, an empty string
  /// where the writer left a blank line.
  public var culture: [String]
  public var dos: [String]
  public var donts: [String]
  /// Decision makers, culture role models and difficult people still at the account.
  public var keyPeople: [KeyGroup]
  /// The people still at the account, decision makers first, then by name.
  public var people: [Person]
  /// The people who left, the latest first.
  public var left: [Person]
  public var promises: [OpenPromise]
  public var planned: [PlannedTouch]
  public var drift: DriftPart

  /// The account's facts and its equity.
  public struct AccountPart: Hashable, Sendable {
    public var id: String
    public var name: String
    public var tier: Tier
    public var owner: String?
    public var won: Day?
    public var archived: Day?
    /// Equity now, in hundredths of a point.
    public var equityHundredths: Int
    /// Equity a year ago (the events up to 365 days before today).
    public var equityYearAgoHundredths: Int
    /// Equity decayed to today.
    public var decayed: Double
    public var lastTouch: Day?
  }

  /// A deposit or a withdrawal told in the story.
  public struct StoryEvent: Hashable, Sendable {
    public var day: Day
    public var type: EventType
    public var kind: String
    public var weight: Weight
    /// The person it was with; nil when it was with the whole account.
    public var with: String?
    /// The event's note, when it has one: a person's only in a personal brief.
    public var note: String?
  }

  /// The flags the brief lists people by, in its order.
  public enum KeyFlag: String, CaseIterable, Hashable, Sendable {
    case decisionMaker = "decision-maker"
    case roleModel = "role-model"
    case difficult

    /// The group's heading.
    public var title: String {
      switch self {
      case .decisionMaker: "Decision makers"
      case .roleModel: "Culture role models"
      case .difficult: "Difficult people"
      }
    }
  }

  /// The people with one flag, with when to look at them again.
  public struct KeyGroup: Hashable, Sendable {
    public var flag: KeyFlag
    public var people: [KeyPerson]
  }

  public struct KeyPerson: Hashable, Sendable {
    public var name: String
    public var role: String
    public var reassess: Day?
  }

  /// A person: their role, their career side, and the last touch with them.
  public struct Person: Hashable, Sendable {
    public var id: String
    public var name: String
    public var role: String
    public var flags: [String]
    public var reassess: Day?
    public var nextJob: String
    public var measuredBy: String
    public var worries: String
    public var help: String
    public var lastTouch: Touch?
    /// The day they left and where to; nil while they are there.
    public var left: DatedNote?
    /// Their personal notes: only in a personal brief.
    public var personalNotes: String?
  }

  /// The latest deposit or favour with someone.
  public struct Touch: Hashable, Sendable {
    public var day: Day
    public var type: EventType
    public var kind: String
    /// Only in a personal brief.
    public var note: String?
  }

  public struct OpenPromise: Hashable, Sendable {
    public var what: String
    /// The person or the account it was made to.
    public var to: String
    public var due: Day
    public var by: String?
    public var daysOverdue: Int
  }

  /// A touch planned from the review, an open initiative of the plan, or the plan's review.
  public struct PlannedTouch: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
      case touch
      case initiative(InitiativeStatus)
      case planReview
    }
    public var source: Source
    public var day: Day?
    public var text: String
    public var owner: String?
    /// The person an initiative serves.
    public var serves: String?
  }

  /// The drift status and its reasons, as `rapport drift` words them.
  public struct DriftPart: Hashable, Sendable {
    public var status: DriftStatus
    public var parked: String?
    public var reasons: [String]
    public var notes: [String]
  }
}
