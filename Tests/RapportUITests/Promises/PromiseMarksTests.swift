import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// The accounts pane's marks for promises, and the promise lines of the contacts pane and the
/// account's detail.
@Suite struct PromiseMarksTests {
  private let accounts = """
    account acme "Acme Corp" tier:C
    account beta "Beta" tier:C
    account gamma "Gamma" tier:C

    """

  private func dashboard(_ promises: String) throws -> Dashboard {
    try PromiseFixture.dashboard(
      events: """
        2026-11-20 acme deposit +2
        2026-11-20 beta deposit +2
        2026-11-20 gamma deposit +2
        \(promises)
        """, accounts: accounts)
  }

  private func mark(_ dashboard: Dashboard, _ id: String) -> String {
    _ = dashboard.render(width: 120, height: 40)
    return dashboard.driftMark(of: dashboard.ledger.accountIndex(id)!).0
  }

  @Test func anOverduePromiseIsMarkedAndOneDueWithinThreeDaysToo() throws {
    let dashboard = try dashboard(
      """
      2026-11-01 acme promise "late" due:2026-11-22
      2026-11-20 beta promise "soon" due:2026-11-26
      2026-11-20 gamma promise "later" due:2026-11-27

      """)
    #expect(mark(dashboard, "acme") == "⚑!")
    #expect(dashboard.driftMark(of: 0).1 == .danger)
    #expect(mark(dashboard, "beta") == "⚑")
    #expect(mark(dashboard, "gamma") == "")
    #expect(dashboard.promiseCounts(of: 0) == PromiseCounts(overdue: 1, dueSoon: 0))
  }

  @Test func aClosedPromiseMarksNothingAndTheCountsFollowTheStore() throws {
    let dashboard = try dashboard(
      """
      2026-11-01 acme promise "late" due:2026-11-22 id:late000001
      2026-11-23 dropped late000001

      """)
    // Drifting for Mia, the sponsor who left (the people fixture), and no promise mark.
    #expect(mark(dashboard, "acme") == "!")
    press(dashboard, [.character("u"), .character("u")])
    #expect(dashboard.ledger.promises.first?.isOpen == true)
    #expect(mark(dashboard, "acme") == "⚑!")
  }

  @Test func anOverduePromiseOutranksASnoozeAndDueSoonGivesWayToNeglected() throws {
    let dashboard = try PromiseFixture.dashboard(
      events: """
        2026-11-01 acme promise "late" due:2026-11-22
        2026-11-20 beta promise "soon" due:2026-11-24

        """,
      accounts: """
        account acme "Acme Corp" tier:A snoozed:2026-12-20 snooze-reason:"busy"
        account beta "Beta" tier:A

        """)
    #expect(mark(dashboard, "acme") == "⚑!")
    // Beta was never touched: neglected, which says more than a promise due tomorrow.
    #expect(dashboard.drift[1].status == .neglected)
    #expect(mark(dashboard, "beta") == "!!")
  }

  @Test func theHelpExplainsTheMarks() throws {
    let dashboard = try PromiseFixture.dashboard()
    press(dashboard, [.character("?")])
    let lines = dashboard.helpLines().map(\.0)
    #expect(lines.contains { $0.hasPrefix("⚑!") && $0.hasSuffix("a promise overdue (before any other mark)") })
    #expect(lines.contains { $0.hasPrefix("⚑ ") && $0.hasSuffix("a promise due within 3 days") })
  }

  /// The promise mark once was the timeline's "in and out" mark too: the accounts' marks and the
  /// bars' marks share no glyph, each takes one column, and the help lists both.
  @Test func thePromiseMarkIsNoneOfTheTimelinesMarks() throws {
    let bars = Set(Dashboard.barMarks.map(\.mark))
    #expect(bars.count == 3)
    for (mark, _) in Dashboard.markLegend {
      #expect(mark.allSatisfy { !bars.contains(String($0)) }, "\(mark)")
    }
    #expect(DisplayWidth.of(Dashboard.promiseMark) == 1)
    #expect(Dashboard.promiseMark.unicodeScalars.allSatisfy { !$0.properties.isEmojiPresentation })
    let dashboard = try PromiseFixture.dashboard()
    press(dashboard, [.character("?")])
    let lines = dashboard.helpLines().map(\.0)
    let under = try #require(lines.firstIndex(of: "Marks under the timeline's bars"))
    #expect(lines[under + 1].hasPrefix("▲ ") && lines[under + 1].hasSuffix("deposits in the bar's days"))
    #expect(
      lines[under + 3].hasPrefix("◆ ") && lines[under + 3].hasSuffix("deposits and withdrawals in the bar's days"))
  }

  @Test func theContactsPaneListsEachPersonsOpenPromisesSoonestFirstAndTheAccountsOnTop() throws {
    let dashboard = try PromiseFixture.dashboard()
    press(dashboard, [.character("2")])
    let view = try #require(dashboard.contactLines)
    let texts = view.lines.map(\.text)
    // Lines wrap at the pane's width; joined, they read whole.
    let all = texts.joined(separator: " ")
    #expect(texts.first?.hasPrefix("promise to the account: Fix the invoice run") == true)
    #expect(all.contains("promise to the account: Fix the invoice run · due 2026-12-10 (in 17 days)"))
    let lars = try #require(view.lines.firstIndex { $0.text == "promise: Send the benchmark · 9 days overdue" })
    #expect(view.lines[lars].role == .error)
    #expect(view.lines[lars - 1].text.hasPrefix("Lars Berg"))
    let ole = try #require(view.lines.first { $0.text.hasPrefix("promise: Call back") })
    #expect(ole.role == .warning)
    #expect(all.contains("promise: Call back about the invoice · due 2026-11-25 (in 2 days)"))
    #expect(!texts.contains { $0.contains("Send the price list") })
  }

  @Test func theDetailListsOpenPromisesSoonestFirstAndTheClosedOnes() throws {
    let dashboard = try PromiseFixture.dashboard()
    let lines = dashboard.promiseSection(account: 0).map(\.0)
    #expect(
      lines == [
        "Open promises, soonest due first",
        "  2026-11-14 Send the benchmark — Lars Berg · 9 days overdue",
        "  2026-11-25 Call back about the invoice — Ole Dahl · due 2026-11-25 (in 2 days)",
        "  2026-12-10 Fix the invoice run — Acme Corp · due 2026-12-10 (in 17 days)",
        "",
        "Closed promises, latest first",
        "  2026-10-09 kept Send the price list — Ole Dahl",
        "",
      ])
    press(dashboard, [.enter])
    #expect(dashboard.overlayPanel?.lines.contains { $0.0.contains("Closed promises, latest first") } == true)
  }
}
