import Testing

@testable import RapportCore

/// The review's deposit ideas, phrased as offers from a contact's own fields.
@Suite struct OfferTests {
  private func contact(help: String = "", worries: String = "", measuredBy: String = "", nextJob: String = "")
    -> Contact
  {
    Contact(account: "acme", id: "x", name: "X", nextJob: nextJob, measuredBy: measuredBy, worries: worries, help: help)
  }

  @Test func eachFieldBecomesAnOfferInOrder() {
    let offers = contact(
      help: "Give him the fuel analysis early", worries: "The IMO carbon rules; every licence renewal",
      measuredBy: "Fuel cost per nautical mile; off-hire days", nextJob: "CFO of a listed company."
    ).offers
    #expect(
      offers == [
        .help("Give him the fuel analysis early"), .worries("The IMO carbon rules"),
        .measuredBy("Fuel cost per nautical mile"), .nextJob("CFO of a listed company"),
      ])
    #expect(
      offers.map(\.description) == [
        "Would it help if I were to give him the fuel analysis early?",
        "Could I help with the IMO carbon rules?",
        "Would figures on fuel cost per nautical mile help?",
        "Could I help toward CFO of a listed company?",
      ])
  }

  @Test func helpToBringAcronymsAndWhatIsLeftOut() {
    #expect(
      contact(help: "OEE benchmarks by plant; training credits").offers.map(\.description) == [
        "Would it help if I brought OEE benchmarks by plant?"
      ])
    #expect(
      contact(help: "Market outlooks").offers.map(\.description) == ["Would it help if I brought market outlooks?"])
    // Staying put is no next job to help toward; empty fields and bare semicolons offer nothing.
    #expect(contact(nextJob: "Stays: he is a shareholder; wants a listing").offers.isEmpty)
    #expect(contact(help: " ; later", worries: "", measuredBy: ".").offers.isEmpty)
    #expect(contact(worries: "佐藤さんの退職").offers.map(\.description) == ["Could I help with 佐藤さんの退職?"])
  }

  /// Sentences from the demo's people that once read wrongly.
  @Test func helpToDoWorriesAsSentencesAndGoalsToDoReadAsQuestions() {
    #expect(
      contact(help: "Copy him on everything").offers.map(\.description) == [
        "Would it help if I were to copy him on everything?"
      ])
    #expect(
      contact(help: "Be accurate before being fast").offers.map(\.description) == [
        "Would it help if I were to be accurate before being fast?"
      ])
    #expect(
      contact(worries: "Her reputation is tied to our delivery").offers.map(\.description) == [
        "Could I help with the worry that her reputation is tied to our delivery?"
      ])
    #expect(
      contact(worries: "The second shift is two people short").offers.map(\.description) == [
        "Could I help with the worry that the second shift is two people short?"
      ])
    #expect(
      contact(nextJob: "Hand the firm over to his daughter in good order").offers.map(\.description) == [
        "Could I help them hand the firm over to his daughter in good order?"
      ])
    #expect(
      contact(nextJob: "Director of Quality").offers.map(\.description) == ["Could I help toward Director of Quality?"])
  }
}
