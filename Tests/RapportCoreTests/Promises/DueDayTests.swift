import Testing

@testable import RapportCore

@Suite struct DueDayTests {
  /// A Monday.
  let today = Day(iso: "2026-11-23")!

  @Test(arguments: [
    ("today", "2026-11-23"), ("tomorrow", "2026-11-24"), ("+7d", "2026-11-30"), ("+2w", "2026-12-07"),
    ("+0d", "2026-11-23"), ("fri", "2026-11-27"), ("Friday", "2026-11-27"), ("mon", "2026-11-30"),
    ("sun", "2026-11-29"), ("tue", "2026-11-24"), ("2027-01-05", "2027-01-05"), ("2026-11-01", "2026-11-01"),
  ])
  func readsWhatAPersonTypes(typed: String, day: String) throws {
    #expect(try DueDay.parse(typed, today: today) == Day(iso: day)!)
  }

  @Test func everyWeekdayIsOneToSevenDaysAhead() throws {
    for offset in 0..<7 {
      let from = today.adding(days: offset)
      let days = try DueDay.weekdays.map { try from.days(to: DueDay.parse(String($0.prefix(3)), today: from)) }
      #expect(days.sorted() == Array(1...7))
    }
  }

  @Test(arguments: ["", "someday", "fr", "+d", "+3x", "2026-02-30", "-3d"])
  func refusesWhatIsNotADay(typed: String) {
    #expect(throws: InputProblem.notADay(typed)) { try DueDay.parse(typed, today: today) }
  }
}
