import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// The accounts pane: its marks and their legend, why the selected account needs a touch, the
/// trend of decayed equity, where the list stands, the width it takes, and sorting by a click
/// on a column's header.
@Suite struct AccountsFrictionsTests {
  private func rows(_ frame: Frame) -> [String] {
    frame.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test func everyMarkTheListShowsIsExplainedInTheHelp() throws {
    let dashboard = try DemoFixture.dashboard()
    _ = dashboard.render(width: 120, height: 40)
    let rect = try #require(dashboard.layout.panes[.accounts])
    let shown = Set(dashboard.accountsView(rect).rows.map(\.mark.0).filter { !$0.isEmpty })
    #expect(shown.count >= 5, "\(shown)")
    _ = dashboard.handle(.character("?"))
    let help = dashboard.helpLines().map(\.0)
    let legend = Dictionary(uniqueKeysWithValues: Dashboard.markLegend.map { ($0.mark, $0.meaning) })
    for mark in shown {
      let meaning = try #require(legend[mark], "\(mark) is not in the legend")
      #expect(help.contains { $0.hasPrefix(mark + " ") && $0.hasSuffix(meaning) }, "\(mark)")
    }
    // A planned touch due has its own line, as it has its own mark.
    #expect(help.contains { $0.hasPrefix("P! ") && $0.hasSuffix("a planned touch due") })
  }

  @Test func theSelectedAccountsFirstReasonShowsUnderTheListAndNothingWhenItIsFine() throws {
    let dashboard = try DemoFixture.dashboard()
    _ = dashboard.render(width: 80, height: 24)
    let rect = try #require(dashboard.layout.panes[.accounts])
    let first = try #require(dashboard.selectedAccount)
    let reason = try #require(dashboard.drift[first].reasons.first?.description)
    let view = dashboard.accountsView(rect)
    #expect(view.why.count == 2)
    #expect(reason.hasPrefix(view.why[0]))
    #expect(view.whyRole == .danger)
    let screen = rows(dashboard.render(width: 80, height: 24))
    #expect(screen[rect.y + rect.height - 3].contains(view.why[0]))
    // Down to the first account without a mark: nothing under the list.
    let healthy = try #require(view.rows.first { $0.mark.0.isEmpty }?.position)
    for _ in 0..<healthy { _ = dashboard.handle(.down) }
    _ = dashboard.render(width: 80, height: 24)
    #expect(dashboard.drift[dashboard.selectedAccount!].reasons.isEmpty)
    #expect(dashboard.accountsView(rect).why.isEmpty)
  }

  // MARK: The trend

  private func trendDashboard(_ events: String) throws -> Dashboard {
    try PromiseFixture.dashboard(events: events, accounts: "account acme \"Acme Corp\" tier:A\n")
  }

  @Test func anAccountUntouchedForMonthsFallsInItsTrend() throws {
    // Monthly deposits until June, then nothing: the months since fall, as the goodwill fades.
    let events = (1...6).map { "2026-0\($0)-10 acme/ole deposit +3\n" }.joined()
    let dashboard = try trendDashboard(events)
    let values = dashboard.ledger.trend(of: 0, on: PeopleFixture.today).values
    #expect(values.count == 8)
    let tail = Array(values.suffix(5))  // July to today, 23 November
    #expect(zip(tail, tail.dropFirst()).allSatisfy { $0 > $1 }, "\(values)")
    let trend = Array(dashboard.trend(of: 0))
    #expect(trend.suffix(5).elementsEqual(trend.suffix(5).sorted(by: >)), "\(String(trend))")
    #expect(trend.last! < trend.max()!)
    // The bars stand on nothing: 166 days after June's peak, about half of it is left (a
    // half-life of 180 days), and the last bar is half as tall.
    #expect(trend.last! == "▅", "\(String(trend))")
    // Touched every two weeks up to today: no fall at the end.
    var day = Day(iso: "2026-01-05")!
    var busy = ""
    while day <= PeopleFixture.today {
      busy += "\(day) acme/ole deposit +2\n"
      day = day.adding(days: 14)
    }
    let kept = try trendDashboard(busy).ledger.trend(of: 0, on: PeopleFixture.today).values
    #expect(kept[7] >= kept[6] * 0.95, "\(kept)")
  }

  /// Any history of deposits and withdrawals with nothing in the last ten weeks: the trend's
  /// last months move towards zero, and a positive balance's sparkline never rises at the end.
  @Test(arguments: 0..<25)
  func noTouchesInTheLastWeeksMeansAFallingTail(_ seed: Int) throws {
    var state = UInt64(seed * 7919 + 17)
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let start = Day(iso: "2025-06-01")!
    let last = PeopleFixture.today.adding(days: -70)
    var events = ""
    for _ in 0..<(1 + next(20)) {
      let day = start.adding(days: next(start.days(to: last) + 1))
      let withdrawal = next(4) == 0
      events += "\(day) acme/ole \(withdrawal ? "withdrawal" : "deposit") \(withdrawal ? "-" : "+")\(1 + next(5))\n"
    }
    let dashboard = try trendDashboard(events)
    let values = dashboard.ledger.trend(of: 0, on: PeopleFixture.today).values
    let tail = Array(values.suffix(3))  // the ends of September and October, and today
    #expect(zip(tail, tail.dropFirst()).allSatisfy { abs($0) >= abs($1) }, "\(events)\(values)")
    #expect(abs(tail[2]) < abs(tail[0]) || tail[0] == 0, "\(events)\(values)")
    if values.allSatisfy({ $0 >= 0 }) {
      let glyphs = Array(dashboard.trend(of: 0).suffix(3))
      #expect(zip(glyphs, glyphs.dropFirst()).allSatisfy { $0 >= $1 }, "\(glyphs)")
    }
  }

  // MARK: Where the list stands

  @Test func theAccountsAndContactsPanesSayWhereTheirListStands() throws {
    let accounts = (1...30).map { String(format: "account a%02d \"Account %02d\" tier:C\n", $0, $0) }.joined()
    let dashboard = try PromiseFixture.dashboard(events: "", accounts: accounts)
    var frame = dashboard.render(width: 80, height: 24)
    let rect = try #require(dashboard.layout.panes[.accounts])
    #expect(rows(frame)[rect.y + rect.height - 1].contains(" 1/30 "))
    for _ in 0..<11 { _ = dashboard.handle(.down) }
    frame = dashboard.render(width: 80, height: 24)
    #expect(rows(frame)[rect.y + rect.height - 1].contains(" 12/30 "))
    // Fourteen accounts fit at 120x40: no count on the border.
    let demo = try DemoFixture.dashboard()
    let wide = demo.render(width: 120, height: 40)
    let accountsRect = try #require(demo.layout.panes[.accounts])
    #expect(!rows(wide)[accountsRect.y + accountsRect.height - 1].contains("/14"))
    // The demo's first account has three people, more than the contacts pane holds.
    let contacts = try #require(demo.layout.panes[.contacts])
    #expect(rows(wide)[contacts.y + contacts.height - 1].contains(" 1/3 "))
    _ = demo.handle(.character("2"))
    _ = demo.handle(.down)
    #expect(rows(demo.render(width: 120, height: 40))[contacts.y + contacts.height - 1].contains(" 2/3 "))
  }

  // MARK: Width

  @Test func aWideScreenGivesTheNamesTheirRoomAndTheRestToTheContacts() throws {
    let dashboard = try DemoFixture.dashboard()
    _ = dashboard.render(width: 200, height: 50)
    let accounts = try #require(dashboard.layout.panes[.accounts])
    let contacts = try #require(dashboard.layout.panes[.contacts])
    #expect(accounts.width < 200 * 11 / 20)
    #expect(contacts.width > 200 - 200 * 11 / 20)
    let view = dashboard.accountsView(accounts)
    #expect(view.columns.count == 5)
    // Every name whole, and no more than a few blank columns after the longest.
    #expect(view.rows.allSatisfy { !$0.name.hasSuffix("…") })
    let longest = dashboard.ledger.accounts.map { DisplayWidth.of($0.name) }.max()!
    #expect(view.nameWidth >= longest && view.nameWidth <= min(longest, Dashboard.longestName) + 2)
    // A long name is cut at the cap, not given the whole screen.
    #expect(Dashboard.longestName < 40)
  }

  // MARK: Sorting by a click

  @Test func clickingAColumnsHeaderSortsByItAndAgainReversesIt() throws {
    let dashboard = try DemoFixture.dashboard()
    let frame = dashboard.render(width: 80, height: 24)
    let rect = try #require(dashboard.layout.panes[.accounts])
    let header = Array(rows(frame)[rect.inner.y])
    func x(of word: String) throws -> Int {
      let text = String(header)
      let range = try #require(text.range(of: word))
      return text.distance(from: text.startIndex, to: range.lowerBound) + 1
    }
    func click(_ x: Int) {
      _ = dashboard.handle(.mouse(MouseEvent(.press, x: x, y: rect.inner.y)))
      _ = dashboard.render(width: 80, height: 24)
    }
    click(try x(of: "EQUITY"))
    #expect(dashboard.sort == AccountSort(.equity))
    #expect(dashboard.message == "Sorted by equity, highest first")
    let first = dashboard.selectedAccount
    click(try x(of: "EQUITY"))
    #expect(dashboard.sort == AccountSort(.equity, reversed: true))
    click(try x(of: "ACCOUNT"))
    #expect(dashboard.sort == AccountSort(.name))
    click(try x(of: "DAYS"))
    #expect(dashboard.sort == AccountSort(.lastTouch))
    click(rect.inner.x)
    #expect(dashboard.sort == AccountSort(.drift))
    // The tier sorts by nothing: a click there changes nothing.
    click(try x(of: " T ") + 1)
    #expect(dashboard.sort == AccountSort(.drift))
    // A click on a row still selects it, and the selection stayed with its account.
    #expect(dashboard.selectedAccount == first)
    _ = dashboard.handle(.mouse(MouseEvent(.press, x: rect.inner.x + 5, y: rect.inner.y + 3)))
    #expect(dashboard.accountCursor.index == 2)
  }
}
