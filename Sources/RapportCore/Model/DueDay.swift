import Foundation

/// Reads the day a promise is due as a person types it: `today`, `tomorrow`, `+7d` (a week from
/// today), `+2w`, a weekday (`fri`, `friday`: the next one after today), or `YYYY-MM-DD`.
/// Whether the day is late enough is the store's to say.
public enum DueDay {
  static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

  public static func parse(_ text: String, today: Day) throws(InputProblem) -> Day {
    let word = text.trimmingCharacters(in: .whitespaces).lowercased()
    switch word {
    case "today": return today
    case "tomorrow": return today.adding(days: 1)
    default: break
    }
    if word.hasPrefix("+"), let unit = word.last, unit == "d" || unit == "w",
      let n = Int(word.dropFirst().dropLast()), n >= 0, n < 10_000
    {
      return today.adding(days: unit == "w" ? n * 7 : n)
    }
    if word.count >= 3, let weekday = weekdays.firstIndex(where: { $0.hasPrefix(word) }) {
      // 1970-01-01, day 0, was a Thursday (3 counting from Monday).
      let current = Int(((today.ordinal + 3) % 7 + 7) % 7)
      let ahead = (weekday - current + 6) % 7 + 1
      return today.adding(days: ahead)
    }
    if let day = Day(iso: word) { return day }
    throw .notADay(text)
  }

  /// What can be typed, for messages and help.
  public static let forms = "YYYY-MM-DD, today, tomorrow, +7d, +2w or a weekday such as fri"
}
