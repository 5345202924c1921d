import Testing

@testable import RapportCore

/// The brief as a document: which sections it has, what stays out without --personal, and the
/// order of what it lists.
@Suite struct BriefModelTests {
  @Test func theAccountsFactsAndEquity() throws {
    let brief = try BriefFixture.brief("acme")
    #expect(brief.account.tier == .a)
    #expect(brief.account.owner == "sam")
    #expect(brief.account.won == Day(iso: "2025-03-01"))
    // 9 + 3 - 4 + 1 + 5 - 2 + 2 + 1, the voided -1 left out; a year ago only the 9.
    #expect(brief.account.equityHundredths == 1500)
    #expect(brief.account.equityYearAgoHundredths == 900)
    #expect(brief.account.lastTouch == Day(iso: "2026-08-01"))
  }

  @Test func theStoryTellsTheHeaviestOfTheYearOldestFirst() throws {
    let story = try BriefFixture.brief("acme").story
    // Three deposits (of five in the year: the +1s are lighter), two withdrawals (the voided
    // one is not told), and nothing from before the year.
    #expect(story.map(\.day.description) == ["2025-12-01", "2026-02-10", "2026-04-01", "2026-05-01", "2026-06-01"])
    #expect(story.map(\.weight.hundredths) == [300, -400, 500, -200, 200])
    #expect(story.map(\.with) == ["Jane Doe", "Bob Stone", "Jane Doe", "Bob Stone", "Jane Doe"])
    #expect(
      BriefWords.sentence(story[1]) == "On 2026-02-10 a withdrawal (mistake) cost 4 points with Bob Stone.")
  }

  @Test func personalNotesOnlyWhenAskedFor() throws {
    let plain = try BriefFixture.brief("acme")
    #expect(plain.story.allSatisfy { $0.note == nil })
    #expect((plain.people + plain.left).allSatisfy { $0.personalNotes == nil && $0.lastTouch?.note == nil })
    for text in [BriefText.render(plain), BriefMarkdown.render(plain)] {
      #expect(!text.contains("Runs marathons"))
      #expect(!text.contains("Outage in their busiest week"))
      #expect(!text.contains("Lunch before she left"))
      // The career side is not personal: it is what the brief is for.
      #expect(text.contains("COO within two years"))
    }

    let personal = try BriefFixture.brief("acme", personal: true)
    #expect(personal.people.first?.personalNotes == "Runs marathons; two children")
    #expect(personal.story[1].note == "Outage in their busiest week")
    for text in [BriefText.render(personal), BriefMarkdown.render(personal)] {
      #expect(text.contains("Runs marathons; two children"))
      #expect(text.contains("cost 4 points with Bob Stone: Outage in their busiest week."))
      #expect(text.contains("with personal notes"))
    }
  }

  @Test func peopleDecisionMakersFirstAndWhoLeftApart() throws {
    let brief = try BriefFixture.brief("acme")
    #expect(brief.people.map(\.id) == ["jane", "bob"])
    #expect(brief.left.map(\.id) == ["ann"])
    #expect(brief.left[0].left?.text == "Joined Vestas")
    // Ann was a decision maker, but she left: she is not listed as one.
    #expect(brief.keyPeople.map(\.flag) == [.decisionMaker, .roleModel, .difficult])
    #expect(brief.keyPeople.map { $0.people.map(\.name) } == [["Jane Doe"], ["Jane Doe"], ["Bob Stone"]])
    #expect(brief.keyPeople[2].people[0].reassess == Day(iso: "2026-10-01"))
    #expect(brief.people[0].lastTouch?.type == .favourGiven)
    #expect(brief.people[1].lastTouch == nil)
  }

  @Test func promisesPlansAndDrift() throws {
    let brief = try BriefFixture.brief("acme")
    #expect(brief.promises.map(\.what) == ["send the benchmark"])
    #expect(brief.promises[0].daysOverdue == 9)
    #expect(brief.promises[0].to == "Jane Doe")
    // The touch planned, the open initiative (the done one is not planned), the plan's review.
    #expect(brief.planned.map(\.source) == [.touch, .initiative(.active), .planReview])
    #expect(brief.planned[1].serves == "Jane Doe")
    // The same reasons, in the same words, as `rapport drift`.
    let (_, store) = try BriefFixture.store()
    let report = store.ledger.drift(account: 0, on: Day(iso: BriefFixture.today)!)
    #expect(brief.drift.status == report.status)
    #expect(brief.drift.reasons == report.reasons.map(\.description))
    #expect(brief.drift.reasons.contains { $0.contains("'send the benchmark'") })
  }

  @Test func anEmptyAccountHasOnlyWhatItHas() throws {
    let brief = try BriefFixture.brief("kyoto")
    #expect(brief.story.isEmpty && brief.culture.isEmpty && brief.people.isEmpty && brief.promises.isEmpty)
    let text = BriefText.render(brief)
    for heading in ["The last year", "Drift: "] { #expect(text.contains("\n\(heading)")) }
    for heading in ["Culture", "Do", "Don't", "People", "Open promises", "Planned", "Decision makers"] {
      #expect(!text.contains("\n\(heading)\n"), "\(heading)")
    }
    #expect(text.contains("No deposits or withdrawals in the last year."))
  }
}
