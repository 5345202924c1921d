import Testing

@testable import RapportCore

/// Favours by weight over a window, matched first in, first out. Today is 2026-11-23.
@Suite struct ReciprocityTests {
  static let today = Day(iso: "2026-11-23")!
  let year = FavourWindow(days: 365, endingOn: ReciprocityTests.today)

  /// A ledger of one account, `acme`, with contacts `jane` and `bob`, and the events given as
  /// `DAYS-AGO TARGET TYPE WEIGHT [id]` (TARGET `-` for the account itself), in that file order.
  static func ledger(_ events: [String]) throws -> Ledger {
    var lines = ""
    for event in events {
      let parts = event.split(separator: " ").map(String.init)
      let target = parts[1] == "-" ? "acme" : "acme/\(parts[1])"
      lines += "\(today.adding(days: -Int(parts[0])!)) \(target) \(parts[2]) \(parts[3])"
      lines += parts.count > 4 ? " id:\(parts[4])\n" : "\n"
    }
    let fixture = try TemporaryStore(
      accounts: "account acme \"Acme\" tier:A\n",
      contacts: "contact acme/jane \"Jane\"\ncontact acme/bob \"Bob\"\n", events: lines)
    let store = try fixture.open(writable: false)
    #expect(store.errors.isEmpty, "\(store.errors)")
    return store.ledger
  }

  @Test func weightsCountNotFavours() throws {
    // One small favour given and three larger ones asked: the weights tell, not the count.
    let ledger = try Self.ledger([
      "100 jane favour-given +1", "80 jane favour-asked +2", "60 jane favour-asked +2", "40 bob favour-asked +2",
      "30 jane deposit +5", "20 jane withdrawal -3",
    ])
    let account = ledger.favours(account: 0, in: year).balance
    #expect(account.givenHundredths == 100)
    #expect(account.askedHundredths == 600)
    #expect(account.weOweHundredths == 500)
    #expect(account.owedToUsHundredths == 0)
    #expect(account.wording == "given 1.0 · asked 6.0 in 12 months · we owe 5.0")
    let jane = ledger.favours(contact: ledger.contactIndex("acme/jane")!, in: year).balance
    #expect((jane.givenHundredths, jane.askedHundredths) == (100, 400))
    let bob = ledger.favours(contact: ledger.contactIndex("acme/bob")!, in: year).balance
    #expect((bob.givenHundredths, bob.askedHundredths) == (0, 200))
  }

  @Test func theWindowHoldsItsFirstAndLastDayAndNothingOutside() throws {
    // 364 days ago is the window's first day; 365 days ago is outside; tomorrow is after it.
    let ledger = try Self.ledger([
      "365 jane favour-given +8", "364 jane favour-given +1.5", "0 jane favour-asked +0.25",
      "-1 jane favour-asked +4",
    ])
    #expect(year.first == Day(iso: "2025-11-24")!)
    let favours = ledger.favours(account: 0, in: year).balance
    #expect((favours.givenHundredths, favours.askedHundredths) == (150, 25))
    #expect(favours.wording == "given 1.5 · asked 0.25 in 12 months · owes us 1.25")
    // A shorter window leaves the older favours out.
    let month = ledger.favours(account: 0, in: FavourWindow(days: 30, endingOn: Self.today)).balance
    #expect((month.givenHundredths, month.askedHundredths) == (0, 25))
    #expect(ledger.favourBalances(in: year)[0] == favours)
  }

  @Test func voidedFavoursDoNotCount() throws {
    let fixture = try TemporaryStore(
      accounts: "account acme \"Acme\" tier:A\n",
      events: "2026-10-01 acme favour-asked +3 id:x1\n2026-10-02 void x1 \"typo\"\n2026-10-03 acme favour-given +1\n")
    let ledger = try fixture.open(writable: false).ledger
    let favours = ledger.favours(account: 0, in: year)
    #expect((favours.balance.givenHundredths, favours.balance.askedHundredths) == (100, 0))
    #expect(favours.unrepaid.isEmpty)
    #expect(favours.unreturned.map(\.open) == [Weight(1)])
  }

  @Test func aFavourAnswersTheOldestOpenOnesFirstAndWhatIsLeftStaysOpen() throws {
    let ledger = try Self.ledger([
      "100 jane favour-given +2 g1", "90 bob favour-given +1 g2", "80 jane favour-given +3 g3",
      "50 jane favour-asked +2.5 a1",
    ])
    // The ask of 2.5 returns g1 (2) and half of g2; g2's other half and g3 are still open.
    let favours = ledger.favours(account: 0, in: year)
    #expect(favours.unreturned.map { ledger.event($0.event).id } == ["g2", "g3"])
    #expect(favours.unreturned.map(\.weight) == [Weight(1), Weight(3)])
    #expect(favours.unreturned.map(\.open) == [Weight(hundredths: 50), Weight(3)])
    #expect(favours.unreturned.map(\.day) == [Self.today.adding(days: -90), Self.today.adding(days: -80)])
    #expect(favours.unrepaid.isEmpty)
    #expect(favours.balance.owedToUsHundredths == 350)

    // Four more asked: the open 3.5 is returned, and 0.5 of the new ask is what we owe.
    let more = try Self.ledger([
      "100 jane favour-given +2", "90 bob favour-given +1", "80 jane favour-given +3", "50 jane favour-asked +2.5",
      "10 bob favour-asked +4 a2",
    ])
    let after = more.favours(account: 0, in: year)
    #expect(after.unreturned.isEmpty)
    #expect(after.unrepaid.map { more.event($0.event).id } == ["a2"])
    #expect(after.unrepaid.map(\.open) == [Weight(hundredths: 50)])
    #expect(after.balance.weOweHundredths == 50)
  }

  @Test func openFavoursAreListedOldestFirstWhateverTheFileOrder() throws {
    // Asked favours recorded late, with earlier dates; on one day, the file's order.
    let ledger = try Self.ledger([
      "10 jane favour-asked +1 late", "40 jane favour-asked +1 early", "20 bob favour-asked +1 first-of-day",
      "20 jane favour-asked +1 second-of-day", "30 - favour-given +1.5 given",
    ])
    let favours = ledger.favours(account: 0, in: year)
    // The favour given (30 days ago) repays the ask before it (40 days ago); the half left over
    // is returned by the next ask, half of which stays open.
    #expect(favours.unrepaid.map { ledger.event($0.event).id } == ["first-of-day", "second-of-day", "late"])
    #expect(favours.unrepaid.map(\.open) == [Weight(hundredths: 50), Weight(1), Weight(1)])
    // Jane's own favours are matched only among hers: nothing given to her repays them.
    let jane = ledger.favours(contact: ledger.contactIndex("acme/jane")!, in: year)
    #expect(jane.unrepaid.map { ledger.event($0.event).id } == ["early", "second-of-day", "late"])
  }

  @Test func theWordingSaysWhoOwesWhomInTheWindowsLength() {
    let window = FavourWindow(days: 365, endingOn: Self.today)
    #expect(FavourBalance(window: window).wording == "no favours in 12 months")
    #expect(
      FavourBalance(window: window, givenHundredths: 400, askedHundredths: 600).wording
        == "given 4.0 · asked 6.0 in 12 months · we owe 2.0")
    #expect(
      FavourBalance(window: window, givenHundredths: 200, askedHundredths: 200).wording
        == "given 2.0 · asked 2.0 in 12 months · even")
    #expect(
      FavourBalance(window: window, givenHundredths: 350, askedHundredths: 0).wording
        == "given 3.5 · asked 0 in 12 months · owes us 3.5")
    let lengths = [
      1: "1 day", 30: "1 month", 45: "45 days", 90: "3 months", 180: "6 months", 100: "100 days", 730: "24 months",
    ]
    for (days, words) in lengths {
      #expect(FavourWindow(days: days, endingOn: Self.today).wording == words, "\(days)")
    }
  }
}
