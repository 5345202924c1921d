import Foundation

/// Events from a CSV file with a header row naming its columns: `date`, `account`, `type`
/// (required), `contact`, `kind`, `weight`, `note`, `for` (`career`, as `for:career`) and `id`
/// (optional), in any order and any case; other columns are ignored. Each row is checked as `rapport add` checks what it is given.
public enum CSVImport {
  /// The columns read, in the order the documentation lists them.
  public static let columns = ["date", "account", "contact", "type", "kind", "weight", "note", "for", "id"]
  static let required = ["date", "account", "type"]

  /// What importing `text`, read from `file`, into `ledger` on `today` would do.
  public static func plan(_ text: String, file: String, ledger: Ledger, today: Day) -> EventImportPlan {
    var plan = EventImportPlan()
    let records: [CSVRecord]
    switch CSVReader.read(text) {
    case .success(let read): records = read
    case .failure(let problem):
      plan.problems.append(ImportProblem(file: file, line: problem.line, reason: problem.reason))
      return plan
    }
    guard let header = records.first else {
      plan.problems.append(ImportProblem(file: file, line: 1, reason: "the file is empty: expected a header row"))
      return plan
    }
    var column: [String: Int] = [:]
    for (index, name) in header.fields.enumerated() {
      let key = name.trimmingCharacters(in: .whitespaces).lowercased()
      guard columns.contains(key) else { continue }
      if column[key] != nil {
        plan.problems.append(ImportProblem(file: file, line: header.line, reason: "the column '\(key)' appears twice"))
      }
      column[key] = index
    }
    let missing = required.filter { column[$0] == nil }
    if !missing.isEmpty {
      plan.problems.append(
        ImportProblem(
          file: file, line: header.line,
          reason: "the header row lacks \(missing.joined(separator: ", ")): name the columns "
            + columns.joined(separator: ", ")))
      return plan
    }
    let taken = ledger.eventSources
    var planned: Set<EventSource> = []
    var seenHashes: [String: Int] = [:]
    // A spreadsheet's empty rows come out as commas only.
    for record in records.dropFirst() where record.fields.contains(where: { !$0.allSatisfy(\.isWhitespace) }) {
      func value(_ key: String) -> String {
        guard let index = column[key], index < record.fields.count else { return "" }
        return record.fields[index].trimmingCharacters(in: .whitespaces)
      }
      var reasons: [String] = []
      let draft = CSVImport.draft(value, ledger: ledger, today: today, reasons: &reasons)
      for reason in reasons { plan.problems.append(ImportProblem(file: file, line: record.line, reason: reason)) }
      guard var draft, reasons.isEmpty else { continue }
      let id = value("id")
      if !id.isEmpty {
        draft.source = EventSource("csv:" + id)
      } else {
        // Identical rows without an id are told apart by their order: the second is `-2`.
        // `for` joins the hash only when set, so a row hashes as it did before the column.
        var fields = ["date", "account", "contact", "type", "kind", "weight", "note"].map(value)
        if !value("for").isEmpty { fields.append(value("for").lowercased()) }
        let hash = StableHash.hex(fields)
        let seen = (seenHashes[hash] ?? 0) + 1
        seenHashes[hash] = seen
        draft.source = EventSource("csv:" + hash + (seen > 1 ? "-\(seen)" : ""))
      }
      if let source = draft.source, planned.contains(source), !id.isEmpty {
        plan.problems.append(
          ImportProblem(file: file, line: record.line, reason: "the id '\(id)' is on an earlier row too"))
        continue
      }
      plan.add(draft, taken: taken, planned: &planned)
    }
    return plan
  }

  /// The event a row describes, or nil with every reason it cannot be one in `reasons`.
  static func draft(
    _ value: (String) -> String, ledger: Ledger, today: Day, reasons: inout [String]
  ) -> EventDraft? {
    var day: Day?
    let dateText = value("date")
    if dateText.count == 10, Day(iso: dateText) != nil {
      do { day = try DayInput.parse(dateText, today: today) } catch { reasons.append("date: \(error.description)") }
    } else {
      reasons.append("date '\(dateText)' is not a day: write YYYY-MM-DD")
    }
    let accountID = value("account")
    let contactID = value("contact")
    if let account = ledger.accountIndex(accountID) {
      if let note = ledger.accounts[account].archived {
        reasons.append("the account '\(accountID)' was archived on \(note.day): unarchive it first")
      }
      if !contactID.isEmpty {
        if let contact = ledger.contactIndex("\(accountID)/\(contactID)") {
          if let note = ledger.contacts[contact].archived {
            reasons.append("the contact '\(accountID)/\(contactID)' was archived on \(note.day): unarchive it first")
          }
        } else {
          reasons.append("no contact '\(accountID)/\(contactID)'")
        }
      }
    } else {
      reasons.append(accountID.isEmpty ? "the account is empty" : "no account '\(accountID)'")
    }
    let typeText = value("type").lowercased()
    let type = EventType(word: typeText)
    if type == nil {
      reasons.append("'\(value("type"))' is not a type: use deposit, withdrawal, favour-given or favour-asked")
    }
    let note = value("note")
    if let problem = TextSafety.problem(in: note, field: "the note", multiline: true) {
      reasons.append(problem.description)
    }
    guard let type else { return nil }
    let kind = value("kind").isEmpty ? EventKinds.choices(for: type)[0].kind : value("kind")
    do { try EventKinds.check(kind, for: type) } catch { reasons.append("kind: \(error.description)") }
    var weight = EventKinds.defaultWeight(for: type, kind: kind)
    if !value("weight").isEmpty {
      do { weight = try EventKinds.weight(typed: value("weight"), for: type) } catch {
        reasons.append("weight: \(error.description)")
      }
    }
    let forCareer: Bool
    switch value("for").lowercased() {
    case "": forCareer = false
    case "career":
      forCareer = true
      if !type.canBeCareerHelp {
        reasons.append("for career is for a deposit or a favour given, not a \(type.word): help with a career is given")
      } else if contactID.isEmpty {
        reasons.append("for career is about a person: give the contact")
      }
    default:
      forCareer = false
      reasons.append("for '\(value("for"))' is not understood: write career, or leave it empty")
    }
    guard let day, reasons.isEmpty else { return nil }
    return EventDraft(
      day: day, account: accountID, contact: contactID.isEmpty ? nil : contactID, type: type, kind: kind,
      weight: weight, note: note, forCareer: forCareer)
  }
}
