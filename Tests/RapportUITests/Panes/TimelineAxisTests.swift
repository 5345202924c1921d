import RapportCore
import SnapshotTesting
import Testing

@testable import RapportUI

/// The timeline's axis says the year: `2026` where a year starts, the year on the first label
/// before one (`Sep'26`, `Q3'26`), and keeps the years first when a long span leaves room for
/// few labels.
@Suite struct TimelineAxisTests {
  private func steps(from first: String, count: Int, by granularity: Granularity) -> [Day] {
    var day = granularity.start(of: Day(iso: first)!)
    var days: [Day] = []
    for _ in 0..<count {
      days.append(day)
      day = granularity.next(after: day)
    }
    return days
  }

  private func texts(_ labels: [TimelineView.AxisLabel]) -> [String] { labels.map(\.text) }

  @Test func threeMonthsByWeekSayTheYearOnTheFirstLabel() {
    let starts = steps(from: "2026-08-31", count: 13, by: .week)
    let labels = TimelineView.axisLabels(starts: starts, granularity: .week, barWidth: 5, width: 65)
    #expect(texts(labels) == ["Sep'26", "Oct", "Nov"])
  }

  @Test func aYearBoundaryIsTheYear() {
    let starts = steps(from: "2025-10-01", count: 8, by: .month)
    let labels = TimelineView.axisLabels(starts: starts, granularity: .month, barWidth: 8, width: 64)
    #expect(texts(labels) == ["Oct'25", "Nov", "Dec", "2026", "Feb", "Mar", "Apr", "May"])
    #expect(labels.map(\.column) == [0, 8, 16, 24, 32, 40, 48, 56])
    // Six columns a month leave no room after "╵Oct'25": with 2026 following, October does
    // without its year, and November keeps its label.
    let tight = TimelineView.axisLabels(starts: starts, granularity: .month, barWidth: 6, width: 48)
    #expect(texts(tight) == ["Oct", "Nov", "Dec", "2026", "Feb", "Mar", "Apr", "May"])
  }

  @Test func quartersCarryTheYear() {
    let starts = steps(from: "2024-07-01", count: 10, by: .quarter)
    let labels = TimelineView.axisLabels(starts: starts, granularity: .quarter, barWidth: 8, width: 80)
    #expect(texts(labels) == ["Q3'24", "Q4", "2025", "Q2", "Q3", "Q4", "2026", "Q2", "Q3", "Q4"])
  }

  @Test func tenYearsByMonthKeepEveryYearAndNoLabelsOverlap() {
    let starts = steps(from: "2016-12-01", count: 120, by: .month)
    let labels = TimelineView.axisLabels(starts: starts, granularity: .month, barWidth: 1, width: 120)
    #expect(texts(labels).filter { $0.count == 4 && Int($0) != nil } == (2017...2026).map(String.init))
    for (a, b) in zip(labels, labels.dropFirst()) {
      #expect(a.column + DisplayWidth.of(a.text) + 2 <= b.column, "\(a) and \(b) overlap")
    }
    #expect(labels.allSatisfy { $0.column + 1 + DisplayWidth.of($0.text) <= 120 })
  }

  @Test func theFirstLabelDropsItsYearWhenThatLeavesNoLabelOut() {
    // At 200x50, bars seven columns wide: "Nov'24" would leave no column before Dec.
    let starts = steps(from: "2024-11-01", count: 25, by: .month)
    let labels = TimelineView.axisLabels(starts: starts, granularity: .month, barWidth: 7, width: 175)
    #expect(Array(texts(labels).prefix(4)) == ["Nov", "Dec", "2025", "Feb"])
    // With room for it, the year stays: a chart that starts in a year's middle says which.
    let wide = TimelineView.axisLabels(starts: starts, granularity: .month, barWidth: 8, width: 200)
    #expect(Array(texts(wide).prefix(3)) == ["Nov'24", "Dec", "2025"])
  }

  @Test func tenYearsByQuarterInANarrowChartKeepYearsOverQuarters() {
    let starts = steps(from: "2016-10-01", count: 41, by: .quarter)
    let labels = TimelineView.axisLabels(starts: starts, granularity: .quarter, barWidth: 1, width: 41)
    // A year is four columns: "╵2017" and a space take six, so every other year shows.
    #expect(texts(labels) == ["2017", "2019", "2021", "2023", "2025"])
  }

  // MARK: Snapshots

  /// A deposit each quarter for ten years, and a withdrawal each year.
  private static let tenYears: String = {
    var lines: [String] = []
    var n = 0
    for year in 2016...2026 {
      for month in [2, 5, 8, 11] where year > 2016 || month == 11 {
        n += 1
        lines.append(
          "\(year)-\(month < 10 ? "0" : "")\(month)-10 acme/lars deposit insight +2 id:tenyears\(n < 10 ? "0" : "")\(n)"
        )
      }
      lines.append("\(year)-06-20 acme withdrawal mistake -3 id:tenyearw\(year % 100 < 10 ? "0" : "")\(year % 100)")
    }
    return lines.joined(separator: "\n") + "\n"
  }()

  private static let threeMonths = """
    2026-08-28 acme/lars deposit insight +3 id:threemon01
    2026-09-15 acme/ole withdrawal mistake -1 id:threemon02
    2026-10-20 acme/ole deposit +2 id:threemon03
    2026-11-18 acme/lars favour-given +1 id:threemon04

    """

  private func screen(_ events: String, keys: [Key]) throws -> String {
    let dashboard = try PeopleFixture.dashboard(events: events)
    _ = dashboard.render(width: 100, height: 30)
    for key in keys { _ = dashboard.handle(key) }
    return dashboard.render(width: 100, height: 30).text
  }

  @Test func tenYearsByMonth() throws {
    assertSnapshot(of: try screen(Self.tenYears, keys: [.character("3")]), as: .lines)
  }

  @Test func tenYearsByQuarter() throws {
    assertSnapshot(of: try screen(Self.tenYears, keys: [.character("3"), .character("-")]), as: .lines)
  }

  @Test func threeMonthsByWeek() throws {
    assertSnapshot(of: try screen(Self.threeMonths, keys: [.character("3"), .character("+")]), as: .lines)
  }

  @Test func threeMonthsByMonth() throws {
    assertSnapshot(of: try screen(Self.threeMonths, keys: [.character("3")]), as: .lines)
  }
}

/// A history longer than the chart is wide: the first bar holds the steps before it, their
/// marks included, so the first deposits still show.
@Suite struct TimelineFoldTests {
  @Test func theFirstBarOfALongHistoryHoldsTheEarlierMarks() throws {
    let events = """
      2016-12-05 acme/lars deposit insight +2 id:decade0001
      2016-12-20 acme withdrawal mistake -1 id:decade0002
      2026-11-10 acme/lars deposit insight +1 id:decade0003

      """
    let dashboard = try PeopleFixture.dashboard(events: events)
    let account = try #require(dashboard.ledger.accountIndex("acme"))
    _ = dashboard.render(width: 100, height: 30)
    let chart = dashboard.chart(account: account, columns: 60)
    #expect(chart.buckets.count == 60)
    #expect(chart.buckets[0].deposits == 2 && chart.buckets[0].withdrawals == -1)
    #expect(chart.buckets[0].balance == 1)
    #expect(chart.buckets.last?.balance == 2)
    // Every step but the first is its own month, up to today's.
    #expect(chart.buckets.dropFirst().allSatisfy { $0.deposits == 0 || $0.start == Day(iso: "2026-11-01") })
  }
}
