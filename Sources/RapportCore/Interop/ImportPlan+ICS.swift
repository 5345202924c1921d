import Foundation

/// Meetings from an iCalendar file as touches: each past VEVENT becomes a `check-in` deposit
/// for each contact whose email address is among its attendees or its organiser, with the
/// summary as the note, and the source `ics:UID:ACCOUNT/CONTACT`.
public enum ICSImport {
  /// The kind of the touches a meeting makes.
  public static let kind = "check-in"

  /// What importing `text`, read from `file`, would do: meetings before `today` (and on or after
  /// `since`, when given), their days read in `zone`.
  public static func plan(
    _ text: String, file: String, ledger: Ledger, today: Day, since: Day? = nil, zone: TimeZone = .current
  ) -> EventImportPlan {
    var plan = EventImportPlan()
    let (events, problems) = ICalendar.read(text, zone: zone)
    plan.problems = problems.map { ImportProblem(file: file, line: $0.line, reason: $0.reason) }
    // Addresses to the contacts that have them; archived ones are not written to.
    var byEmail: [String: [Int]] = [:]
    var archived: Set<String> = []
    for (index, contact) in ledger.contacts.enumerated() {
      let accountArchived = ledger.accountIndex(contact.account).map { ledger.accounts[$0].isArchived } ?? true
      for email in contact.emails.map(ContactAddress.normalisedEmail) {
        if contact.isArchived || accountArchived {
          archived.insert(email)
        } else if byEmail[email]?.contains(index) != true {
          byEmail[email, default: []].append(index)
        }
      }
    }
    let weight = EventKinds.defaultWeight(for: .deposit, kind: kind)
    let earliest = DayInput.earliest(on: today)
    let taken = ledger.eventSources
    var planned: Set<EventSource> = []
    var unmatched: [String] = []
    for event in events {
      func skip(_ reason: String) {
        plan.skipped.append(ImportProblem(file: file, line: event.line, reason: reason))
      }
      guard event.day < today else { continue }
      if let since, event.day < since { continue }
      guard event.day >= earliest else { continue }
      let what = event.summary.isEmpty ? "a meeting on \(event.day)" : "'\(event.summary)'"
      if event.cancelled {
        skip("\(what) was cancelled")
        continue
      }
      if event.isRecurrenceOverride {
        skip("\(what) changes one meeting of a repeating series: only the series' first meeting counts")
        continue
      }
      let matched = event.emails.flatMap { byEmail[$0] ?? [] }
      for email in event.emails where byEmail[email] == nil && !archived.contains(email) && !unmatched.contains(email) {
        unmatched.append(email)
      }
      if let problem = TextSafety.problem(in: event.summary, field: "the summary", multiline: true) {
        plan.problems.append(ImportProblem(file: file, line: event.line, reason: problem.description))
        continue
      }
      let uid = event.uid ?? StableHash.hex(["\(event.day)", event.summary])
      var seen: Set<Int> = []
      for index in matched where seen.insert(index).inserted {
        let contact = ledger.contacts[index]
        let draft = EventDraft(
          day: event.day, account: contact.account, contact: contact.id, type: .deposit, kind: kind,
          weight: weight, note: event.summary, source: EventSource("ics:\(uid):\(contact.key)"))
        plan.add(draft, taken: taken, planned: &planned)
      }
      if event.recurring, !matched.isEmpty {
        plan.notes.append(
          ImportProblem(
            file: file, line: event.line, reason: "\(what) repeats: only its first meeting, \(event.day), is counted"))
      }
    }
    plan.unmatched = unmatched
    return plan
  }
}
