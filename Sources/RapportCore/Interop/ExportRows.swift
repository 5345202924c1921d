/// Whether an export carries personal notes.
///
/// Personal notes, as Rapport treats them everywhere (the brief, `rapport contacts`, `rapport
/// forget`; the README's "Privacy"): a contact's `personal:` notes, and the notes of the events
/// recorded against a person (`acme/jane`, `Event.noteIsPersonal`), which `rapport forget` takes
/// away with them. Names, roles, flags, email addresses and phone numbers, the career side
/// (what a brief gives everyone who takes the account over), an account's culture notes and the
/// notes of events recorded against a whole account are not.
public enum ExportPrivacy: Sendable, Hashable {
  /// Personal notes left out: the default.
  case withoutPersonal
  /// Personal notes included (`--personal`).
  case withPersonal

  public var includesPersonal: Bool { self == .withPersonal }
}

/// Which events an export takes: live ones (a voided event is left out; a restored one counts),
/// of one account or all, from a day on or all.
public struct EventSelection: Sendable, Hashable {
  public var account: String?
  public var since: Day?

  public init(account: String? = nil, since: Day? = nil) {
    self.account = account
    self.since = since
  }

  /// Positions of the selected events, by day and, within a day, in file order (the order in
  /// which they count).
  public func events(in ledger: Ledger) -> [Int] {
    var positions: [Int]
    if let account {
      guard let index = ledger.accountIndex(account) else { return [] }
      positions = ledger.events(ofAccount: index)
    } else {
      positions = Array(0..<ledger.eventCount)
    }
    positions.removeAll { position in
      ledger.event(position, noteLimit: 0).voided || since.map { ledger.eventDay(position) < $0 } ?? false
    }
    return positions.enumerated().sorted { a, b in
      (ledger.eventDay(a.element), a.offset) < (ledger.eventDay(b.element), b.offset)
    }.map(\.element)
  }
}

/// One event as exported: the columns `rapport import csv` reads, its id among them.
public struct EventRow: Encodable, Hashable, Sendable {
  public var date: String
  public var account: String
  /// The contact's id within the account; empty for an event of the whole account.
  public var contact: String
  public var type: String
  public var kind: String
  /// Signed, as in the events file: `+3`, `-2`, `+1.5`; a number in JSON.
  public var weight: String
  /// The weight in hundredths.
  public var hundredths: Int
  /// Empty when the note is personal and not asked for.
  public var note: String
  public var id: String
  /// Done for the contact's career (`for:career`, or the kind `career-help`): in CSV the
  /// column `for`, `career` or empty.
  public var forCareer: Bool
  /// Who recorded it (`by:`), when the line says; in JSON only.
  public var author: String?

  /// The CSV header, in column order: the event line's order (`for:career` after the note).
  public static let header = ["date", "account", "contact", "type", "kind", "weight", "note", "for", "id"]

  public var fields: [String] { [date, account, contact, type, kind, weight, note, forCareer ? "career" : "", id] }

  public init(_ event: Event, privacy: ExportPrivacy) {
    date = event.day.description
    account = event.account
    contact = event.contact ?? ""
    type = event.type.word
    kind = event.kind
    weight = event.weight.description
    hundredths = Int(event.weight.hundredths)
    note = event.noteIsPersonal && !privacy.includesPersonal ? "" : event.note
    id = event.id
    forCareer = event.forCareer
    author = event.author?.name
  }

  private enum CodingKeys: String, CodingKey {
    case date, account, contact, type, kind, weight, note, id, forCareer, author
  }

  /// As synthesised, except that the weight is a number (`-2.25`), not the text of the CSV.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(date, forKey: .date)
    try container.encode(account, forKey: .account)
    try container.encode(contact, forKey: .contact)
    try container.encode(type, forKey: .type)
    try container.encode(kind, forKey: .kind)
    try container.encode(Double(hundredths) / 100, forKey: .weight)
    try container.encode(note, forKey: .note)
    try container.encode(id, forKey: .id)
    try container.encode(forCareer, forKey: .forCareer)
    try container.encode(author, forKey: .author)
  }

  /// The rows of the selected events.
  public static func rows(in ledger: Ledger, selection: EventSelection, privacy: ExportPrivacy) -> [EventRow] {
    selection.events(in: ledger).map { EventRow(ledger.event($0), privacy: privacy) }
  }
}

/// One account as exported: its record's fields and its equity.
public struct AccountRow: Encodable, Hashable, Sendable {
  public var id: String
  public var name: String
  public var tier: String
  public var won: String?
  public var owner: String?
  public var culture: String
  public var dos: [String]
  public var donts: [String]
  public var cadenceDays: Int?
  public var plan: String?
  public var planNote: String
  public var archived: String?
  public var archivedReason: String?
  /// The undecayed sum of its live events' weights.
  public var equity: Double
  /// Live events.
  public var events: Int

  public static let header = [
    "id", "name", "tier", "won", "owner", "culture", "dos", "donts", "cadence_days", "plan", "plan_note", "archived",
    "archived_reason", "equity", "events",
  ]

  /// The fields in `header` order; lists one item a line, in one quoted field.
  public var fields: [String] {
    [
      id, name, tier, won ?? "", owner ?? "", culture, dos.joined(separator: "\n"), donts.joined(separator: "\n"),
      cadenceDays.map(String.init) ?? "", plan ?? "", planNote, archived ?? "", archivedReason ?? "",
      Weight.format(hundredths: Int((equity * 100).rounded()), signed: false), String(events),
    ]
  }

  public init(account index: Int, in ledger: Ledger) {
    let account = ledger.accounts[index]
    let totals = ledger.totals(account: index)
    id = account.id
    name = account.name
    tier = account.tier.rawValue
    won = account.won?.description
    owner = account.owner
    culture = account.culture
    dos = account.dos
    donts = account.donts
    cadenceDays = account.cadenceDays
    plan = account.plan?.description
    planNote = account.planNote
    archived = account.archived?.day.description
    archivedReason = account.archived?.text
    equity = totals.balance
    events = totals.events
  }

  private enum CodingKeys: String, CodingKey {
    case id, name, tier, won, owner, culture, dos, donts, cadenceDays, plan, planNote, archived, archivedReason
    case equity, events
  }

  /// As synthesised, except that absent values are written as null, so that every account has
  /// the same keys.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(name, forKey: .name)
    try container.encode(tier, forKey: .tier)
    try container.encode(won, forKey: .won)
    try container.encode(owner, forKey: .owner)
    try container.encode(culture, forKey: .culture)
    try container.encode(dos, forKey: .dos)
    try container.encode(donts, forKey: .donts)
    try container.encode(cadenceDays, forKey: .cadenceDays)
    try container.encode(plan, forKey: .plan)
    try container.encode(planNote, forKey: .planNote)
    try container.encode(archived, forKey: .archived)
    try container.encode(archivedReason, forKey: .archivedReason)
    try container.encode(equity, forKey: .equity)
    try container.encode(events, forKey: .events)
  }

  /// Every account, archived ones included, in file order; or the one asked for.
  public static func rows(in ledger: Ledger, account: String?) -> [AccountRow] {
    let indices = account.map { ledger.accountIndex($0).map { [$0] } ?? [] } ?? Array(ledger.accounts.indices)
    return indices.map { AccountRow(account: $0, in: ledger) }
  }
}

/// One contact as exported: who they are, how to reach them, their career side and their
/// history at the account; their personal notes only with `ExportPrivacy.withPersonal` (absent
/// otherwise, not empty).
public struct ContactRow: Encodable, Hashable, Sendable {
  public var account: String
  public var id: String
  public var name: String
  public var role: String
  public var flags: [String]
  public var reassess: String?
  public var previousRoles: [String]
  public var left: String?
  public var leftNote: String?
  public var archived: String?
  public var archivedReason: String?
  public var equity: Double
  public var events: Int
  public var emails: [String]
  public var phones: [String]
  public var nextJob: String
  public var measuredBy: String
  public var worries: String
  public var help: String
  public var progress: [String]
  /// Set exactly with `ExportPrivacy.withPersonal`.
  public var personal: String?

  /// The header: the personal column last, and only when it is included.
  public static func header(privacy: ExportPrivacy) -> [String] {
    [
      "account", "id", "name", "role", "flags", "reassess", "previous_roles", "left", "left_note", "archived",
      "archived_reason", "equity", "events", "emails", "phones", "next_job", "measured_by", "worries", "help",
      "progress",
    ] + (privacy.includesPersonal ? ["personal"] : [])
  }

  /// The fields in `header` order; lists and dated notes (`DAY TEXT`) one a line.
  public func fields(privacy: ExportPrivacy) -> [String] {
    [
      account, id, name, role, flags.joined(separator: ","), reassess ?? "", previousRoles.joined(separator: "\n"),
      left ?? "", leftNote ?? "", archived ?? "", archivedReason ?? "",
      Weight.format(hundredths: Int((equity * 100).rounded()), signed: false), String(events),
      emails.joined(separator: "\n"), phones.joined(separator: "\n"), nextJob, measuredBy, worries, help,
      progress.joined(separator: "\n"),
    ] + (privacy.includesPersonal ? [personal ?? ""] : [])
  }

  public init(contact index: Int, in ledger: Ledger, privacy: ExportPrivacy) {
    let contact = ledger.contacts[index]
    let totals = ledger.totals(contact: index)
    account = contact.account
    id = contact.id
    name = contact.name
    role = contact.role
    flags = contact.flags
    reassess = contact.reassess?.description
    previousRoles = contact.previousRoles.map(Self.dated)
    left = contact.left?.day.description
    leftNote = contact.left?.text
    archived = contact.archived?.day.description
    archivedReason = contact.archived?.text
    equity = totals.balance
    events = totals.events
    emails = contact.emails
    phones = contact.phones
    nextJob = contact.nextJob
    measuredBy = contact.measuredBy
    worries = contact.worries
    help = contact.help
    progress = contact.progress.map(Self.dated)
    if privacy.includesPersonal { personal = contact.personal }
  }

  private enum CodingKeys: String, CodingKey {
    case account, id, name, role, flags, reassess, previousRoles, left, leftNote, archived, archivedReason, equity
    case events, emails, phones, nextJob, measuredBy, worries, help, progress, personal
  }

  /// Absent values as null, so that every contact has the same keys; `personal` only when it
  /// was asked for.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(account, forKey: .account)
    try container.encode(id, forKey: .id)
    try container.encode(name, forKey: .name)
    try container.encode(role, forKey: .role)
    try container.encode(flags, forKey: .flags)
    try container.encode(reassess, forKey: .reassess)
    try container.encode(previousRoles, forKey: .previousRoles)
    try container.encode(left, forKey: .left)
    try container.encode(leftNote, forKey: .leftNote)
    try container.encode(archived, forKey: .archived)
    try container.encode(archivedReason, forKey: .archivedReason)
    try container.encode(equity, forKey: .equity)
    try container.encode(events, forKey: .events)
    try container.encode(emails, forKey: .emails)
    try container.encode(phones, forKey: .phones)
    try container.encode(nextJob, forKey: .nextJob)
    try container.encode(measuredBy, forKey: .measuredBy)
    try container.encode(worries, forKey: .worries)
    try container.encode(help, forKey: .help)
    try container.encode(progress, forKey: .progress)
    try container.encodeIfPresent(personal, forKey: .personal)
  }

  private static func dated(_ note: DatedNote) -> String {
    note.text.isEmpty ? note.day.description : "\(note.day) \(note.text)"
  }

  /// Every contact, archived ones included, in file order; or one account's.
  public static func rows(in ledger: Ledger, account: String?, privacy: ExportPrivacy) -> [ContactRow] {
    let indices =
      account.map { ledger.accountIndex($0).map(ledger.contacts(ofAccount:)) ?? [] }
      ?? Array(ledger.contacts.indices)
    return indices.map { ContactRow(contact: $0, in: ledger, privacy: privacy) }
  }
}
