/// Writing account and contact records in their canonical text.
extension RecordCodec {
  /// The canonical text of an account record, ending in a newline.
  static func text(of account: Account) -> String {
    var line = "account \(account.id) \(quote(account.name)) tier:\(account.tier.rawValue)"
    if let won = account.won { line += " won:\(won)" }
    if let owner = account.owner, !owner.isEmpty { line += " owner:\(attribute(owner))" }
    if let cadence = account.cadenceDays { line += " cadence:\(cadence)" }
    if let plan = account.plan { line += " plan:\(plan)" }
    if let snoozed = account.snoozedUntil { line += " snoozed:\(snoozed)" }
    line += PlanCodec.header(of: account.keyPlan)
    line += "\n"
    line += field("culture", account.culture)
    for item in account.dos { line += field("do", item) }
    for item in account.donts { line += field("dont", item) }
    line += field("plan-note", account.planNote)
    line += field("snooze-reason", account.snoozeReason)
    for objective in account.keyPlan.objectives { line += field("objective", objective) }
    for initiative in account.keyPlan.initiatives { line += field("initiative", PlanCodec.line(of: initiative)) }
    if let archived = account.archived { line += field("archived", archived) }
    if let changed = account.changed { line += field("changed", changed.description) }
    return line
  }

  /// The canonical text of a contact record, ending in a newline.
  static func text(of contact: Contact) -> String {
    var line = "contact \(contact.key) \(quote(contact.name))"
    if !contact.role.isEmpty { line += " role:\(attribute(contact.role))" }
    if !contact.flags.isEmpty { line += " flags:\(contact.flags.joined(separator: ","))" }
    if let reassess = contact.reassess { line += " reassess:\(reassess)" }
    line += "\n"
    for email in contact.emails { line += field("email", email) }
    for phone in contact.phones { line += field("phone", phone) }
    line += field("next-job", contact.nextJob)
    for note in contact.progress { line += field("progress", note) }
    line += field("measured-by", contact.measuredBy)
    line += field("worries", contact.worries)
    line += field("help", contact.help)
    line += field("personal", contact.personal)
    for note in contact.previousRoles { line += field("previous-role", note) }
    if let left = contact.left { line += field("left", left) }
    if let archived = contact.archived { line += field("archived", archived) }
    if let changed = contact.changed { line += field("changed", changed.description) }
    return line
  }

  /// `  key: DATE TEXT`, a dated field.
  static func field(_ key: String, _ note: DatedNote) -> String {
    let text = field(key, note.text)
    guard !text.isEmpty else { return "  \(key): \(note.day)\n" }
    return "  \(key): \(note.day) " + text.dropFirst(key.utf8.count + 4)
  }

  static func attribute(_ value: String) -> String {
    value.unicodeScalars.contains(where: { $0 == " " || $0 == "\"" || $0 == "\t" || $0 == "\n" || $0 == "\r" })
      ? quote(value) : value
  }

  /// `  key: value`, with further lines of the value indented by four spaces. Blank lines inside
  /// a value are dropped, since a blank line ends a record.
  static func field(_ key: String, _ value: String) -> String {
    // A `\r` ends a line in a file too (and Swift counts `\r\n` as one character).
    let lines = value.split(
      omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    )
    .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    guard let first = lines.first else { return "" }
    var out = "  \(key): \(first)\n"
    for line in lines.dropFirst() { out += "    \(line)\n" }
    return out
  }
}

extension Substring {
  func trimmingWhitespace() -> Substring {
    var s = self
    while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
    while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
    return s
  }
}
