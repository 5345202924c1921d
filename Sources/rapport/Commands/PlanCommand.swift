import ArgumentParser
import Foundation
import RapportCore

/// `rapport plan ACCOUNT`: an account's key account plan, as text or JSON.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Print an account's key account plan: objectives, initiatives and the review day.",
    discussion: """
      The plan lives in the account's record in accounts.txt: objective: lines, initiative: \
      lines and plan-review:DATE in the header (see docs/FORMAT.md).

      Examples:
        rapport plan nordhavn          # objectives, initiatives, the next review
        rapport plan nordhavn --json   # the same for a script
      """)

  @OptionGroup var options: StoreOptions

  @Argument(help: "The account's id, as in 'rapport accounts'.", completion: StoreCompletion.accounts)
  var account: String

  @Flag(help: "Print JSON instead of text.")
  var json = false

  func run() throws {
    try options.withStore(writable: false) { store, today in
      let ledger = store.ledger
      guard let index = ledger.accountIndex(account) else {
        throw Problem("no account '\(account)' in \(store.path); 'rapport accounts' lists the accounts")
      }
      let entry = PlanJSON(ledger.accounts[index], ledger, today: today)
      if json {
        try Output.json(entry)
      } else {
        Output.say(PlanText.render(entry), terminator: "")
      }
      try reportErrors(of: store)
    }
  }
}

/// An account's plan in `rapport plan --json`, and what the text is made from.
struct PlanJSON: Encodable {
  struct InitiativeJSON: Encodable {
    var text: String
    var status: String
    var due: String?
    var owner: String?
    /// The contact's id within the account, and their name.
    var contact: String?
    var contactName: String?
    var daysOverdue: Int

    enum CodingKeys: String, CodingKey { case text, status, due, owner, contact, contactName, daysOverdue }
  }

  var account: String
  var name: String
  var tier: String
  var hasPlan: Bool
  var objectives: [String]
  var initiatives: [InitiativeJSON]
  var review: String?
  var reviewDaysOverdue: Int
  /// Days from today to the review, when it is today or ahead.
  var reviewInDays: Int?

  init(_ account: Account, _ ledger: Ledger, today: Day) {
    self.account = account.id
    name = account.name
    tier = account.tier.rawValue
    let plan = account.keyPlan
    hasPlan = plan.exists
    objectives = plan.objectives
    initiatives = plan.initiatives.map { initiative in
      InitiativeJSON(
        text: initiative.text, status: initiative.status.rawValue, due: initiative.due?.description,
        owner: initiative.owner, contact: initiative.contact,
        contactName: initiative.contact.flatMap { ledger.contactIndex("\(account.id)/\($0)") }.map {
          ledger.contacts[$0].name
        },
        daysOverdue: initiative.status.isOpen ? max(0, initiative.due.map { $0.days(to: today) } ?? 0) : 0)
    }
    review = plan.review?.description
    reviewDaysOverdue = plan.reviewOverdueDays(on: today) ?? 0
    reviewInDays = plan.review.flatMap { today <= $0 ? today.days(to: $0) : nil }
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(account, forKey: .account)
    try container.encode(name, forKey: .name)
    try container.encode(tier, forKey: .tier)
    try container.encode(hasPlan, forKey: .hasPlan)
    try container.encode(objectives, forKey: .objectives)
    try container.encode(initiatives, forKey: .initiatives)
    try container.encode(review, forKey: .review)
    try container.encode(reviewDaysOverdue, forKey: .reviewDaysOverdue)
  }

  enum CodingKeys: String, CodingKey {
    case account, name, tier, hasPlan, objectives, initiatives, review, reviewDaysOverdue
  }
}

extension PlanJSON.InitiativeJSON {
  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(text, forKey: .text)
    try container.encode(status, forKey: .status)
    try container.encode(due, forKey: .due)
    try container.encode(owner, forKey: .owner)
    try container.encode(contact, forKey: .contact)
    try container.encode(contactName, forKey: .contactName)
    try container.encode(daysOverdue, forKey: .daysOverdue)
  }
}

/// The plan as text: the review day, the objectives, and the initiatives as a table.
enum PlanText {
  static func render(_ plan: PlanJSON) -> String {
    var out = "\(plan.name) (\(plan.account), tier \(plan.tier)): key account plan\n"
    guard plan.hasPlan || plan.review != nil else {
      return out
        + "No plan yet: add objective: and initiative: lines, and plan-review:DATE, to its record in accounts.txt "
        + "(see docs/FORMAT.md).\n"
    }
    if let review = plan.review {
      let when =
        plan.reviewDaysOverdue > 0
        ? "\(days(plan.reviewDaysOverdue)) overdue"
        : plan.reviewInDays == 0 ? "today" : "in \(days(plan.reviewInDays ?? 0))"
      out += "Review: \(review) (\(when))\n"
    } else {
      out += "Review: no day set (plan-review:DATE)\n"
    }
    out += "\nObjectives\n"
    out += plan.objectives.isEmpty ? "  none\n" : plan.objectives.map { "  - \(oneLine($0))\n" }.joined()
    out += "\nInitiatives\n"
    guard !plan.initiatives.isEmpty else { return out + "  none\n" }
    var rows = [["STATUS", "DUE", "OWNER", "FOR", "INITIATIVE"]]
    for initiative in plan.initiatives {
      let due = initiative.due.map {
        $0 + (initiative.daysOverdue > 0 ? " (\(days(initiative.daysOverdue)) late)" : "")
      }
      rows.append([
        initiative.status, due ?? "-", initiative.owner ?? "-", initiative.contactName ?? initiative.contact ?? "-",
        oneLine(initiative.text),
      ])
    }
    let widths = (0..<5).map { column in rows.map { $0[column].count }.max()! }
    return out
      + rows.map { row in
        "  "
          + row.enumerated().map {
            $0.offset == 4 ? $0.element : $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0)
          }.joined(separator: "  ")
      }.joined(separator: "\n") + "\n"
  }

  static func days(_ n: Int) -> String { "\(n) day\(n == 1 ? "" : "s")" }

  static func oneLine(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: " ") }
}
