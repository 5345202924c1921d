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
  /// Favours asked with none given that are a warning (`asked-without-giving`, 2).
  public var askedWithoutGiving = 2

  public init() {}

  /// The days between touches promised to `account`.
  public func cadence(of account: Account) -> Int {
    if let days = account.cadenceDays { return days }
    switch account.tier {
    case .a: return cadenceA
    case .b: return cadenceB
    case .c: return cadenceC
    }
  }

  /// The settings' names in `config.toml`, each with how to read and set it.
  public static let keys: [(name: String, set: @Sendable (inout DriftSettings, Double) -> Bool)] = [
    (
      "honeymoon-days",
      {
        $0.honeymoonDays = Int($1)
        return $1 >= 1 && $1 <= 3650 && $1 == $1.rounded()
      }
    ),
    (
      "recent-days",
      {
        $0.recentDays = Int($1)
        return $1 >= 1 && $1 <= 3650 && $1 == $1.rounded()
      }
    ),
    (
      "cadence-a",
      {
        $0.cadenceA = Int($1)
        return $1 >= 1 && $1 <= 3650 && $1 == $1.rounded()
      }
    ),
    (
      "cadence-b",
      {
        $0.cadenceB = Int($1)
        return $1 >= 1 && $1 <= 3650 && $1 == $1.rounded()
      }
    ),
    (
      "cadence-c",
      {
        $0.cadenceC = Int($1)
        return $1 >= 1 && $1 <= 3650 && $1 == $1.rounded()
      }
    ),
    (
      "cooling-share",
      {
        $0.coolingShare = $1
        return $1 > 0 && $1 < 1
      }
    ),
    (
      "equity-drop",
      {
        $0.equityDrop = $1
        return $1 > 0 && $1 < 1
      }
    ),
    (
      "withdrawal-run",
      {
        $0.withdrawalRun = Int($1)
        return $1 >= 1 && $1 <= 100 && $1 == $1.rounded()
      }
    ),
    (
      "asked-without-giving",
      {
        $0.askedWithoutGiving = Int($1)
        return $1 >= 1 && $1 <= 100 && $1 == $1.rounded()
      }
    ),
  ]
}
