import Foundation

/// Reading and writing account and contact records.
///
/// ```
/// account acme "Acme Corp" tier:A won:2025-03-01 owner:sam
///   culture: Consensus-driven; nothing is decided in the first meeting.
///   do: Bring numbers to every review
///   dont: Criticise the previous supplier
/// contact acme/jane "Jane Doe" role:CFO flags:decision-maker,role-model reassess:2026-12-01
///   next-job: COO within two years
/// ```
enum RecordCodec {
  /// The parts of a header line after the record word: an id token, a quoted name, attributes.
  struct Header {
    var id: Range<Int>
    var name: String
    var attributes: [Attribute]
  }

  /// A `key:value` of a header line; `offset` is where its key starts. The value is the bytes
  /// of `range`, inside double quotes when `quoted`; decoded only when asked for.
  struct Attribute {
    var key: Range<Int>
    var range: Range<Int>
    var quoted: Bool
    var offset: Int

    func value(_ buffer: ByteView) -> String { quoted ? buffer.unescaped(range) : buffer.string(range) }
  }

  static func header(
    _ raw: RawRecord, _ buffer: ByteView, _ sink: inout DiagnosticSink, what: String
  ) -> Header? {
    func report(_ reason: String, _ offset: Int) {
      sink.report(reason, line: raw.line, lineStart: raw.lineStart, offset: offset, in: buffer)
    }
    var cursor = LineCursor(buffer, from: raw.header.lowerBound, to: raw.header.upperBound)
    guard let id = cursor.bareToken() else {
      report("missing the \(what) id after '\(what)'", raw.header.lowerBound)
      return nil
    }
    cursor.skipSpaces()
    guard cursor.peek == Byte.quote else {
      report("expected the \(what)'s name in double quotes, e.g. \"Acme Corp\"", cursor.position)
      return nil
    }
    let nameStart = cursor.position
    guard let nameRange = cursor.quoted() else {
      report("unterminated quote: close the name with \"", nameStart)
      return nil
    }
    let name = buffer.unescaped(nameRange)
    if isBlank(name) {
      report("the \(what)'s name is empty", nameStart)
      return nil
    }
    var attributes: [Attribute] = []
    while true {
      cursor.skipSpaces()
      guard !cursor.atEnd else { break }
      let start = cursor.position
      var keyEnd = start
      while keyEnd < cursor.end, buffer[keyEnd] != Byte.colon, buffer[keyEnd] != Byte.space {
        keyEnd += 1
      }
      guard keyEnd < cursor.end, buffer[keyEnd] == Byte.colon else {
        _ = cursor.bareToken()
        report(
          "expected 'key:value' after the name, found '\(buffer.string(start..<cursor.position))'",
          start)
        continue
      }
      cursor.position = keyEnd + 1
      let value: Range<Int>
      let quoted = cursor.peek == Byte.quote
      if quoted {
        let quoteStart = cursor.position
        guard let range = cursor.quoted() else {
          report("unterminated quote: close the value with \"", quoteStart)
          break
        }
        value = range
      } else {
        let valueStart = cursor.position
        while cursor.position < cursor.end, buffer[cursor.position] != Byte.space {
          cursor.position += 1
        }
        value = valueStart..<cursor.position
      }
      // A key written twice would leave a reader guessing which one counts.
      let key = start..<keyEnd
      if attributes.contains(where: { $0.key.count == key.count && buffer.same($0.key, as: buffer, at: start) }) {
        report("'\(buffer.string(start..<keyEnd)):' appears twice on this line: keep one", start)
        continue
      }
      attributes.append(Attribute(key: start..<keyEnd, range: value, quoted: quoted, offset: start))
    }
    return Header(id: id, name: name, attributes: attributes)
  }

  static func account(_ raw: RawRecord, _ buffer: ByteView, _ sink: inout DiagnosticSink) -> Account? {
    var references: [PlanContactReference] = []
    return account(raw, buffer, &sink, references: &references)
  }

  /// An account record; each contact an initiative names (`for:`) is added to `references`.
  static func account(
    _ raw: RawRecord, _ buffer: ByteView, _ sink: inout DiagnosticSink, references: inout [PlanContactReference]
  )
    -> Account?
  {
    func report(_ reason: String, _ offset: Int) {
      sink.report(reason, line: raw.line, lineStart: raw.lineStart, offset: offset, in: buffer)
    }
    guard let header = header(raw, buffer, &sink, what: "account") else { return nil }
    guard Identifier.isValid(buffer, header.id) else {
      report(
        "'\(buffer.string(header.id))' is not an account id: \(Identifier.rule)",
        header.id.lowerBound)
      return nil
    }
    var account = Account(id: buffer.string(header.id), name: header.name, tier: .c)
    var sawTier = false
    for attribute in header.attributes {
      let (key, offset) = (attribute.key, attribute.offset)
      if buffer.equals(key, "tier") {
        sawTier = true
        let value = attribute.value(buffer)
        guard let tier = Tier(rawValue: value.uppercased()) else {
          report("tier '\(value)' is not A, B or C", offset)
          continue
        }
        account.tier = tier
      } else if buffer.equals(key, "won") {
        account.won = day(attribute, buffer, "won", report)
      } else if buffer.equals(key, "owner") {
        account.owner = attribute.value(buffer)
      } else if buffer.equals(key, "cadence") {
        let value = attribute.value(buffer)
        guard let days = Int(value), Account.cadenceRange.contains(days) else {
          let range = Account.cadenceRange
          report(
            "cadence '\(value)' is not a number of days between \(range.lowerBound) and \(range.upperBound)",
            offset + 8)
          continue
        }
        account.cadenceDays = days
      } else if buffer.equals(key, "plan") {
        account.plan = day(attribute, buffer, "plan", report)
      } else if buffer.equals(key, "snoozed") {
        account.snoozedUntil = day(attribute, buffer, "snoozed", report)
      } else if buffer.equals(key, "plan-review") {
        account.keyPlan.review = day(attribute, buffer, "plan-review", report)
      } else if buffer.equals(key, "archived") {
        report(RecordCodec.archivedOnItsOwnLine, offset)
      } else {
        report(
          "unknown attribute '\(buffer.string(key))': an account has tier, won, owner, cadence, plan, snoozed and plan-review",
          offset)
      }
    }
    if !sawTier {
      report("missing tier: add tier:A, tier:B or tier:C", raw.header.upperBound)
    }
    for field in raw.fields {
      if buffer.equals(field.key, "culture") {
        let value = field.value(buffer)
        account.culture = account.culture.isEmpty ? value : account.culture + "\n" + value
      } else if buffer.equals(field.key, "do") {
        account.dos.append(field.value(buffer))
      } else if buffer.equals(field.key, "dont") {
        account.donts.append(field.value(buffer))
      } else if buffer.equals(field.key, "plan-note") {
        account.planNote = field.value(buffer)
      } else if buffer.equals(field.key, "snooze-reason") {
        account.snoozeReason = field.value(buffer)
      } else if buffer.equals(field.key, "objective") {
        let value = field.value(buffer)
        guard !value.allSatisfy(\.isWhitespace) else {
          sink.report(
            "objective is empty: write the objective or remove the line", line: field.line,
            lineStart: field.lineStart, offset: field.key.lowerBound, in: buffer)
          continue
        }
        account.keyPlan.objectives.append(value)
      } else if buffer.equals(field.key, "archived") {
        if account.archived != nil {
          reportField(field, buffer, &sink, "'archived' appears twice: keep one")
        }
        if let note = datedNote(field, buffer, &sink, key: "archived") { account.archived = note }
      } else if buffer.equals(field.key, "changed") {
        account.changed = change(field, buffer, &sink) ?? account.changed
      } else if buffer.equals(field.key, "initiative") {
        if let initiative = PlanCodec.initiative(field, buffer, &sink, account: account.id, references: &references) {
          account.keyPlan.initiatives.append(initiative)
        }
      } else if case let word = buffer.string(field.key), RecordCodec.accountHeaderKeys.contains(word) {
        sink.report(
          "'\(word)' goes on the account's header line, as \(word):VALUE after the name, not on a line of its own",
          line: field.line, lineStart: field.lineStart, offset: field.key.lowerBound, in: buffer)
      } else {
        sink.report(
          "unknown field '\(buffer.string(field.key))': an account has culture, do, dont, plan-note, snooze-reason, "
            + "objective, initiative, archived and changed",
          line: field.line, lineStart: field.lineStart, offset: field.key.lowerBound, in: buffer)
      }
    }
    return account
  }

  static let archivedOnItsOwnLine =
    "'archived' goes on a line of its own under the header, as '  archived: DATE [REASON]'"

  /// The attributes of an account's header line.
  static let accountHeaderKeys = ["tier", "won", "owner", "cadence", "plan", "snoozed", "plan-review"]

  static func contact(
    _ raw: RawRecord, _ buffer: ByteView, _ sink: inout DiagnosticSink
  )
    -> Contact?
  {
    func report(_ reason: String, _ offset: Int) {
      sink.report(reason, line: raw.line, lineStart: raw.lineStart, offset: offset, in: buffer)
    }
    guard let header = header(raw, buffer, &sink, what: "contact") else { return nil }
    var slash = header.id.lowerBound
    while slash < header.id.upperBound, buffer[slash] != Byte.slash { slash += 1 }
    guard slash < header.id.upperBound else {
      report("a contact id is written ACCOUNT/CONTACT, e.g. acme/jane", header.id.lowerBound)
      return nil
    }
    let accountRange = header.id.lowerBound..<slash
    let contactRange = (slash + 1)..<header.id.upperBound
    guard Identifier.isValid(buffer, accountRange) else {
      report(
        "'\(buffer.string(accountRange))' is not an account id: \(Identifier.rule)",
        accountRange.lowerBound)
      return nil
    }
    guard Identifier.isValid(buffer, contactRange) else {
      report(
        "'\(buffer.string(contactRange))' is not a contact id: \(Identifier.rule)",
        contactRange.lowerBound)
      return nil
    }
    var contact = Contact(
      account: buffer.string(accountRange), id: buffer.string(contactRange), name: header.name)
    for attribute in header.attributes {
      let (key, offset) = (attribute.key, attribute.offset)
      if buffer.equals(key, "role") {
        contact.role = attribute.value(buffer)
      } else if buffer.equals(key, "flags") {
        contact.flags = flags(attribute.value(buffer))
        if let bad = contact.flags.first(where: { !Identifier.isValid($0) }) {
          report("flag '\(bad)' is not a word: \(Identifier.rule)", offset)
        }
      } else if buffer.equals(key, "reassess") {
        contact.reassess = day(attribute, buffer, "reassess", report)
      } else if buffer.equals(key, "archived") {
        report(RecordCodec.archivedOnItsOwnLine, offset)
      } else {
        report(
          "unknown attribute '\(buffer.string(key))': a contact has role, flags and reassess",
          offset)
      }
    }
    var seen = 0
    for field in raw.fields {
      // Dated fields: `progress` and `previous-role` repeat, `left` is once.
      if let key = DatedField(field.key, buffer) {
        guard let note = datedNote(field, buffer, &sink, key: key.rawValue) else {
          continue
        }
        switch key {
        case .progress:
          if note.text.isEmpty {
            reportField(field, buffer, &sink, "progress needs a note after the day: progress: DATE TEXT")
          }
          contact.progress.append(note)
        case .previousRole:
          if note.text.isEmpty {
            reportField(field, buffer, &sink, "previous-role needs the role after the day: previous-role: DATE ROLE")
          }
          contact.previousRoles.append(note)
        case .archived:
          if contact.archived != nil {
            reportField(field, buffer, &sink, "'archived' appears twice: keep one")
          }
          contact.archived = note
        case .left:
          if contact.left != nil {
            reportField(field, buffer, &sink, "'left' appears twice: a person leaves once")
          }
          contact.left = note
        }
        continue
      }
      if buffer.equals(field.key, "changed") {
        contact.changed = change(field, buffer, &sink) ?? contact.changed
        continue
      }
      // Repeated fields: one address or number a line.
      if buffer.equals(field.key, "email") || buffer.equals(field.key, "phone") {
        let value = field.trimmedValue(buffer)
        let isEmail = buffer.equals(field.key, "email")
        if let reason = isEmail ? ContactAddress.emailProblem(value) : ContactAddress.phoneProblem(value) {
          reportField(field, buffer, &sink, reason)
        } else if isEmail {
          contact.emails.append(value)
        } else {
          contact.phones.append(value)
        }
        continue
      }
      // The fields in order, as bits of `seen`.
      let bit: Int
      if buffer.equals(field.key, "next-job") {
        bit = 1
      } else if buffer.equals(field.key, "measured-by") {
        bit = 2
      } else if buffer.equals(field.key, "worries") {
        bit = 4
      } else if buffer.equals(field.key, "help") {
        bit = 8
      } else if buffer.equals(field.key, "personal") {
        bit = 16
      } else {
        sink.report(
          "unknown field '\(buffer.string(field.key))': a contact has email, phone, next-job, progress, measured-by, worries, help, personal, previous-role, left, changed "
            + "and archived",
          line: field.line, lineStart: field.lineStart, offset: field.key.lowerBound, in: buffer)
        continue
      }
      if seen & bit != 0 {
        sink.report(
          "'\(buffer.string(field.key))' appears twice: continue a long value on lines indented further",
          line: field.line,
          lineStart: field.lineStart, offset: field.key.lowerBound, in: buffer)
      }
      seen |= bit
      switch bit {
      case 1: contact.nextJob = field.value(buffer)
      case 2: contact.measuredBy = field.value(buffer)
      case 4: contact.worries = field.value(buffer)
      case 8: contact.help = field.value(buffer)
      default: contact.personal = field.value(buffer)
      }
    }
    return contact
  }
}
