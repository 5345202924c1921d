import Foundation

/// A meeting read from an iCalendar file (RFC 5545): a VEVENT's parts that an import uses.
public struct CalendarEvent: Hashable, Sendable {
  /// The line of its `BEGIN:VEVENT`.
  public var line: Int
  public var uid: String?
  /// The day it starts, where the user is (see `ICalendar.day`).
  public var day: Day
  public var summary: String
  /// Attendees' and the organiser's addresses, normalised (see `ContactAddress.normalisedEmail`),
  /// each once, in the order written; declined attendees left out.
  public var emails: [String]
  public var cancelled: Bool
  /// It repeats (`RRULE` or `RDATE`): only its first meeting, `day`, is counted.
  public var recurring: Bool
  /// It changes one meeting of a repeating series (`RECURRENCE-ID`).
  public var isRecurrenceOverride: Bool
}

/// Reads the VEVENTs of an iCalendar file.
///
/// `DTSTART` may be a `DATE` (`20261102`), a `DATE-TIME` in UTC (`20261102T090000Z`), with a
/// `TZID` (`DTSTART;TZID=Europe/Copenhagen:20261102T090000`, converted with Foundation's
/// `TimeZone`; an unknown zone, such as a Windows name, is read as floating) or floating (the
/// time as written). A timed meeting counts on its day in `zone`, the user's time zone; a
/// floating one and a DATE on the day written.
public enum ICalendar {
  public static func read(
    _ text: String, zone: TimeZone = .current
  ) -> (events: [CalendarEvent], problems: [(line: Int, reason: String)]) {
    let (lines, lineProblems) = ContentLines.read(text)
    // Another kind of file is one problem, not one for each of its lines.
    guard
      lines.isEmpty && lineProblems.isEmpty
        || lines.contains(where: { $0.name == "BEGIN" && $0.text.uppercased() == "VCALENDAR" })
    else {
      return ([], [(1, "not an iCalendar file: it has no BEGIN:VCALENDAR (export the calendar as .ics)")])
    }
    var problems = lineProblems
    var events: [CalendarEvent] = []
    var stack: [(name: String, line: Int)] = []
    var current: CalendarEvent?
    var sawStart = false
    var startWritten = false
    for line in lines {
      switch line.name {
      case "BEGIN":
        let name = line.text.uppercased()
        stack.append((name, line.line))
        if name == "VEVENT" {
          current = CalendarEvent(
            line: line.line, uid: nil, day: Day(ordinal: 0), summary: "", emails: [], cancelled: false,
            recurring: false, isRecurrenceOverride: false)
          sawStart = false
          startWritten = false
        }
        continue
      case "END":
        let name = line.text.uppercased()
        guard let open = stack.last, open.name == name else {
          problems.append((line.line, "END:\(name) without BEGIN:\(name)"))
          continue
        }
        stack.removeLast()
        if name == "VEVENT", let event = current {
          if sawStart {
            events.append(event)
          } else if !startWritten {
            problems.append((event.line, "a VEVENT without DTSTART: give it a start"))
          }
          current = nil
        }
        continue
      default: break
      }
      // Properties of the VEVENT itself, not of an alarm inside it.
      guard current != nil, stack.last?.name == "VEVENT" else { continue }
      switch line.name {
      case "UID": current!.uid = line.text.trimmingCharacters(in: .whitespaces)
      case "SUMMARY": current!.summary = line.text.trimmingCharacters(in: .whitespacesAndNewlines)
      case "STATUS": current!.cancelled = line.text.uppercased() == "CANCELLED"
      case "RRULE", "RDATE": current!.recurring = true
      case "RECURRENCE-ID": current!.isRecurrenceOverride = true
      case "DTSTART":
        startWritten = true
        switch day(of: line, zone: zone) {
        case .success(let day):
          current!.day = day
          sawStart = true
        case .failure(let problem): problems.append((line.line, problem.reason))
        }
      case "ATTENDEE", "ORGANIZER":
        if line.parameter("PARTSTAT")?.uppercased() == "DECLINED" { continue }
        let value = line.text.trimmingCharacters(in: .whitespaces)
        guard value.lowercased().hasPrefix("mailto:") else { continue }
        let email = ContactAddress.normalisedEmail(value)
        if !email.isEmpty, !current!.emails.contains(email) { current!.emails.append(email) }
      default: break
      }
    }
    for open in stack.reversed() {
      problems.append((open.line, "BEGIN:\(open.name) is never ended: add END:\(open.name)"))
    }
    problems.sort { $0.line < $1.line }
    return (events, problems)
  }

  struct DateProblem: Error { var reason: String }

  /// The day a `DTSTART` line names.
  static func day(of line: ContentLine, zone: TimeZone) -> Result<Day, DateProblem> {
    let value = line.raw.trimmingCharacters(in: .whitespaces)
    let digits = Array(value.utf8)
    func number(_ from: Int, _ count: Int) -> Int? {
      guard from + count <= digits.count else { return nil }
      var n = 0
      for byte in digits[from..<(from + count)] {
        guard (48...57).contains(byte) else { return nil }
        n = n * 10 + Int(byte - 48)
      }
      return n
    }
    let bad = DateProblem(
      reason: "DTSTART '\(value)' is not a date (20261102) or a date-time (20261102T090000, …Z, or with TZID=)")
    guard let year = number(0, 4), let month = number(4, 2), let dayOfMonth = number(6, 2),
      let written = Day(year: year, month: month, day: dayOfMonth)
    else { return .failure(bad) }
    if digits.count == 8 { return .success(written) }
    guard digits.count >= 15, digits[8] == UInt8(ascii: "T"), let hour = number(9, 2), let minute = number(11, 2),
      let second = number(13, 2), hour < 24, minute < 60, second <= 60
    else { return .failure(bad) }
    let utc = digits.count == 16 && (digits[15] == UInt8(ascii: "Z") || digits[15] == UInt8(ascii: "z"))
    guard digits.count == 15 || utc else { return .failure(bad) }
    let source: TimeZone
    if utc {
      source = TimeZone(identifier: "UTC")!
    } else if let id = line.parameter("TZID"),
      let named = TimeZone(identifier: id.hasPrefix("/") ? String(id.dropFirst()) : id)
    {
      source = named
    } else {
      return .success(written)  // floating, or a zone Foundation does not know: the day written
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = source
    guard
      let instant = calendar.date(
        from: DateComponents(
          year: year, month: month, day: dayOfMonth, hour: hour, minute: minute, second: min(second, 59)))
    else { return .failure(bad) }
    calendar.timeZone = zone
    let parts = calendar.dateComponents([.year, .month, .day], from: instant)
    guard let y = parts.year, let m = parts.month, let d = parts.day, let local = Day(year: y, month: m, day: d) else {
      return .failure(bad)
    }
    return .success(local)
  }
}
