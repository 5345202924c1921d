/// Every threshold of the drift analysis, in one place. Each can be set in `config.toml` under
/// `[drift]` with the name in brackets. The README's drift section says how the rules use them.
public struct DriftSettings: Hashable, Sendable {
  /// Days after the win that count as the honeymoon (`honeymoon-days`, 90).
  public var honeymoonDays = 90
  /// Days after the win from which the honeymoon is no longer compared with the recent days
  /// (`honeymoon-ends-days`, 365).
  public var honeymoonEndsDays = 365
  /// Touches a month the honeymoon needs for the comparison to be made (`honeymoon-min-rate`, 1).
  public var honeymoonMinRate = 1.0
  /// Days back from today that count as recent (`recent-days`, 90).
  public var recentDays = 90
  /// Days between touches each tier promises (`cadence-a`, `cadence-b`, `cadence-c`: 14, 30,
  /// 60). An account's own `cadence:` comes first.
  public var cadenceA = 14
  public var cadenceB = 30
  public var cadenceC = 60
  /// The recent touches, as a share of those the honeymoon's pace or the promise gives (the
  /// fewer), under which the account is cooling (`cooling-share`, 0.5); under half of that it
  /// counts twice.
  public var coolingShare = 0.5
  /// The share of decayed equity, below what decay alone would leave, lost over the recent days
  /// that is a warning (`equity-drop`, 0.25).
  public var equityDrop = 0.25
  /// The least fall of decayed equity, in points, that is a warning (`equity-drop-min`, 1).
  public var equityDropMin = 1.0
  /// Withdrawals in a row, the latest events of an account, that are a warning (`withdrawal-run`, 3).
  public var withdrawalRun = 3
  /// The weight of favours asked beyond the weight given, in the reciprocity window, that is
  /// a warning (`asked-without-giving`, 2).
  public var askedWithoutGiving = 2.0
  /// Days back from today over which favours are weighed (`reciprocity-window-days`, 365).
  public var reciprocityWindowDays = 365
  /// The least touches to people in the recent days, all to one person, that make the account
  /// single-threaded (`single-threaded-touches`, 3).
  public var singleThreadedTouches = 3
  /// Days after a decision-maker, champion or sponsor leaves during which the account is
  /// flagged, until another of its key people is touched (`key-person-left-days`, 180).
  public var keyPersonLeftDays = 180
  /// Open promises to one account beyond which it is a warning (`promises-open-max`, 5).
  public var promisesOpenMax = 5
  /// The share of an account's promises kept or missed in the reciprocity window that, missed,
  /// is a warning (`promises-missed-share`, 0.25)…
  public var promisesMissedShare = 0.25
  /// …once at least this many were kept or missed (`promises-judged-min`, 4).
  public var promisesJudgedMin = 4
  /// Days a key account plan's review may slip past its day before the account is flagged
  /// (`plan-review-grace-days`, 14).
  public var planReviewGraceDays = 14

  public init() {}

  /// The reciprocity window ending on `today`.
  public func favourWindow(endingOn today: Day) -> FavourWindow {
    FavourWindow(days: reciprocityWindowDays, endingOn: today)
  }

  /// The days between touches promised to `account`.
  public func cadence(of account: Account) -> Int {
    if let days = account.cadenceDays { return days }
    switch account.tier {
    case .a: return cadenceA
    case .b: return cadenceB
    case .c: return cadenceC
    }
  }

  /// The honeymoon after a win on `won`, and the days compared with it on `today`: the recent
  /// days, none before the honeymoon's end. Nil while the honeymoon lasts, and from
  /// `honeymoonEndsDays` after the win on.
  public func honeymoonComparison(won: Day?, on today: Day) -> (
    honeymoon: ClosedRange<Day>, compared: ClosedRange<Day>
  )? {
    guard let won else { return nil }
    let end = won.adding(days: honeymoonDays)
    guard end <= today, today < won.adding(days: honeymoonEndsDays) else { return nil }
    return (won...end.adding(days: -1), max(today.adding(days: -(recentDays - 1)), end)...today)
  }

  /// What a setting takes, in words for a message.
  public enum Range: Sendable {
    case days, count, fraction, positive, weight

    public var wording: String {
      switch self {
      case .days: return "a whole number of days, such as 30"
      case .count: return "a whole number of events, such as 3"
      case .fraction: return "a fraction between 0 and 1, such as 0.5"
      case .positive: return "a number above 0, such as 1.5"
      case .weight: return "a weight above 0, such as 2 or 1.5"
      }
    }
  }

  /// The settings' names in `config.toml`, each with what it takes and how to set it: `set`
  /// returns false, and changes nothing, when the value is out of its range.
  public static let keys: [(name: String, range: Range, set: @Sendable (inout DriftSettings, Double) -> Bool)] = [
    ("honeymoon-days", .days, whole(\.honeymoonDays, upTo: 3650)),
    ("honeymoon-ends-days", .days, whole(\.honeymoonEndsDays, upTo: 36500)),
    ("honeymoon-min-rate", .positive, positive(\.honeymoonMinRate, upTo: 1000)),
    ("recent-days", .days, whole(\.recentDays, upTo: 3650)),
    ("cadence-a", .days, whole(\.cadenceA, upTo: 3650)),
    ("cadence-b", .days, whole(\.cadenceB, upTo: 3650)),
    ("cadence-c", .days, whole(\.cadenceC, upTo: 3650)),
    ("cooling-share", .fraction, fraction(\.coolingShare)),
    ("equity-drop", .fraction, fraction(\.equityDrop)),
    ("equity-drop-min", .positive, positive(\.equityDropMin, upTo: 1_000_000)),
    ("withdrawal-run", .count, whole(\.withdrawalRun, upTo: 100)),
    ("asked-without-giving", .weight, positive(\.askedWithoutGiving, upTo: 10000)),
    ("reciprocity-window-days", .days, whole(\.reciprocityWindowDays, upTo: 3650)),
    ("single-threaded-touches", .count, whole(\.singleThreadedTouches, upTo: 100)),
    ("key-person-left-days", .days, whole(\.keyPersonLeftDays, upTo: 3650)),
    ("promises-open-max", .count, whole(\.promisesOpenMax, upTo: 1000)),
    ("promises-missed-share", .fraction, fraction(\.promisesMissedShare)),
    ("promises-judged-min", .count, whole(\.promisesJudgedMin, upTo: 1000)),
    ("plan-review-grace-days", .days, whole(\.planReviewGraceDays, upTo: 3650)),
  ]

  /// Sets a whole number from 1 to `top`.
  private static func whole(
    _ field: WritableKeyPath<DriftSettings, Int> & Sendable, upTo top: Double
  ) -> @Sendable (inout DriftSettings, Double) -> Bool {
    { settings, value in
      guard value >= 1, value <= top, value == value.rounded() else { return false }
      settings[keyPath: field] = Int(value)
      return true
    }
  }

  /// Sets a number above 0 and at most `top`, such as a weight.
  private static func positive(
    _ field: WritableKeyPath<DriftSettings, Double> & Sendable, upTo top: Double
  ) -> @Sendable (inout DriftSettings, Double) -> Bool {
    { settings, value in
      guard value > 0, value <= top else { return false }
      settings[keyPath: field] = value
      return true
    }
  }

  /// Sets a fraction strictly between 0 and 1.
  private static func fraction(
    _ field: WritableKeyPath<DriftSettings, Double> & Sendable
  ) -> @Sendable (inout DriftSettings, Double) -> Bool {
    { settings, value in
      guard value > 0, value < 1 else { return false }
      settings[keyPath: field] = value
      return true
    }
  }
}
