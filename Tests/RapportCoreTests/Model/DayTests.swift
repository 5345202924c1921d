import Testing

@testable import RapportCore

@Suite struct DayTests {
  @Test func parsesAndFormatsISODates() {
    #expect(Day(iso: "1970-01-01")?.ordinal == 0)
    #expect(Day(iso: "2026-11-23")?.description == "2026-11-23")
    #expect(Day(iso: "2000-02-29")?.description == "2000-02-29")
    #expect(Day(iso: "2024-03-01")!.ordinal - Day(iso: "2024-02-28")!.ordinal == 2)
  }

  @Test func civilDatesRoundTripOverFourCenturies() {
    var day = Day(iso: "1900-01-01")!
    let end = Day(iso: "2300-12-31")!
    var previous: (Int, Int, Int)? = nil
    while day <= end {
      let (y, m, d) = day.civil
      #expect(Day(year: y, month: m, day: d) == day)
      if let (py, pm, pd) = previous {
        #expect((y, m, d) > (py, pm, pd))
      }
      previous = (y, m, d)
      day = day.adding(days: 1)
    }
  }

  @Test func rejectsDatesThatDoNotExist() {
    #expect(Day(iso: "2026-02-29") == nil)
    #expect(Day(iso: "1900-02-29") == nil)
    #expect(Day(iso: "2026-13-01") == nil)
    #expect(Day(iso: "2026-04-31") == nil)
    #expect(Day(iso: "2026-4-1") == nil)
    #expect(Day(iso: "yesterday") == nil)
  }

  @Test func explainsWhyADateIsInvalid() {
    #expect(Day.parse(Array("2026-02-30".utf8)[...]) == .failure(.day(30, month: 2, year: 2026)))
    #expect(
      Day.ParseError.day(30, month: 2, year: 2026).reason
        == "no day 30 in February 2026: it has 28 days")
    #expect(Day.ParseError.month(13).reason == "no month 13: months run from 01 to 12")
  }
}

@Suite struct WeightTests {
  @Test func parsesSignedDecimals() throws {
    #expect(try Weight(parsing: "+3").hundredths == 300)
    #expect(try Weight(parsing: "-2").hundredths == -200)
    #expect(try Weight(parsing: "1.5").hundredths == 150)
    #expect(try Weight(parsing: "-0.25").hundredths == -25)
    #expect(try Weight(parsing: "100").hundredths == 10_000)
  }

  @Test func rejectsBadWeightsWithAReason() {
    #expect(throws: Weight.ParseError.shape) { try Weight(parsing: "three") }
    #expect(throws: Weight.ParseError.shape) { try Weight(parsing: "3.") }
    #expect(throws: Weight.ParseError.tooManyDecimals) { try Weight(parsing: "1.255") }
    #expect(throws: Weight.ParseError.zero) { try Weight(parsing: "0") }
    #expect(throws: Weight.ParseError.tooLarge) { try Weight(parsing: "100.01") }
    #expect(throws: Weight.ParseError.tooLarge) { try Weight(parsing: "123456") }
  }

  @Test func formatsWithoutTrailingZeros() {
    #expect(Weight(hundredths: 300).description == "+3")
    #expect(Weight(hundredths: -150).description == "-1.5")
    #expect(Weight(hundredths: 5).description == "+0.05")
    #expect(Weight.format(hundredths: 4125, signed: false) == "41.25")
    #expect(Weight.format(hundredths: 0, signed: true) == "0")
  }
}
