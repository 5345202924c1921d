import Foundation

/// What importing a vCard file would do: accounts to create, contacts to add, contacts that
/// exist to update field by field, and every problem found.
public struct ContactImportPlan: Hashable, Sendable {
  public var newAccounts: [Account] = []
  public var newContacts: [Contact] = []
  /// Contacts that exist, as they are to be written.
  public var editedContacts: [Contact] = []
  /// The same contacts as they were when the plan was made, for merging with edits made since.
  public var originals: [Contact] = []
  /// Cards that match a contact already as it is.
  public var unchanged = 0
  public var problems: [ImportProblem] = []

  public init() {}

  public var isClean: Bool { problems.isEmpty }

  /// `2 contacts added, 1 updated, 3 unchanged, 1 account created`.
  public func summary(dryRun: Bool) -> String {
    let verb = dryRun ? "to add" : "added"
    var parts = ["\(Counting.count(newContacts.count, "contact")) \(verb)"]
    parts.append("\(editedContacts.count) \(dryRun ? "to update" : "updated")")
    parts.append("\(unchanged) unchanged")
    if !newAccounts.isEmpty {
      parts.append("\(Counting.count(newAccounts.count, "account")) \(dryRun ? "to create" : "created")")
    }
    return parts.joined(separator: ", ")
  }
}

/// Contacts from vCards: FN is the name, the first part of ORG the account (matched by id, or
/// by name ignoring case and accents; created with `createAccounts`), TITLE the role, EMAIL and
/// TEL the `email:` and `phone:` lines. A card whose email address a contact has, or whose name
/// a contact of the same account has, updates that contact: the role when the card has one,
/// and the addresses and numbers it lacks; nothing is removed.
public enum VCardImport {
  /// What importing `text`, read from `file`, would do. With `account`, every card goes to that
  /// account and ORG is not read.
  public static func plan(
    _ text: String, file: String, ledger: Ledger, account fixed: String? = nil, createAccounts: Bool = false
  ) -> ContactImportPlan {
    var plan = ContactImportPlan()
    let (cards, problems) = VCardReader.read(text)
    plan.problems = problems.map { ImportProblem(file: file, line: $0.line, reason: $0.reason) }
    var accounts = ledger.accounts
    var contacts = ledger.contacts
    /// Indexes into `contacts` of those that exist and were changed, and of those to add.
    var edited: [Int] = []
    var added: [Int] = []
    let existing = ledger.contacts.count
    for card in cards {
      func problem(_ reason: String) {
        plan.problems.append(ImportProblem(file: file, line: card.line, reason: reason))
      }
      var bad = false
      for email in card.emails {
        if let reason = ContactAddress.emailProblem(email) {
          problem(reason)
          bad = true
        }
      }
      for phone in card.phones {
        if let reason = ContactAddress.phoneProblem(phone) {
          problem(reason)
          bad = true
        }
      }
      for (text, field) in [(card.name, "the name"), (card.title, "the title")] {
        if let found = TextSafety.problem(in: text, field: field) {
          problem(found.description)
          bad = true
        }
      }
      // The account.
      var accountID: String?
      if let fixed {
        accountID = fixed
      } else if card.organisation.isEmpty {
        problem("'\(card.name)' has no ORG: give --account ID to put the card's contact in one")
      } else if let found = accounts.first(where: {
        $0.id == card.organisation || fold($0.name) == fold(card.organisation)
      }) {
        accountID = found.id
      } else if createAccounts {
        if let found = TextSafety.problem(in: card.organisation, field: "the organisation") {
          problem(found.description)
          bad = true
        } else {
          let id = unique(
            Identifier.suggested(from: card.organisation), fallback: "account", taken: Set(accounts.map(\.id)))
          let account = Account(id: id, name: card.organisation, tier: .c)
          accounts.append(account)
          plan.newAccounts.append(account)
          accountID = id
        }
      } else {
        problem(
          "no account named '\(card.organisation)': add it, give --account ID, or --create-accounts to create it")
      }
      if let id = accountID, let account = accounts.first(where: { $0.id == id }), let note = account.archived {
        problem("the account '\(id)' was archived on \(note.day): unarchive it first")
        bad = true
      }
      guard let accountID, !bad else { continue }
      // The contact it is: by email anywhere, else by name in the account.
      let emails = Set(card.emails.map(ContactAddress.normalisedEmail))
      let match =
        contacts.indices.first { contacts[$0].emails.contains { emails.contains(ContactAddress.normalisedEmail($0)) } }
        ?? contacts.indices.first { contacts[$0].account == accountID && fold(contacts[$0].name) == fold(card.name) }
      if let index = match {
        var contact = contacts[index]
        if !card.title.isEmpty { contact.role = card.title }
        for email in card.emails
        where !contact.emails.contains(where: {
          ContactAddress.normalisedEmail($0) == ContactAddress.normalisedEmail(email)
        }) {
          contact.emails.append(email)
        }
        for phone in card.phones where !contact.phones.contains(where: { digits($0) == digits(phone) }) {
          contact.phones.append(phone)
        }
        if contact != contacts[index] {
          contacts[index] = contact
          if index < existing, !edited.contains(index) { edited.append(index) }
        } else if index < existing, !edited.contains(index) {
          plan.unchanged += 1
        }
      } else {
        let taken = Set(contacts.filter { $0.account == accountID }.map(\.id))
        var contact = Contact(
          account: accountID, id: unique(Identifier.suggested(from: card.name), fallback: "contact", taken: taken),
          name: card.name, role: card.title)
        contact.emails = card.emails
        contact.phones = card.phones
        added.append(contacts.count)
        contacts.append(contact)
      }
    }
    plan.editedContacts = edited.map { contacts[$0] }
    plan.originals = edited.map { ledger.contacts[$0] }
    plan.newContacts = added.map { contacts[$0] }
    plan.problems.sort { $0.line < $1.line }
    return plan
  }

  /// `name` without case, accents or repeated spaces, for matching.
  static func fold(_ name: String) -> String {
    name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The digits of a telephone number, for comparing two ways of writing it.
  static func digits(_ phone: String) -> String { String(phone.filter(\.isNumber)) }

  /// `id`, or `id-2`, `id-3`… when taken; `fallback` when `id` is empty.
  static func unique(_ id: String, fallback: String, taken: Set<String>) -> String {
    let base = id.isEmpty ? fallback : id
    guard taken.contains(base) else { return base }
    var n = 2
    while taken.contains("\(base.prefix(37))-\(n)") { n += 1 }
    return "\(base.prefix(37))-\(n)"
  }
}
