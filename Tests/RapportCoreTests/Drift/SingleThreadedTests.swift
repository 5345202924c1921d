import Foundation
import Testing

@testable import RapportCore

/// The single-threaded rule: every recent touch to a person went to one of them. Touches booked
/// to the account go to no one: they neither count nor break the thread.
@Suite struct SingleThreadedTests {
  let today = HistoryGenerator.today

  /// One account's people and its events, in days before today: the contact's index, or nil
  /// for an event booked to the account.
  struct PeopleHistory {
    var contacts: Int
    var events: [(daysAgo: Int, type: EventType, contact: Int?)] = []
  }

  /// A store with one account per history (`a0`…), contacts `aN/cM` named "Person N.M", and
  /// every account's events in one file in order of days, so that the two halves the analysis
  /// reads hold parts of the same accounts.
  private func ledger(_ histories: [PeopleHistory]) throws -> (TemporaryStore, Ledger) {
    var accounts = ""
    var contacts = ""
    var lines: [(Int, String)] = []
    for (index, history) in histories.enumerated() {
      accounts += "account a\(index) \"Account \(index)\" tier:B\n"
      for c in 0..<history.contacts { contacts += "contact a\(index)/c\(c) \"Person \(index).\(c)\"\n" }
      for event in history.events {
        let target = event.contact.map { "a\(index)/c\($0)" } ?? "a\(index)"
        let weight = event.type == .withdrawal ? "-1" : "+1"
        lines.append((event.daysAgo, "\(today.adding(days: -event.daysAgo)) \(target) \(event.type.word) \(weight)\n"))
      }
    }
    let events = lines.sorted { $0.0 > $1.0 }.map(\.1).joined()
    let fixture = try TemporaryStore(accounts: accounts, contacts: contacts, events: events)
    let store = try fixture.open(writable: false)
    #expect(store.errors.isEmpty, "\(store.errors.prefix(3))")
    return (fixture, store.ledger)
  }

  private func threads(_ report: DriftReport) -> [DriftReason] {
    report.people.filter {
      if case .singleThreaded = $0 { return true }
      return false
    }
  }

  /// Random events of every type, to any contact or the account, at any age.
  private func noise(_ generator: inout HistoryGenerator, contacts: Int, count: Int) -> [(Int, EventType, Int?)] {
    (0..<count).map { _ in
      let type = EventType.allCases[generator.int(0...(EventType.allCases.count - 1))]
      return (generator.int(0...400), type, generator.chance(0.3) ? nil : generator.int(0...(contacts - 1)))
    }
  }

  @Test(arguments: Array(UInt64(1)...8)) func spreadIsNeverAndOneHeldAlwaysSingleThreaded(seed: UInt64) throws {
    var generator = HistoryGenerator(seed: seed)
    var settings = DriftSettings()
    if seed > 1 {
      settings.recentDays = generator.int(7...200)
      settings.singleThreadedTouches = generator.int(1...8)
    }
    let recent = settings.recentDays
    // Half spread: touches to at least two contacts in the recent days. Half held: at least the
    // set number of recent touches, all to one contact. Around them: account-level touches,
    // withdrawals to anyone, and older touches to anyone.
    var histories: [PeopleHistory] = []
    var held: [Int?] = []
    for index in 0..<120 {
      let contacts = index.isMultiple(of: 2) ? generator.int(2...5) : generator.int(1...5)
      var history = PeopleHistory(contacts: contacts)
      if index.isMultiple(of: 2) {
        let (a, b) = (generator.int(0...(contacts - 1)), generator.int(0...(contacts - 2)))
        let other = b >= a ? b + 1 : b
        for person in [a, other] + (0..<generator.int(0...6)).map({ _ in generator.int(0...(contacts - 1)) }) {
          history.events.append(
            (generator.int(0...(recent - 1)), generator.chance(0.5) ? .deposit : .favourGiven, person))
        }
        held.append(nil)
      } else {
        let person = generator.int(0...(contacts - 1))
        for _ in 0..<(settings.singleThreadedTouches + generator.int(0...4)) {
          let type: EventType = [.deposit, .favourGiven, .favourAsked][generator.int(0...2)]
          history.events.append((generator.int(0...(recent - 1)), type, person))
        }
        held.append(person)
      }
      for _ in 0..<generator.int(0...5) {
        let older = generator.int(recent...(recent + 300))
        history.events.append((older, .deposit, generator.chance(0.3) ? nil : generator.int(0...(contacts - 1))))
      }
      for _ in 0..<generator.int(0...4) {
        history.events.append((generator.int(0...400), .deposit, nil))
        history.events.append((generator.int(0...400), .withdrawal, generator.int(0...(contacts - 1))))
      }
      histories.append(history)
    }
    let (_, ledger) = try ledger(histories)
    for (index, report) in ledger.driftReports(on: today, thresholds: settings).enumerated() {
      let found = threads(report)
      guard let person = held[index] else {
        #expect(found.isEmpty, "a\(index): \(found)")
        continue
      }
      let toPeople = histories[index].events.filter { $0.daysAgo < recent && $0.type.isTouch && $0.contact != nil }
      let toAccount = histories[index].events.filter { $0.daysAgo < recent && $0.type.isTouch && $0.contact == nil }
      #expect(
        found == [
          .singleThreaded(
            name: "Person \(index).\(person)", touches: toPeople.count, days: recent, accountLevel: toAccount.count)
        ], "a\(index)")
      // The single-account analysis agrees.
      #expect(threads(ledger.drift(account: index, on: today, thresholds: settings)) == found, "a\(index)")
    }
  }

  @Test func fewerTouchesThanTheSettingAndOldOnesDoNotCount() throws {
    let histories = [
      // Two recent touches to one person: under the default three.
      PeopleHistory(contacts: 2, events: [(3, .deposit, 0), (40, .favourGiven, 0), (95, .deposit, 0)]),
      // Three to one person, one of them 90 days ago: outside the recent 90 days.
      PeopleHistory(contacts: 2, events: [(3, .deposit, 0), (40, .deposit, 0), (90, .deposit, 0)]),
      // Three to one person and a withdrawal from another: single-threaded.
      PeopleHistory(
        contacts: 2, events: [(3, .deposit, 0), (40, .deposit, 0), (89, .deposit, 0), (5, .withdrawal, 1)]),
    ]
    let (_, ledger) = try ledger(histories)
    let reports = ledger.driftReports(on: today)
    #expect(threads(reports[0]).isEmpty)
    #expect(threads(reports[1]).isEmpty)
    #expect(
      threads(reports[2]).map(\.description) == [
        "All 3 touches in the last 90 days went to Person 2.0: single-threaded"
      ])
  }

  @Test func theSentenceSaysWhatWentToTheAccountAndAddsNoPoint() throws {
    let histories = [
      PeopleHistory(
        contacts: 1,
        events: [(1, .deposit, 0), (10, .deposit, 0), (20, .favourGiven, 0), (25, .deposit, 0), (30, .deposit, nil)]),
      PeopleHistory(
        contacts: 2, events: [(1, .deposit, 0), (10, .deposit, 1), (20, .favourGiven, 0), (25, .deposit, 0)]),
    ]
    let (_, ledger) = try ledger(histories)
    let reports = ledger.driftReports(on: today)
    #expect(
      reports[0].people.map(\.description) == [
        "All 4 touches to a person in the last 90 days went to Person 0.0 (1 more to the account): single-threaded"
      ])
    // A risk to the people: an account kept on its cadence is not flagged for it.
    #expect(reports[0].reasons.isEmpty && reports[0].status == .healthy)
    #expect(reports[1].people.isEmpty && reports[1].status == .healthy)
    var one = DriftSettings()
    one.singleThreadedTouches = 1
    let single = try self.ledger([PeopleHistory(contacts: 1, events: [(1, .deposit, 0)])]).1
    #expect(
      single.drift(account: 0, on: today, thresholds: one).people.map(\.description) == [
        "The one touch in the last 90 days went to Person 0.0: single-threaded"
      ])
  }
}
