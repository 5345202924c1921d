import Foundation

@testable import RapportCore

/// One account's generated history: its tier, own cadence, win and events, in days before today.
struct GeneratedHistory {
  struct Event {
    var daysAgo: Int
    var type: EventType
    /// In hundredths, positive; withdrawals are written negative.
    var hundredths: Int
  }

  var tier: Tier
  var ownCadence: Int?
  var wonDaysAgo: Int?
  var events: [Event] = []

  func cadence(_ settings: DriftSettings) -> Int {
    ownCadence ?? [Tier.a: settings.cadenceA, .b: settings.cadenceB, .c: settings.cadenceC][tier]!
  }

  var touchDays: [Int] { events.filter { $0.type.isTouch }.map(\.daysAgo) }
}

/// Histories drawn from a seeded generator, and a store holding them, one account each.
struct HistoryGenerator {
  var random: SplitMix64
  static let today = Day(iso: "2026-11-23")!

  init(seed: UInt64) { random = SplitMix64(seed: seed) }

  mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + random.next(range.count) }
  mutating func chance(_ share: Double) -> Bool { Double(random.next(1_000_000)) < share * 1_000_000 }

  /// Thresholds anywhere in their ranges, within reason for a test's histories.
  mutating func settings() -> DriftSettings {
    var settings = DriftSettings()
    settings.honeymoonDays = int(10...150)
    settings.honeymoonEndsDays = settings.honeymoonDays + int(30...400)
    settings.honeymoonMinRate = Double(int(1...30)) / 10
    settings.recentDays = int(7...200)
    (settings.cadenceA, settings.cadenceB, settings.cadenceC) = (int(3...30), int(10...60), int(20...120))
    settings.coolingShare = Double(int(5...95)) / 100
    settings.equityDrop = Double(int(5...95)) / 100
    settings.equityDropMin = Double(int(1...300)) / 100
    return settings
  }

  mutating func account(_ settings: DriftSettings) -> GeneratedHistory {
    let tier = Tier.allCases[random.next(3)]
    let own = chance(0.2) ? int(2...90) : nil
    let won = chance(0.8) ? int(0...900) : nil
    return GeneratedHistory(tier: tier, ownCadence: own, wonDaysAgo: won)
  }

  /// A touch (a deposit or a favour given) of a random weight.
  mutating func touch(_ daysAgo: Int) -> GeneratedHistory.Event {
    .init(daysAgo: daysAgo, type: chance(0.7) ? .deposit : .favourGiven, hundredths: int(1...2000))
  }

  /// Touches from far back to today, never further apart than `gap` allows; busy in the honeymoon
  /// when `busyHoneymoon`.
  mutating func touches(
    _ history: inout GeneratedHistory, _ settings: DriftSettings, busyHoneymoon: Bool,
    gap: (inout HistoryGenerator) -> Int
  ) {
    let honeymoon = history.wonDaysAgo.map { ($0 - settings.honeymoonDays + 1)...$0 }
    var day = (history.wonDaysAgo ?? int(0...600)) + int(0...200)
    while day >= 0 {
      history.events.append(touch(day))
      let busy = busyHoneymoon && honeymoon?.contains(day) == true
      day -= busy ? min(int(1...3), gap(&self)) : gap(&self)
    }
  }

  /// An account kept at or inside its promise from its first touch to today, after any honeymoon.
  mutating func disciplined(_ settings: DriftSettings) -> GeneratedHistory {
    var history = account(settings)
    let cadence = history.cadence(settings)
    touches(&history, settings, busyHoneymoon: chance(0.7)) { $0.chance(0.5) ? cadence : $0.int(1...cadence) }
    return history
  }

  /// Touches at any pace, then nothing at all for `silence` days up to today.
  mutating func silent(_ settings: DriftSettings, silence: Int) -> GeneratedHistory {
    var history = account(settings)
    let cadence = history.cadence(settings)
    touches(&history, settings, busyHoneymoon: chance(0.7)) { $0.int(1...(3 * cadence)) }
    let shift = silence - history.events.map(\.daysAgo).min()!
    for i in history.events.indices { history.events[i].daysAgo += shift }
    return history
  }

  /// Every kind of event at any pace, withdrawals and favours asked too.
  mutating func mixed(_ settings: DriftSettings) -> GeneratedHistory {
    var history = account(settings)
    let cadence = history.cadence(settings)
    touches(&history, settings, busyHoneymoon: chance(0.5)) { $0.int(1...(2 * cadence)) }
    for _ in 0..<int(0...12) {
      let type: EventType = chance(0.6) ? .withdrawal : .favourAsked
      history.events.append(.init(daysAgo: int(0...700), type: type, hundredths: int(1...1500)))
    }
    if chance(0.3) { history.events = history.events.filter { $0.daysAgo > int(0...200) } }
    return history
  }

  /// A store with one account per history (`a0`, `a1`…), events in each account's order of days.
  static func store(_ histories: [GeneratedHistory], halfLife: Double) throws -> (TemporaryStore, Ledger) {
    var accounts = ""
    var events = ""
    for (index, history) in histories.enumerated() {
      accounts += "account a\(index) \"Account \(index)\" tier:\(history.tier.rawValue)"
      if let won = history.wonDaysAgo { accounts += " won:\(today.adding(days: -won))" }
      if let own = history.ownCadence { accounts += " cadence:\(own)" }
      accounts += "\n"
      for event in history.events.sorted(by: { $0.daysAgo > $1.daysAgo }) {
        let sign = event.type == .withdrawal ? "-" : "+"
        let weight = String(format: "%@%d.%02d", sign, event.hundredths / 100, event.hundredths % 100)
        events += "\(today.adding(days: -event.daysAgo)) a\(index) \(event.type.word) \(weight)\n"
      }
    }
    let fixture = try TemporaryStore(accounts: accounts, events: events)
    let store = try fixture.open(writable: false, halfLife: halfLife)
    guard store.errors.isEmpty else { throw StoreProblem(errors: "\(store.errors.prefix(3))") }
    return (fixture, store.ledger)
  }

  struct StoreProblem: Error { var errors: String }
}
