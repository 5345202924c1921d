/// Every threshold of the drift analysis, in one place. Each can be set in `config.toml` under
/// `[drift]` with the name in brackets.
public struct DriftSettings: Hashable, Sendable {
  /// Days after the win that count as the honeymoon (`honeymoon-days`, 90).
  public var honeymoonDays = 90
  /// Days back from today that count as recent (`recent-days`, 90).
  public var recentDays = 90
  /// Days between touches each tier promises (`cadence-a`, `cadence-b`, `cadence-c`: 14, 30,
  /// 60). An account's own `cadence:` comes first.
  public var cadenceA = 14
  public var cadenceB = 30
  public var cadenceC = 60
  /// The recent touch rate, as a share of the honeymoon's, under which the account is cooling
  /// (`cooling-share`, 0.5); under half of that it counts twice.
  public var coolingShare = 0.5
  /// The share of decayed equity lost over the recent days that is a warning (`equity-drop`, 0.25).
  public var equityDrop = 0.25
  /// Withdrawals in a row, the latest events of an account, that are a warning (`withdrawal-run`, 3).
  public var withdrawalRun = 3
  /// The weight of favours asked beyond the weight given, in the reciprocity window, that is
  /// a warning (`asked-without-giving`, 2).
  public var askedWithoutGiving = 2.0
  /// Days back from today over which favours are weighed (`reciprocity-window-days`, 365).
  public var reciprocityWindowDays = 365

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

  /// The settings' names in `config.toml`, each with how to set it: `set` returns false, and
  /// changes nothing, when the value is out of its range.
  public static let keys: [(name: String, set: @Sendable (inout DriftSettings, Double) -> Bool)] = [
    ("honeymoon-days", whole(\.honeymoonDays, upTo: 3650)),
    ("recent-days", whole(\.recentDays, upTo: 3650)),
    ("cadence-a", whole(\.cadenceA, upTo: 3650)),
    ("cadence-b", whole(\.cadenceB, upTo: 3650)),
    ("cadence-c", whole(\.cadenceC, upTo: 3650)),
    ("cooling-share", fraction(\.coolingShare)),
    ("equity-drop", fraction(\.equityDrop)),
    ("withdrawal-run", whole(\.withdrawalRun, upTo: 100)),
    ("asked-without-giving", positive(\.askedWithoutGiving, upTo: 10000)),
    ("reciprocity-window-days", whole(\.reciprocityWindowDays, upTo: 3650)),
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

  /// Sets a number above 0 and up to `top`, such as a weight.
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
