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
    let future = #expect(throws: InputProblem.futureDay(Day(iso: "2026-11-25")!)) {
      try DayInput.parse("2026-11-25", today: today)
    }
    #expect(future?.description == "2026-11-25 is in the future: an event records something that happened")
    for text in ["2026-02-29", "3d", "-d", "last week", "-3x"] {
      let problem = #expect(throws: InputProblem.notADay(text)) { try DayInput.parse(text, today: today) }
      #expect(
        problem?.description == "'\(text)' is not a day: write today, yesterday, -3d (three days ago) or YYYY-MM-DD")
    }
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
