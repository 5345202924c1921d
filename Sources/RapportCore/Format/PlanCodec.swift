/// A contact named by an initiative's `for:`, checked once the contacts are read: the
/// diagnostic to report, at the name's column, when the account has no such contact.
struct PlanContactReference: Sendable {
  var account: String
  var contact: String
  var diagnostic: Diagnostic
}

/// Reading and writing the key account plan in an account's record.
///
/// ```
/// account acme "Acme Corp" tier:A plan-review:2027-01-15
///   objective: Become their sole supplier of turbine parts by 2028
///   initiative: status:active due:2026-12-15 owner:sam for:jane Benchmark study for the board
///   initiative: A joint innovation day
/// ```
///
/// An initiative's line starts with any of `status:`, `due:`, `owner:` and `for:`, in any order,
/// then its text: the first word that is not one of them starts the text.
enum PlanCodec {
  /// The keys that may lead an initiative's line.
  static let initiativeKeys = ["status", "due", "owner", "for"]

  /// Reads an `initiative:` field of `account`; nil, once reported, when it cannot be read.
  /// A `for:` is added to `references`, to be checked against the contacts.
  static func initiative(
    _ field: RawField, _ buffer: ByteView, _ sink: inout DiagnosticSink, account: String,
    references: inout [PlanContactReference]
  ) -> Initiative? {
    func report(_ reason: String, _ offset: Int) {
      sink.report(reason, line: field.line, lineStart: field.lineStart, offset: offset, in: buffer)
    }
    // The field's first line, where the keys are, is in the buffer as it is in the value.
    var start = field.key.upperBound + 1
    while start < buffer.count, buffer[start] == Byte.space { start += 1 }
    var cursor = LineCursor(buffer, from: start, to: field.first.upperBound)
    var initiative = Initiative("")
    var seen: Set<String> = []
    var failed = false
    var textStart = cursor.end
    while true {
      cursor.skipSpaces()
      guard !cursor.atEnd else { break }
      let tokenStart = cursor.position
      var colon = tokenStart
      while colon < cursor.end, buffer[colon] != Byte.colon, buffer[colon] != Byte.space, buffer[colon] != Byte.tab {
        colon += 1
      }
      let key = buffer.string(tokenStart..<colon)
      guard colon < cursor.end, buffer[colon] == Byte.colon, initiativeKeys.contains(key) else {
        textStart = tokenStart
        break
      }
      let valueStart = colon + 1
      cursor.position = valueStart
      let value: String
      if cursor.peek == Byte.quote {
        guard let range = cursor.quoted() else {
          report("unterminated quote: close the \(key) with \"", valueStart)
          return nil
        }
        value = buffer.unescaped(range)
      } else {
        cursor.position = buffer.first(Byte.space, or: Byte.tab, in: valueStart..<cursor.end)
        value = buffer.string(valueStart..<cursor.position)
      }
      if !seen.insert(key).inserted {
        report("'\(key):' appears twice in this initiative", tokenStart)
        failed = true
        continue
      }
      switch key {
      case "status":
        guard let status = InitiativeStatus(rawValue: value) else {
          report("status '\(value)' is not idea, active, done or dropped", valueStart)
          failed = true
          continue
        }
        initiative.status = status
      case "due":
        switch value.withByteView({ Day.parse($0, 0, $0.count) }) {
        case .success(let day): initiative.due = day
        case .failure(let error):
          report("due: \(error.reason)", valueStart)
          failed = true
        }
      case "owner":
        guard !value.isEmpty else {
          report("owner: name who owns the initiative, e.g. owner:sam", valueStart)
          failed = true
          continue
        }
        initiative.owner = value
      default:
        guard Identifier.isValid(value) else {
          report("for: '\(value)' is not a contact id: \(Identifier.rule)", valueStart)
          failed = true
          continue
        }
        initiative.contact = value
        var located = DiagnosticSink(file: sink.file)
        located.report(
          "for: '\(value)' is not a contact of '\(account)': add \(account)/\(value) to contacts.txt or fix the id",
          line: field.line, lineStart: field.lineStart, offset: valueStart, in: buffer)
        references.append(PlanContactReference(account: account, contact: value, diagnostic: located.diagnostics[0]))
      }
    }
    // The text: the rest of the first line, and the lines that continue it.
    let skipped = textStart - start
    let text = String(decoding: field.value(buffer).utf8.dropFirst(skipped), as: UTF8.self)
    initiative.text = text.hasPrefix("\n") ? String(text.dropFirst()) : text
    if initiative.text.allSatisfy(\.isWhitespace) {
      report(
        "an initiative needs its text after the keys: initiative: [status:idea|active|done|dropped] [due:DATE] "
          + "[owner:WHO] [for:CONTACT] TEXT", textStart)
      return nil
    }
    return failed ? nil : initiative
  }

  /// The reason an initiative cannot be written so that it reads back the same, or nil.
  static func problem(in initiative: Initiative) -> String? {
    let text = initiative.text.trimmingCharacters(in: .whitespacesAndNewlines)
    if text.isEmpty { return "an initiative needs its text" }
    let firstWord = text.prefix { $0 != " " && $0 != "\t" && $0 != "\n" }
    if let colon = firstWord.firstIndex(of: ":"), initiativeKeys.contains(String(firstWord[..<colon])) {
      return "an initiative's text cannot start with '\(firstWord[...colon])': that starts a key; reword it"
    }
    if let owner = initiative.owner, owner.isEmpty { return "an initiative's owner is empty" }
    if let contact = initiative.contact, !Identifier.isValid(contact) {
      return "'\(contact)' is not a contact id: \(Identifier.rule)"
    }
    return nil
  }

  /// The plan's header attribute, ` plan-review:DATE`, or nothing.
  static func header(of plan: AccountPlan) -> String {
    plan.review.map { " plan-review:\($0)" } ?? ""
  }

  /// `initiative:` written with its keys first, `status:` always, the others when set.
  static func line(of initiative: Initiative) -> String {
    var line = "status:\(initiative.status.rawValue)"
    if let due = initiative.due { line += " due:\(due)" }
    if let owner = initiative.owner, !owner.isEmpty {
      let plain = !owner.unicodeScalars.contains(where: { $0 == " " || $0 == "\"" || $0 == "\t" || $0 == "\n" })
      line += " owner:" + (plain ? owner : quote(owner))
    }
    if let contact = initiative.contact { line += " for:\(contact)" }
    return line + " " + initiative.text
  }
}

extension Initiative {
  /// Why the initiative cannot be written so that it reads back the same (its text empty or
  /// starting with a key, an empty owner, a contact that is not an id), or nil: for a form to
  /// refuse it at the field before the store does.
  public var writingProblem: String? { PlanCodec.problem(in: self) }
}
