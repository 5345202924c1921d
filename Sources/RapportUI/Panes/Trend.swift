import RapportCore

/// The accounts pane's TREND: an account's decayed equity at the end of each of the last eight
/// months as bars on a scale from nothing to the row's peak, so that the last bar's height is the
/// share of that peak still left. The peak is the highest decayed equity at the end of a month in
/// the eight months up to the account's last event (and on that day): it depends on the history
/// alone, not on how long ago that was, and since that event the equity only fades, so a longer
/// silence never shows a taller last bar than a shorter one on the same history.
enum Trend {
  static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// `values` as bars from 0 (and below, the lowest bar) to `peak` (at least the largest value).
  static func bars(_ values: [Double], peak: Double = 0) -> String {
    let top = max(peak, values.max() ?? 0)
    guard top > 0 else { return String(repeating: blocks[0], count: values.count) }
    return String(values.map { blocks[Int((max(0, min($0, top)) / top * 7).rounded())] })
  }
}

extension Ledger {
  /// An account's TREND figures: its decayed equity at the end of each of the last eight months
  /// (the last one `today`), and the peak the bars are drawn against (see `Trend`).
  func trend(of account: Int, on today: Day) -> (values: [Double], peak: Double) {
    let positions = events(ofAccount: account)
    let values = timeline(events: positions, granularity: .month, count: 8, endingOn: today).map(\.decayed)
    guard let last = totals(account: account).lastEvent, last < today else { return (values, 0) }
    let before = timeline(events: positions, granularity: .month, count: 8, endingOn: last).map(\.decayed)
    return (values, before.max() ?? 0)
  }
}
