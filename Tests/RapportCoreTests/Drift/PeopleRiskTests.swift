import Foundation
import Testing

@testable import RapportCore

/// Key people who leave, and career goals acted on only by what was done for the career.
@Suite struct PeopleRiskTests {
  let today = Day(iso: "2026-11-23")!

  /// The drift report of `acme`, an A account touched every 14 days through `events`.
  private func report(
    contacts: String, events: String, settings: DriftSettings = DriftSettings()
  ) throws -> (DriftReport, Ledger) {
    let fixture = try TemporaryStore(
      accounts: "account acme \"Acme\" tier:A\n", contacts: contacts, events: events)
    let store = try fixture.open(writable: false)
    #expect(store.diagnostics.isEmpty, "\(store.diagnostics)")
    return (store.ledger.drift(account: 0, on: today, thresholds: settings), store.ledger)
  }

  /// A touch to `who` every 14 days for a year, up to 7 days ago.
  private func onCadence(to who: String) -> String {
    stride(from: 357, through: 7, by: -14).map { "\(today.adding(days: -$0)) acme/\(who) deposit +1\n" }.joined()
  }

  private let people = """
    contact acme/lars "Lars" role:COO flags:decision-maker,champion
      left: 2026-10-01 Joined a competitor
    contact acme/ann "Ann" role:"Plant manager"
    contact acme/mo "Mo" role:CFO flags:sponsor

    """

  @Test func aDecisionMakerWhoLeftFlagsAnAccountKeptOnItsCadence() throws {
    let (result, _) = try report(contacts: people, events: onCadence(to: "ann"))
    #expect(result.reasons.count == 1)
    #expect(
      result.reasons.first?.description
        == "Lars (decision maker, champion) left on 2026-10-01, 53 days ago, and no other decision maker, "
        + "champion or sponsor has been touched since: find who holds the account now")
    #expect(result.status == .drifting)
  }

  @Test func touchingAnotherKeyPersonSinceTheyLeftClearsIt() throws {
    let events = onCadence(to: "ann") + "2026-10-01 acme/mo deposit +1\n"
    #expect(try report(contacts: people, events: events).0.reasons.isEmpty)
    // A touch before the day they left does not count; nor does one to a key person who left too.
    let before = onCadence(to: "ann") + "2026-09-30 acme/mo deposit +1\n"
    #expect(try report(contacts: people, events: before).0.reasons.count == 1)
    let gone = people.replacingOccurrences(of: "flags:sponsor", with: "flags:sponsor\n  left: 2026-11-01")
    let (both, _) = try report(contacts: gone, events: onCadence(to: "ann") + "2026-10-05 acme/mo deposit +1\n")
    // Both key people are gone: Mo left later, so comes first.
    #expect(both.reasons.map { if case .keyPersonLeft(let name, _, _, _) = $0 { name } else { "" } } == ["Mo", "Lars"])
    #expect(both.status == .neglected)
  }

  @Test func theFlagEndsAfterTheSetDaysAndOthersLeavingRaiseNone() throws {
    var settings = DriftSettings()
    settings.keyPersonLeftDays = 53
    #expect(try report(contacts: people, events: onCadence(to: "ann"), settings: settings).0.reasons.isEmpty)
    settings.keyPersonLeftDays = 54
    #expect(try report(contacts: people, events: onCadence(to: "ann"), settings: settings).0.reasons.count == 1)
    let annLeft = """
      contact acme/ann "Ann" role:"Plant manager"
        left: 2026-11-01
      contact acme/mo "Mo" role:CFO flags:sponsor

      """
    #expect(try report(contacts: annLeft, events: onCadence(to: "mo")).0.reasons.isEmpty)
    // A leaving day still to come is not a departure yet.
    let later = people.replacingOccurrences(of: "2026-10-01 Joined", with: "2026-12-01 Joined")
    #expect(try report(contacts: later, events: onCadence(to: "ann")).0.reasons.isEmpty)
  }

  @Test func peopleWhoLeftCallForNothingElse() throws {
    let contacts = """
      contact acme/ann "Ann" flags:role-model
        next-job: CEO
        left: 2026-06-01
      contact acme/bo "Bo"

      """
    let (result, _) = try report(contacts: contacts, events: onCadence(to: "bo"))
    // Only Bo is left to hold the account, which is a risk of its own; Ann calls for nothing.
    #expect(result.people.map(\.description) == ["All 6 touches in the last 90 days went to Bo: single-threaded"])
    #expect(result.reasons.isEmpty)
  }

  @Test func onlyWhatWasDoneForTheirCareerActsOnTheGoal() throws {
    let contacts = """
      contact acme/cy "Cy" flags:decision-maker
        next-job: CFO

      """
    let favours = onCadence(to: "cy") + "2026-11-01 acme/cy favour-given introduction +3 \"Invited to our gala\"\n"
    let (unserved, _) = try report(contacts: contacts, events: favours)
    #expect(unserved.people.last == .careerGoalUnserved(name: "Cy", nextJob: "CFO"))
    for served in [
      "2026-05-01 acme/cy favour-given introduction +2 \"Met a CFO\" for:career\n",
      "2026-05-01 acme/cy deposit career-help +1\n",
    ] {
      let (result, ledger) = try report(contacts: contacts, events: onCadence(to: "cy") + served)
      #expect(!result.people.contains(.careerGoalUnserved(name: "Cy", nextJob: "CFO")), "\(served)")
      #expect(ledger.totals(contact: 0).lastCareerHelp == Day(iso: "2026-05-01"))
    }
    // Asking them a favour for our sake is no help to their career, whatever it is tagged.
    let asked = onCadence(to: "cy") + "2026-05-01 acme/cy favour-asked career-help +1\n"
    #expect(
      try report(contacts: contacts, events: asked).0.people.contains(.careerGoalUnserved(name: "Cy", nextJob: "CFO")))
  }

  /// Over generated accounts: a key person who left within the set days is flagged exactly when
  /// no other key person still there was touched on or after that day; each such departure adds
  /// two points, and nothing else about the account changes.
  @Test(arguments: 1...8) func aDepartureIsFlaggedExactlyWhenNoKeyPersonWasTouchedSince(seed: Int) throws {
    var random = SplitMix64(seed: UInt64(seed) &* 7919)
    let flags = ["decision-maker", "champion", "sponsor", "influencer", "difficult"]
    for _ in 0..<6 {
      let count = 2 + random.next(4)
      var contacts = ""
      var events = onCadence(to: "p0")
      var left: [Day?] = []
      var key: [Bool] = []
      var lastTouch: [Day?] = Array(repeating: nil, count: count)
      lastTouch[0] = today.adding(days: -7)
      for person in 0..<count {
        let flag = flags[random.next(flags.count)]
        key.append(Contact.keyFlags.contains(flag))
        contacts += "contact acme/p\(person) \"P\(person)\" flags:\(flag)\n"
        let day = random.next(2) == 0 && person > 0 ? today.adding(days: -random.next(250)) : nil
        if let day { contacts += "  left: \(day)\n" }
        left.append(day)
        if person > 0, random.next(2) == 0 {
          let touched = today.adding(days: -random.next(400))
          events += "\(touched) acme/p\(person) deposit +1\n"
          lastTouch[person] = touched
        }
      }
      let (result, _) = try report(contacts: contacts + "\n", events: events)
      var expected: [String] = []
      for person in 0..<count {
        guard key[person], let day = left[person], day.days(to: today) < 180 else { continue }
        let replaced = (0..<count).contains { other in
          other != person && key[other] && left[other] == nil && (lastTouch[other].map { $0 >= day } ?? false)
        }
        if !replaced { expected.append("P\(person)") }
      }
      let flagged = result.reasons.compactMap { reason -> String? in
        if case .keyPersonLeft(let name, _, _, _) = reason { return name }
        return nil
      }
      #expect(Set(flagged) == Set(expected), "\(contacts)\(events)")
      #expect(result.reasons.count == flagged.count, "only the departures: \(result.reasons)")
      #expect(result.status == DriftStatus(rawValue: min(3, flagged.count == 0 ? 0 : flagged.count == 1 ? 2 : 3)))
    }
  }
}
