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
  /// Dated notes on their career, oldest first as written: `progress: 2026-10-01 Promoted`.
  public var progress: [DatedNote] = []
  /// The roles they held before, each with the day it ended: `previous-role: 2026-10-01 CFO`.
  public var previousRoles: [DatedNote] = []
  /// The day they left the account, and where to or why: `left: 2026-11-02 Joined Vestas`.
  public var left: DatedNote?
  /// The day the contact was archived, and why: their events stay in the account's equity.
  public var archived: DatedNote?
  /// Who last changed the record through Rapport, and when (`changed:`).
  public var changed: RecordChange?
  /// Their email addresses, one `email:` line each, as written: meetings are matched to
  /// contacts by them (see `ContactEmail`).
  public var emails: [String] = []
  /// Their telephone numbers, one `phone:` line each, as written.
  public var phones: [String] = []

  /// Whether the contact is archived.
  public var isArchived: Bool { archived != nil }

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

  /// Whether they had left the account by `day`.
  public func hasLeft(by day: Day) -> Bool { left.map { $0.day <= day } ?? false }

  /// The flags that make someone the account's key person: whoever decides, and whoever
  /// sponsors us inside it.
  public static let keyFlags = ["decision-maker", "champion", "sponsor"]

  /// Their flags that make them a key person, in `keyFlags` order.
  public var keyRoles: [String] { Contact.keyFlags.filter(flags.contains) }
}

/// A day and a note about it, as in `progress: 2026-10-01 Promoted to VP Operations`.
public struct DatedNote: Hashable, Sendable {
  public var day: Day
  public var text: String

  public init(day: Day, text: String = "") {
    self.day = day
    self.text = text
  }
}
