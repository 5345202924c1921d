import Foundation
import Testing

@testable import RapportCore
@testable import RapportUI

/// TREND's bars stand on nothing and reach the row's peak, so the last bar's height is the share
/// of the peak still left, and a longer silence never looks better than a shorter one.
@Suite struct TrendTests {
  @Test func theBarsStandOnNothingAndReachThePeak() {
    // Half of the peak left is a bar half as tall, not the lowest one as on a scale from the row's least.
    #expect(Trend.bars([10, 9, 8, 7, 6, 5]) == "█▇▇▆▅▅")
    #expect(Trend.bars([10, 10, 10, 10, 10, 9.6]) == "██████")
    // Drawn against a peak not among the bars (before they start).
    #expect(Trend.bars([5, 4], peak: 10) == "▅▄")
    // Below zero is the lowest bar; nothing above zero, all lowest.
    #expect(Trend.bars([4, -2, 0]) == "█▁▁")
    #expect(Trend.bars([-3, -1]) == "▁▁")
    #expect(Trend.bars([]) == "")
  }

  /// A generated history of deposits and withdrawals, then silence: seen later, the last bar is
  /// never taller than seen sooner, across month ends, with the peak before the window or in it.
  @Test(arguments: 0..<30)
  func aLongerSilenceNeverShowsATallerLastBar(_ seed: Int) throws {
    var state = UInt64(seed * 7919 + 101)
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let start = Day(iso: "2024-01-01")!
    let last = Day(iso: "2026-03-15")!.adding(days: next(60))
    var events = "\(last) acme/ole deposit +\(1 + next(3))\n"
    for _ in 0..<(1 + next(30)) {
      let day = start.adding(days: next(start.days(to: last)))
      let withdrawal = next(4) == 0
      events += "\(day) acme/ole \(withdrawal ? "withdrawal" : "deposit") \(withdrawal ? "-" : "+")\(1 + next(8))\n"
    }
    let ledger = try PromiseFixture.dashboard(events: events, accounts: "account acme \"Acme Corp\" tier:A\n").ledger
    var previous: Character?
    for silence in stride(from: 0, through: 400, by: 7) {
      let today = last.adding(days: silence)
      let figures = ledger.trend(of: 0, on: today)
      let bar = try #require(Trend.bars(figures.values, peak: figures.peak).last)
      if let previous { #expect(bar <= previous, "\(silence) days after \(last):\n\(events)") }
      previous = bar
    }
  }
}
