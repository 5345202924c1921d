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
