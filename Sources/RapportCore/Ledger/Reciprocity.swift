/// The days over which favours are weighed: the last `days` days, today included.
public struct FavourWindow: Hashable, Sendable {
  public var days: Int
  /// The last day counted: the day asked about.
  public var last: Day

  public init(days: Int, endingOn last: Day) {
    precondition(days >= 1)
    self.days = days
    self.last = last
  }

  /// The first day counted, `days - 1` days before the last.
  public var first: Day { last.adding(days: -(days - 1)) }

  @inline(__always) func contains(ordinal day: Int32) -> Bool {
    day <= last.ordinal && day > last.ordinal - Int32(days)
  }

  /// The window's length in words: "12 months" for 365 days, "3 months" for 90, "45 days".
  /// A length within three days of a whole number of months is said in months.
  public var wording: String {
    let monthDays = 365.25 / 12
    let months = (Double(days) / monthDays).rounded()
    if months >= 1, abs(months * monthDays - Double(days)) <= 3 {
      return months == 1 ? "1 month" : "\(Int(months)) months"
    }
    return days == 1 ? "1 day" : "\(days) days"
  }
}

/// The weight of the favours given and asked in a window, and what is owed either way.
public struct FavourBalance: Hashable, Sendable {
  public var givenHundredths = 0
  public var askedHundredths = 0
  public var window: FavourWindow

  public init(window: FavourWindow, givenHundredths: Int = 0, askedHundredths: Int = 0) {
    self.window = window
    self.givenHundredths = givenHundredths
    self.askedHundredths = askedHundredths
  }

  public var given: Double { Double(givenHundredths) / 100 }
  public var asked: Double { Double(askedHundredths) / 100 }
  /// What they owe us: the weight given beyond the weight asked.
  public var owedToUsHundredths: Int { max(0, givenHundredths - askedHundredths) }
  /// What we owe them: the weight asked beyond the weight given.
  public var weOweHundredths: Int { max(0, askedHundredths - givenHundredths) }

  @inline(__always) mutating func add(_ type: EventType, weight: Int32) {
    switch type {
    case .favourGiven: givenHundredths += Int(weight.magnitude)
    case .favourAsked: askedHundredths += Int(weight.magnitude)
    case .deposit, .withdrawal: break
    }
  }

  /// "given 4.0 · asked 6.0 in 12 months · we owe 2.0", or "no favours in 12 months".
  public var wording: String {
    guard givenHundredths != 0 || askedHundredths != 0 else { return "no favours in \(window.wording)" }
    let owed =
      owedToUsHundredths > 0
      ? "owes us \(FavourBalance.format(owedToUsHundredths))"
      : weOweHundredths > 0 ? "we owe \(FavourBalance.format(weOweHundredths))" : "even"
    return "given \(FavourBalance.format(givenHundredths)) · asked \(FavourBalance.format(askedHundredths))"
      + " in \(window.wording) · \(owed)"
  }

  /// A sum of weights in hundredths, with one decimal or two, so that it does not read as a
  /// count: `4.0`, `1.5`, `1.25`; nothing is `0`.
  public static func format(_ hundredths: Int) -> String {
    guard hundredths != 0 else { return "0" }
    let text = Weight.format(hundredths: hundredths, signed: false)
    return text.contains(".") ? text : text + ".0"
  }
}

/// A favour, or what is left of it, not yet answered by one the other way.
public struct OpenFavour: Hashable, Sendable {
  /// The event's position in the ledger.
  public var event: Int
  public var day: Day
  public var weight: Weight
  /// The part of the weight still owed: all of it, or what a smaller favour back left.
  public var open: Weight
}

/// Favours in a window, matched in time order: the balance, and the favours still open.
///
/// Favours are taken in time order (by day, then by line in the events file) and matched first
/// in, first out, weight for weight: a favour asked repays the oldest favour given that is still
/// open, and a favour given returns the oldest favour asked that is still open. A favour larger
/// than the oldest open one goes on to the next; what is left of it stays open itself. Only one
/// side can have open favours at a time, and their open weight is what is owed.
public struct FavourStatement: Hashable, Sendable {
  public var balance: FavourBalance
  /// Favours given that were never returned, oldest first: what they owe us.
  public var unreturned: [OpenFavour] = []
  /// Favours asked that were never repaid, oldest first: what we owe.
  public var unrepaid: [OpenFavour] = []
}

extension Ledger {
  /// The favours of an account (its own and all its contacts') in the window.
  public func favours(account index: Int, in window: FavourWindow) -> FavourStatement {
    favourStatement(events(ofAccount: index), window)
  }

  /// The favours of one contact in the window.
  public func favours(contact index: Int, in window: FavourWindow) -> FavourStatement {
    favourStatement(events(ofContact: index), window)
  }

  /// Each account's favour balance in the window, by account index: the log read in two
  /// halves, one on each core, and their sums added.
  public func favourBalances(in window: FavourWindow) -> [FavourBalance] {
    let count = log.entries.count
    let halves = [0..<count / 2, count / 2..<count]
    let sums = concurrentMap(halves.count) { favourSums(halves[$0], in: window) }
    return accounts.indices.map {
      FavourBalance(
        window: window, givenHundredths: sums[0].given[$0] + sums[1].given[$0],
        askedHundredths: sums[0].asked[$0] + sums[1].asked[$0])
    }
  }

  /// The weights given and asked, in hundredths by account, of the live favours in the window
  /// at `positions`.
  private func favourSums(_ positions: Range<Int>, in window: FavourWindow) -> (given: [Int], asked: [Int]) {
    var given = [Int](repeating: 0, count: accounts.count)
    var asked = given
    log.entries.withUnsafeBufferPointer { entries in
      for position in positions {
        let entry = entries[position]
        guard entry.type.isFavour, !entry.voided, window.contains(ordinal: entry.day) else { continue }
        if entry.type == .favourGiven {
          given[Int(entry.account)] += Int(entry.weight.magnitude)
        } else {
          asked[Int(entry.account)] += Int(entry.weight.magnitude)
        }
      }
    }
    return (given, asked)
  }

  private func favourStatement(_ positions: [Int], _ window: FavourWindow) -> FavourStatement {
    var statement = FavourStatement(balance: FavourBalance(window: window))
    // The live favours in the window, in time order: by day, then by line.
    var favours: [(day: Int32, line: Int32, position: Int)] = []
    for position in positions {
      let entry = log.entries[position]
      guard entry.type.isFavour, !entry.voided, window.contains(ordinal: entry.day) else { continue }
      favours.append((entry.day, entry.line, position))
    }
    favours.sort { ($0.day, $0.line) < ($1.day, $1.line) }
    // The open favours given (side 0) and asked (side 1), oldest first from `heads[side]` on.
    var open: [[OpenFavour]] = [[], []]
    var heads = [0, 0]
    for favour in favours {
      let entry = log.entries[favour.position]
      statement.balance.add(entry.type, weight: entry.weight)
      let side = entry.type == .favourGiven ? 0 : 1
      let other = 1 - side
      var left = Int32(entry.weight.magnitude)
      // It answers the other side's oldest open favours first.
      while left > 0, heads[other] < open[other].count {
        let answered = min(left, open[other][heads[other]].open.hundredths)
        left -= answered
        open[other][heads[other]].open.hundredths -= answered
        if open[other][heads[other]].open.hundredths == 0 { heads[other] += 1 }
      }
      if left > 0 {
        open[side].append(
          OpenFavour(
            event: favour.position, day: Day(ordinal: entry.day),
            weight: Weight(hundredths: Int32(entry.weight.magnitude)), open: Weight(hundredths: left)))
      }
    }
    statement.unreturned = Array(open[0][heads[0]...])
    statement.unrepaid = Array(open[1][heads[1]...])
    return statement
  }
}

extension EventType {
  /// A favour given or asked.
  var isFavour: Bool { self == .favourGiven || self == .favourAsked }
}
