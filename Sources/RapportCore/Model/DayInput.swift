import Foundation

/// Reads a day as a person types it: `today`, `yesterday`, `-3d` (three days ago), or
/// `YYYY-MM-DD`. Days more than one day after `today` are refused: events record the past.
public enum DayInput {
  public static func parse(_ text: String, today: Day) throws(InputProblem) -> Day {
    let word = text.trimmingCharacters(in: .whitespaces).lowercased()
    let day: Day
    switch word {
    case "", "today": day = today
    case "yesterday": day = today.adding(days: -1)
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
      throw .futureDay(day)
    }
    return day
  }
}
