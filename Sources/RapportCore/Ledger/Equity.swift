import Foundation

/// How equity is computed: the half-life of a relationship's balance when left alone.
public struct EquitySettings: Hashable, Sendable {
  /// Days after which an event counts half as much. Default 180.
  public var halfLifeDays: Double

  public init(halfLifeDays: Double = 180) { self.halfLifeDays = halfLifeDays }

  /// The weight an event of `age` days still carries (1 today, 0.5 after one half-life).
  /// An event dated after the day asked about weighs more than its weight; one dated more
  /// than 20 half-lives later (a typo such as 9026 for 2026) weighs as if dated 20 half-lives
  /// later, so that no balance grows beyond what a whole number can hold.
  @inline(__always) public func decayFactor(age: Int) -> Double {
    exp2(min(-Double(age) / halfLifeDays, 20))
  }
}

/// Favours in both directions: what we gave without expecting anything, and what we asked.
public struct Reciprocity: Hashable, Sendable {
  public var given: Int
  public var asked: Int

  public init(given: Int, asked: Int) {
    self.given = given
    self.asked = asked
  }

  /// Favours given per favour asked; nil when nothing was asked.
  public var ratio: Double? { asked == 0 ? nil : Double(given) / Double(asked) }
}

/// Running figures for one account or contact, kept up to date as events are recorded.
public struct Totals: Hashable, Sendable {
  /// Sum of all live weights, in hundredths.
  public internal(set) var balanceHundredths = 0
  /// Sum of weights scaled by their decay factor relative to the ledger's reference day.
  var decayedAtReference = 0.0
  public internal(set) var reciprocity = Reciprocity(given: 0, asked: 0)
  /// The latest deposit or favour.
  public internal(set) var lastTouch: Day?
  /// The latest event of any type.
  public internal(set) var lastEvent: Day?
  /// Live (not voided) events.
  public internal(set) var events = 0
  public internal(set) var touches = 0
  /// The latest deposit or favour given done for the contact's career (`for:career`).
  public internal(set) var lastCareerHelp: Day?

  /// The undecayed balance.
  public var balance: Double { Double(balanceHundredths) / 100 }

  @inline(__always) mutating func add(_ entry: EventEntry, factor: Double) {
    balanceHundredths += Int(entry.weight)
    decayedAtReference += Double(entry.weight) * factor
    events += 1
    let day = Day(ordinal: entry.day)
    if lastEvent.map({ day > $0 }) ?? true { lastEvent = day }
    switch entry.type {
    case .favourGiven: reciprocity.given += 1
    case .favourAsked: reciprocity.asked += 1
    case .deposit, .withdrawal: break
    }
    if entry.type.isTouch {
      touches += 1
      if lastTouch.map({ day > $0 }) ?? true { lastTouch = day }
      if entry.forCareer, entry.type.canBeCareerHelp, lastCareerHelp.map({ day > $0 }) ?? true {
        lastCareerHelp = day
      }
    }
  }
}
