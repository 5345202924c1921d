import RapportCore

/// One contact in `rapport contacts --json`: who they are, how to reach them (email addresses and
/// phone numbers: contact details, not personal notes), the roles they held and whether they
/// left, the favours of the reciprocity window and the last help with their career. Their
/// personal notes are not part of it (the README's "Privacy"); nor, to keep it short, their
/// career side, which `rapport export --what contacts` and `rapport brief` give.
struct ContactEntry: Encodable {
  var id: String
  var account: String
  var name: String
  /// The role they hold now (or held when they left).
  var role: String
  var flags: [String]
  /// Their `email:` lines, as written.
  var emails: [String]
  /// Their `phone:` lines, as written.
  var phones: [String]
  /// Latest deposit or favour, `YYYY-MM-DD`.
  var lastTouch: String?
  /// Latest deposit or favour given for their career, `YYYY-MM-DD`; null when never.
  var careerHelp: String?
  /// The day they left and where to; null while they are there.
  var left: Left?
  /// The roles they held before, each with the day it ended, as written.
  var previousRoles: [PreviousRole]
  var reciprocity: Reciprocity

  struct Left: Encodable {
    var day: String
    var note: String
  }

  struct PreviousRole: Encodable {
    var until: String
    var role: String
  }

  private enum CodingKeys: String, CodingKey {
    case id, account, name, role, flags, emails, phones, lastTouch, careerHelp, left, previousRoles, reciprocity
  }

  /// As synthesised, except that `careerHelp` and `left` are written as null when absent, so
  /// that every contact has the same keys.
  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(account, forKey: .account)
    try container.encode(name, forKey: .name)
    try container.encode(role, forKey: .role)
    try container.encode(flags, forKey: .flags)
    try container.encode(emails, forKey: .emails)
    try container.encode(phones, forKey: .phones)
    try container.encodeIfPresent(lastTouch, forKey: .lastTouch)
    try container.encode(careerHelp, forKey: .careerHelp)
    try container.encode(left, forKey: .left)
    try container.encode(previousRoles, forKey: .previousRoles)
    try container.encode(reciprocity, forKey: .reciprocity)
  }

  /// The favours by weight in the window, and what is owed either way.
  struct Reciprocity: Encodable {
    var given: Double
    var asked: Double
    var owedToUs: Double
    var weOwe: Double
    var window: Window
  }

  /// The days the favours were weighed over, first and last included.
  struct Window: Encodable {
    var days: Int
    var from: String
    var to: String
  }

  init(contact index: Int, in ledger: Ledger, window: FavourWindow) {
    let contact = ledger.contacts[index]
    let favours = ledger.favours(contact: index, in: window).balance
    id = contact.id
    account = contact.account
    name = contact.name
    role = contact.role
    flags = contact.flags
    emails = contact.emails
    phones = contact.phones
    let totals = ledger.totals(contact: index)
    lastTouch = totals.lastTouch?.description
    careerHelp = totals.lastCareerHelp?.description
    left = contact.left.map { Left(day: $0.day.description, note: $0.text) }
    previousRoles = contact.previousRoles.map { PreviousRole(until: $0.day.description, role: $0.text) }
    reciprocity = Reciprocity(
      given: favours.given, asked: favours.asked, owedToUs: Double(favours.owedToUsHundredths) / 100,
      weOwe: Double(favours.weOweHundredths) / 100,
      window: Window(days: window.days, from: window.first.description, to: window.last.description))
  }
}
