import Testing

@testable import RapportCore

@Suite struct DayInputTests {
  let today = Day(iso: "2026-11-23")!

  @Test func readsWordsOffsetsAndDates() throws {
    #expect(try DayInput.parse("today", today: today) == today)
    #expect(try DayInput.parse("", today: today) == today)
    #expect(try DayInput.parse("Yesterday", today: today) == Day(iso: "2026-11-22"))
    #expect(try DayInput.parse("-3d", today: today) == Day(iso: "2026-11-20"))
    #expect(try DayInput.parse("-30d", today: today) == Day(iso: "2026-10-24"))
    #expect(try DayInput.parse("2026-02-28", today: today) == Day(iso: "2026-02-28"))
    // One day ahead is allowed, for time zones and late evenings.
    #expect(try DayInput.parse("2026-11-24", today: today) == Day(iso: "2026-11-24"))
    #expect(try DayInput.parse("tomorrow", today: today) == Day(iso: "2026-11-24"))
  }

  @Test func refusesTheFutureAndNonsenseWithAHint() {
    let tomorrow = Day(iso: "2026-11-24")!
    let future = #expect(
      throws: InputProblem.futureDay(Day(iso: "2026-11-25")!, typed: "2026-11-25", latest: tomorrow)
    ) {
      try DayInput.parse(" 2026-11-25", today: today)
    }
    #expect(
      future?.description
        == "2026-11-25 is in the future: an event records something that happened, on tomorrow (2026-11-24) at the latest"
    )
    for text in ["2026-02-29", "3d", "-d", "last week", "-3x"] {
      let problem = #expect(throws: InputProblem.notADay(text)) { try DayInput.parse(text, today: today) }
      #expect(
        problem?.description
          == "'\(text)' is not a day: write today, yesterday (or y), tomorrow, -3d (three days ago) or YYYY-MM-DD")
    }
  }

  @Test func daysGoBackTenYearsToTheSameDate() throws {
    #expect(try DayInput.parse("2016-11-23", today: today) == Day(iso: "2016-11-23"))
    #expect(try DayInput.parse("-3652d", today: today) == Day(iso: "2016-11-23"))
    for (text, day) in [("2016-11-22", "2016-11-22"), ("1900-01-01", "1900-01-01"), ("-4000d", "2015-12-11")] {
      let problem = #expect(
        throws: InputProblem.tooFarBack(Day(iso: day)!, typed: text, earliest: Day(iso: "2016-11-23")!)
      ) {
        try DayInput.parse(text, today: today)
      }
      // What was typed, and the day it means when that was a count of days.
      let shown = text == day ? day : "\(text) (\(day))"
      #expect(
        problem?.description == "\(shown) is more than 10 years ago: events go back 10 years at most, to 2016-11-23")
    }
    // A 29 February goes back to the 28th; an account's win may be any past day.
    #expect(DayInput.earliest(on: Day(iso: "2028-02-29")!) == Day(iso: "2018-02-28"))
    #expect(DayInput.earliest(on: Day(iso: "0005-06-01")!) == Day(iso: "0005-06-01")!.adding(days: -3652))
    #expect(try DayInput.parse("1900-01-01", today: today, since: nil) == Day(iso: "1900-01-01"))
    #expect(
      throws: InputProblem.futureDay(Day(iso: "2026-11-25")!, typed: "2026-11-25", latest: Day(iso: "2026-11-24")!)
    ) {
      try DayInput.parse("2026-11-25", today: today, since: nil)
    }
  }

  @Test func aTouchDatedTomorrowIsNoDaysAgo() {
    #expect(Day(iso: "2026-11-24")!.daysSinceTouch(on: today) == 0)
    #expect(today.daysSinceTouch(on: today) == 0)
    #expect(Day(iso: "2026-11-20")!.daysSinceTouch(on: today) == 3)
  }

  @Test func aListedKindOfAnotherTypeIsRefusedAndOwnKindsAreNot() throws {
    #expect(throws: InputProblem.kindOfAnotherType("mistake", of: [.withdrawal], given: .deposit)) {
      try EventKinds.check("mistake", for: .deposit)
    }
    #expect(throws: InputProblem.kindOfAnotherType("introduction", of: [.favourGiven, .favourAsked], given: .deposit)) {
      try EventKinds.check("introduction", for: .deposit)
    }
    #expect(throws: InputProblem.notAKind("Big Win")) { try EventKinds.check("Big Win", for: .deposit) }
    #expect(throws: InputProblem.notAKind("")) { try EventKinds.check("", for: .deposit) }
    // Each type's own kinds, a kind two types share, and one's own kinds pass.
    for type in EventType.allCases {
      for choice in EventKinds.choices(for: type) { try EventKinds.check(choice.kind, for: type) }
      try EventKinds.check("site-visit", for: type)
    }
    try EventKinds.check("reference", for: .favourAsked)
    let problem = InputProblem.kindOfAnotherType("feedback", of: [.favourAsked], given: .withdrawal)
    #expect(
      problem.description
        == "feedback is a favour asked's kind: use favour-asked, or a withdrawal kind: mistake, missed-promise,"
        + " escalation, price-rise")
  }

  @Test func kindsSuggestSignedWeights() {
    for type in EventType.allCases {
      let choices = EventKinds.choices(for: type)
      #expect(!choices.isEmpty)
      #expect(choices.allSatisfy { type.isNegative ? $0.weight.hundredths < 0 : $0.weight.hundredths > 0 })
    }
    #expect(EventKinds.defaultWeight(for: .deposit, kind: "insight") == Weight(3))
    #expect(EventKinds.defaultWeight(for: .deposit, kind: "my-own-kind") == Weight(2))
    #expect(EventKinds.defaultWeight(for: .withdrawal, kind: "escalation") == Weight(-4))
  }
}
