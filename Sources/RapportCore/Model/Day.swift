import Foundation

/// A calendar day, stored as the number of days since 1970-01-01 (proleptic Gregorian).
///
/// Rapport's ledger has day resolution: events are dated, not timed, and the order of events on
/// one day is the order of their lines.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01.
  public var ordinal: Int32

  public init(ordinal: Int32) { self.ordinal = ordinal }

  /// The day for a valid civil date, or nil when the month or day does not exist.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Day.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    ordinal = Int32(Day.daysFromCivil(year: year, month: month, day: day))
  }

  /// Parses `YYYY-MM-DD`.
  public init?(iso text: some StringProtocol) {
    let bytes = Array(text.utf8)
    guard case .success(let day) = Day.parse(bytes[...]) else { return nil }
    self = day
  }

  public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

  /// The day `n` days later (earlier when negative).
  public func adding(days n: Int) -> Day { Day(ordinal: ordinal + Int32(n)) }

  /// Whole days from `self` to `other` (positive when `other` is later).
  public func days(to other: Day) -> Int { Int(other.ordinal - ordinal) }

  /// Year, month and day of this date.
  public var civil: (year: Int, month: Int, day: Int) {
    // Howard Hinnant's civil_from_days.
    let z = Int(ordinal) + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    let (y, m, d) = civil
    return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
  }

  /// Today in the local time zone.
  public static func today() -> Day {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    return Day(
      year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
  }

  static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// Why a `YYYY-MM-DD` token is not a date.
  public enum ParseError: Error, Equatable {
    case shape
    case month(Int)
    case day(Int, month: Int, year: Int)

    public var reason: String {
      switch self {
      case .shape: return "expected a date as YYYY-MM-DD"
      case .month(let m): return "no month \(m): months run from 01 to 12"
      case .day(let d, let m, let y):
        return
          "no day \(d) in \(Day.monthNames[m - 1]) \(y): it has \(Day.daysIn(month: m, year: y)) days"
      }
    }
  }

  /// The months' names in English, January first.
  public static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// Parses exactly ten bytes `YYYY-MM-DD`.
  static func parse(_ b: ArraySlice<UInt8>) -> Result<Day, ParseError> {
    b.withByteView { parse($0, 0, $0.count) }
  }

  /// Parses the bytes `buffer[start..<end]` as `YYYY-MM-DD`.
  @inline(__always)
  static func parse(_ buffer: ByteView, _ start: Int, _ end: Int) -> Result<
    Day, ParseError
  > {
    guard end - start == 10, buffer[start + 4] == UInt8(ascii: "-"),
      buffer[start + 7] == UInt8(ascii: "-")
    else { return .failure(.shape) }
    @inline(__always) func digits(_ from: Int, _ count: Int) -> Int? {
      var v = 0
      for k in 0..<count {
        let c = buffer[start + from + k] &- 48
        guard c < 10 else { return nil }
        v = v * 10 + Int(c)
      }
      return v
    }
    guard let y = digits(0, 4), let m = digits(5, 2), let d = digits(8, 2) else {
      return .failure(.shape)
    }
    guard y >= 1 else { return .failure(.shape) }
    guard (1...12).contains(m) else { return .failure(.month(m)) }
    guard (1...daysIn(month: m, year: y)).contains(d) else {
      return .failure(.day(d, month: m, year: y))
    }
    return .success(Day(ordinal: Int32(daysFromCivil(year: y, month: m, day: d))))
  }
}

private func pad(_ v: Int, _ width: Int) -> String {
  let s = String(v)
  return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
