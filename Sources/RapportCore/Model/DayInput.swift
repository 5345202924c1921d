import Foundation

/// Reads the day of an event as a person types it: `today`, `yesterday` (or `y`), `tomorrow`, `-3d` (three
/// days ago), or `YYYY-MM-DD`. The same rule holds in the record form and `rapport add`:
///
/// - Not more than one day ahead: events record the past, but a call with a client whose day is
///   already tomorrow is dated on their day.
/// - Not more than ten years back (`yearsBack`): with equity's half-life of 180 days an event
///   that old has halved twenty times and no longer counts, so a day that far back is a typing
///   slip (`1900-01-01`, `-4000d`), not history worth recording.
public enum DayInput {
  /// How many years back an event may be dated.
  public static let yearsBack = 10

  /// The first day an event may be dated on `today`: the same date `yearsBack` years earlier
  /// (a 29 February, the 28th; in the first years of the calendar, as many days back).
  public static func earliest(on today: Day) -> Day {
    let (year, month, day) = today.civil
    return Day(year: year - yearsBack, month: month, day: day)
      ?? Day(year: year - yearsBack, month: month, day: 28) ?? today.adding(days: -(365 * yearsBack + yearsBack / 4))
  }

  /// The day of an event, by the rule above.
  public static func parse(_ text: String, today: Day) throws(InputProblem) -> Day {
    try parse(text, today: today, since: earliest(on: today))
  }

  /// A day typed in the same words, from `earliest` on, or any past day when it is nil (an
  /// account's win may be decades old).
  public static func parse(_ text: String, today: Day, since earliest: Day?) throws(InputProblem) -> Day {
    let typed = text.trimmingCharacters(in: .whitespaces)
    let word = typed.lowercased()
    let day: Day
    switch word {
    case "", "today": day = today
    case "yesterday", "y": day = today.adding(days: -1)
    case "tomorrow": day = today.adding(days: 1)
    default:
      if word.hasPrefix("-"), word.hasSuffix("d"), let n = Int(word.dropFirst().dropLast()), n >= 0, n < 100_000 {
        day = today.adding(days: -n)
      } else if let parsed = Day(iso: word) {
        day = parsed
      } else {
        throw .notADay(text)
      }
    }
    guard day <= today.adding(days: 1) else {
      throw .futureDay(day, typed: typed, latest: today.adding(days: 1))
    }
    if let earliest, day < earliest {
      throw .tooFarBack(day, typed: typed, earliest: earliest)
    }
    return day
  }
}

extension Day {
  /// Whole days from a touch on this day to `today`, never negative: a touch dated tomorrow (a
  /// client whose day is already tomorrow) was a touch today.
  public func daysSinceTouch(on today: Day) -> Int { max(0, days(to: today)) }
}
