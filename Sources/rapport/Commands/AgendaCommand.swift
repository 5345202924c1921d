import ArgumentParser
import Foundation
import RapportCore
import RapportUI

/// `rapport agenda`: what is due in the next days, overdue first, by day.
struct AgendaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "agenda",
    abstract: "What is due in the next days, everything overdue first, by day.",
    discussion: """
      Planned touches (plan:), open promises, initiatives of the key account plans still ideas \
      or active, reassessments of people still there (reassess:), and plan reviews \
      (plan-review:). Within a day: promises, touches, initiatives, plan reviews, then \
      reassessments.

      Examples:
        rapport agenda              # Monday morning: overdue, today, next 6 days
        rapport agenda --days 1     # overdue and today
        rapport agenda --days 30 --json
        rapport agenda --archived   # archived accounts and contacts too
        rapport agenda --mine       # only what is due on the accounts I own
        rapport agenda --owner jane --json
      """)

  @OptionGroup var options: StoreOptions

  @OptionGroup var owners: OwnerOptions

  @Option(help: "How many days ahead, today included (1 to 366).")
  var days = 7

  @Flag(help: "Print JSON instead of text.")
  var json = false

  @Flag(help: "Include archived accounts and contacts.")
  var archived = false

  func validate() throws {
    guard (1...366).contains(days) else {
      throw ValidationError("--days \(days): give a number of days from 1 to 366, such as 7")
    }
  }

  func run() throws {
    let config = try Config.load()
    try options.withStore(writable: false, config: config) { store, today in
      let ledger = store.ledger
      let owner = try owners.chosen(in: store, config: config, includingArchived: archived)
      let agenda = ledger.agenda(on: today, days: days, includingArchived: archived, owner: owner)
      if json {
        try Output.json(agenda.items.map { AgendaItemJSON($0, ledger) })
      } else {
        Output.say(AgendaText.render(agenda, ledger), terminator: "")
      }
      try reportErrors(of: store)
    }
  }
}

/// One agenda line in `rapport agenda --json`, in agenda order.
struct AgendaItemJSON: Encodable {
  var day: String
  /// `touch`, `promise`, `initiative`, `plan-review` or `reassess`.
  var kind: String
  var account: String
  var accountName: String
  var contact: String?
  var contactName: String?
  var text: String
  var overdueDays: Int
  /// The promise's id, for `rapport promise keep`.
  var promise: String?
  /// The initiative's status: idea or active.
  var status: String?

  init(_ item: AgendaItem, _ ledger: Ledger) {
    day = item.day.description
    kind = AgendaText.word(item.kind)
    account = ledger.accounts[item.account].id
    accountName = ledger.accounts[item.account].name
    contact = item.contact.map { ledger.contacts[$0].id }
    contactName = item.contact.map { ledger.contacts[$0].name }
    // What to do, as the table says it when the item carries no text of its own.
    switch item.kind {
    case .reassessment: text = "reassess them"
    case .planReview: text = "review the key account plan"
    case .plannedTouch where item.text.isEmpty: text = "a touch planned"
    default: text = item.text
    }
    overdueDays = item.overdueDays
    switch item.kind {
    case .promiseDue(let id): promise = id
    case .initiativeDue(_, let initiativeStatus): status = initiativeStatus.rawValue
    default: break
    }
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(day, forKey: .day)
    try container.encode(kind, forKey: .kind)
    try container.encode(account, forKey: .account)
    try container.encode(accountName, forKey: .accountName)
    try container.encode(contact, forKey: .contact)
    try container.encode(contactName, forKey: .contactName)
    try container.encode(text, forKey: .text)
    try container.encode(overdueDays, forKey: .overdueDays)
    try container.encode(promise, forKey: .promise)
    try container.encode(status, forKey: .status)
  }

  enum CodingKeys: String, CodingKey {
    case day, kind, account, accountName, contact, contactName, text, overdueDays, promise, status
  }
}

/// The agenda as text: a heading per group ("Overdue", "Today", "Tomorrow", then the weekday and
/// the date), and a line per item: what kind, for whom, what.
enum AgendaText {
  static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

  static func word(_ kind: AgendaItemKind) -> String {
    switch kind {
    case .plannedTouch: return "touch"
    case .promiseDue: return "promise"
    case .initiativeDue: return "initiative"
    case .planReview: return "plan-review"
    case .reassessment: return "reassess"
    }
  }

  /// `Monday 2026-11-23`.
  static func dated(_ day: Day) -> String {
    // 1970-01-01, day 0, was a Thursday (3 counting from Monday).
    "\(weekdays[Int(((day.ordinal + 3) % 7 + 7) % 7)]) \(day)"
  }

  static func heading(_ when: AgendaGroup.When, today: Day) -> String {
    switch when {
    case .overdue: return "Overdue"
    case .day(let day) where day == today: return "Today · \(dated(day))"
    case .day(let day) where day == today.adding(days: 1): return "Tomorrow · \(dated(day))"
    case .day(let day): return dated(day)
    }
  }

  static func render(_ agenda: Agenda, _ ledger: Ledger) -> String {
    let last = agenda.today.adding(days: agenda.days - 1)
    let span = agenda.days == 1 ? "today" : "\(agenda.today) to \(last)"
    guard !agenda.groups.isEmpty else { return "Nothing due or overdue (\(span)).\n" }
    // Names are not cut: the column is as wide as the widest, in terminal cells.
    let whoWidth =
      agenda.groups.flatMap(\.items).map { DisplayWidth.of(InertText.visible(PlanText.oneLine(who($0, ledger)))) }
      .max() ?? 0
    var out = ""
    for group in agenda.groups {
      out += (out.isEmpty ? "" : "\n") + heading(group.when, today: agenda.today) + "\n"
      for item in group.items {
        let overdue = group.when == .overdue
        var line =
          "  " + (overdue ? "\(item.day)  " : "") + word(item.kind).padding(toLength: 11, withPad: " ", startingAt: 0)
        line += " " + DisplayWidth.fit(InertText.visible(PlanText.oneLine(who(item, ledger))), to: whoWidth)
        line += "  " + what(item, ledger)
        if item.overdueDays > 0 { line += " · \(PlanText.days(item.overdueDays)) overdue" }
        out += line + "\n"
      }
    }
    return out
  }

  /// The contact and the account, or the account.
  private static func who(_ item: AgendaItem, _ ledger: Ledger) -> String {
    let account = ledger.accounts[item.account].name
    return item.contact.map { "\(ledger.contacts[$0].name) (\(account))" } ?? account
  }

  private static func what(_ item: AgendaItem, _ ledger: Ledger) -> String {
    let text = PlanText.oneLine(item.text)
    switch item.kind {
    case .plannedTouch: return text.isEmpty ? "a touch planned" : text
    case .promiseDue(let id): return "\(text) (\(id))"
    case .initiativeDue(_, let status): return "\(text) (\(status.rawValue))"
    case .planReview: return "review the key account plan ('rapport plan \(ledger.accounts[item.account].id)')"
    case .reassessment: return "reassess them"
    }
  }
}
