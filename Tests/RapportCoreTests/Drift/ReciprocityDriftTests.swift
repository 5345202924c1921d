import Testing

@testable import RapportCore

/// The drift reason about favours, and the favour figures, over generated histories: weights
/// in the window decide, not counts. Today is 2026-11-23.
@Suite struct ReciprocityDriftTests {
  let today = Day(iso: "2026-11-23")!

  /// A favour as generated: days ago, given or asked, weight in hundredths, account.
  struct Favour {
    var daysAgo: Int
    var given: Bool
    var hundredths: Int
    var account: Int
  }

  /// Three accounts, each with a contact, and the favours in a shuffled file order.
  private func ledger(_ favours: [Favour]) throws -> Ledger {
    let accounts = (0..<3).map { "account a\($0) \"A\($0)\" tier:B\n" }.joined()
    let contacts = (0..<3).map { "contact a\($0)/c \"C\($0)\"\n" }.joined()
    let events = favours.enumerated().map { n, f in
      let target = n % 2 == 0 ? "a\(f.account)/c" : "a\(f.account)"
      let weight = Weight.format(hundredths: f.hundredths, signed: true)
      return "\(today.adding(days: -f.daysAgo)) \(target) favour-\(f.given ? "given" : "asked") \(weight)\n"
    }.joined()
    let fixture = try TemporaryStore(accounts: accounts, contacts: contacts, events: events)
    let store = try fixture.open(writable: false)
    #expect(store.errors.isEmpty, "\(store.errors)")
    return store.ledger
  }

  private func history(_ random: inout SplitMix64) -> [Favour] {
    let weights = [25, 50, 100, 150, 200, 300, 500, 1000]
    return (0..<random.next(30)).map { _ in
      Favour(
        daysAgo: random.next(800), given: random.next(2) == 0, hundredths: weights[random.next(weights.count)],
        account: random.next(3))
    }
  }

  @Test func theReasonFiresExactlyWhenAskedExceedsGivenInTheWindowByTheThreshold() throws {
    var random = SplitMix64(seed: 12)
    for round in 0..<40 {
      let favours = history(&random)
      var settings = DriftSettings()
      settings.askedWithoutGiving = [0.5, 1, 2, 3.5][random.next(4)]
      settings.reciprocityWindowDays = [30, 180, 365, 700][random.next(4)]
      let ledger = try ledger(favours)
      let reports = ledger.driftReports(on: today, thresholds: settings)
      for account in 0..<3 {
        let inWindow = favours.filter { $0.account == account && $0.daysAgo < settings.reciprocityWindowDays }
        let given = inWindow.filter(\.given).reduce(0) { $0 + $1.hundredths }
        let asked = inWindow.filter { !$0.given }.reduce(0) { $0 + $1.hundredths }
        let reason = reports[account].reasons.first {
          if case .askedWithoutGiving = $0 { return true } else { return false }
        }
        let context = "round \(round), account \(account): given \(given), asked \(asked), \(settings)"
        #expect((reason != nil) == (Double(asked - given) >= settings.askedWithoutGiving * 100), "\(context)")
        if given >= asked { #expect(reason == nil, "\(context)") }
        if case .askedWithoutGiving(let balance) = reason {
          #expect((balance.givenHundredths, balance.askedHundredths) == (given, asked), "\(context)")
          #expect(balance.window.days == settings.reciprocityWindowDays)
        }
        // One account's drift finds the same reason as the drift of all of them.
        let alone = ledger.drift(account: account, on: today, thresholds: settings).reasons.first {
          if case .askedWithoutGiving = $0 { return true } else { return false }
        }
        #expect(alone == reason, "\(context)")
      }
    }
  }

  @Test func whatStaysOpenIsWhatIsOwedOnOneSideOnlyOldestFirst() throws {
    var random = SplitMix64(seed: 2026)
    for round in 0..<40 {
      let ledger = try ledger(history(&random))
      let window = FavourWindow(days: [90, 365, 800][round % 3], endingOn: today)
      let all = ledger.favourBalances(in: window)
      for account in 0..<3 {
        let statement = ledger.favours(account: account, in: window)
        #expect(statement.balance == all[account], "round \(round)")
        let unreturned = statement.unreturned.reduce(0) { $0 + Int($1.open.hundredths) }
        let unrepaid = statement.unrepaid.reduce(0) { $0 + Int($1.open.hundredths) }
        #expect(unreturned == statement.balance.owedToUsHundredths, "round \(round)")
        #expect(unrepaid == statement.balance.weOweHundredths, "round \(round)")
        #expect(statement.unreturned.isEmpty || statement.unrepaid.isEmpty)
        for open in [statement.unreturned, statement.unrepaid] {
          #expect(zip(open, open.dropFirst()).allSatisfy { $0.day <= $1.day }, "round \(round): oldest first")
          #expect(open.allSatisfy { $0.open.hundredths > 0 && $0.open <= $0.weight })
          #expect(open.allSatisfy { $0.day >= window.first && $0.day <= window.last })
        }
        // Only the oldest open favour can have been partly answered.
        for open in [statement.unreturned, statement.unrepaid] {
          #expect(open.dropFirst().allSatisfy { $0.open == $0.weight }, "round \(round)")
        }
      }
    }
  }

  @Test func oneSmallFavourGivenNoLongerSilencesManyLargeAsks() throws {
    let favours =
      [Favour(daysAgo: 200, given: true, hundredths: 50, account: 0)]
      + (0..<12).map { Favour(daysAgo: 180 - $0 * 10, given: false, hundredths: 200, account: 0) }
    let report = try ledger(favours).drift(account: 0, on: today)
    #expect(
      report.reasons.map(\.description).contains("Asked 24.0 and gave 0.5 in 12 months: give before asking again"))
  }

  @Test func favoursOutsideTheWindowNoLongerCount() throws {
    // Asked a lot more than a year ago: forgotten by now.
    let favours = (0..<5).map { Favour(daysAgo: 400 + $0, given: false, hundredths: 300, account: 0) }
    let ledger = try ledger(favours)
    #expect(!ledger.drift(account: 0, on: today).reasons.contains { $0.description.hasPrefix("Asked") })
    var longer = DriftSettings()
    longer.reciprocityWindowDays = 730
    #expect(
      ledger.drift(account: 0, on: today, thresholds: longer).reasons.map(\.description).contains(
        "Asked 15.0 and gave 0 in 24 months: give before asking again"))
  }
}
