import RapportUI
import SnapshotTesting
import Testing

/// Golden text of the promise screens on a small store made in the test (PromiseFixture): the
/// form, the contacts pane with promises, the marks, the question and the review card. To
/// record them anew, delete the files and run the tests twice.
@Suite struct PromiseSnapshotTests {
  private func screen(
    _ width: Int, _ height: Int, accounts: String? = nil, after keys: [Key]
  ) throws -> String {
    let dashboard = try PromiseFixture.dashboard(accounts: accounts)
    _ = dashboard.render(width: width, height: height)
    for key in keys { _ = dashboard.handle(key) }
    return dashboard.render(width: width, height: height).text
  }

  /// P from the contacts pane (on Lars, scrolled down through him), with "fri" typed for the due
  /// day.
  @Test func thePromiseForm() throws {
    assertSnapshot(
      of: try screen(
        80, 24,
        after: [.character("2"), .down, .down, .character("P")] + Key.typing("send the benchmark") + [
          .tab, .tab,
        ] + Key.typing("fri")), as: .lines)
  }

  /// Lars's overdue promise, Ole's due in two days, and the account's at the top.
  @Test func theContactsPaneWithPromises() throws {
    assertSnapshot(of: try screen(100, 30, after: [.character("2")]), as: .lines)
  }

  /// ◆! overdue, ◆ due within three days, nothing for a promise further off.
  @Test func theMarks() throws {
    let accounts = """
      account acme "Acme Corp" tier:C
      account beta "Beta Logistics" tier:C
      account gamma "Gamma Foods" tier:C

      """
    let dashboard = try PromiseFixture.dashboard(
      events: """
        2026-11-20 beta deposit +2
        2026-11-20 gamma deposit +2
        2026-11-20 acme deposit +2
        2026-11-01 acme promise "late" due:2026-11-22
        2026-11-20 beta promise "soon" due:2026-11-26
        2026-11-20 gamma promise "later" due:2026-11-27

        """, accounts: accounts)
    assertSnapshot(of: dashboard.render(width: 80, height: 12).text, as: .lines)
  }

  @Test func theKeepQuestion() throws {
    assertSnapshot(of: try screen(80, 24, after: [.character("K")]), as: .lines)
  }

  /// The review card of an account with a promise overdue.
  @Test func theReviewCardWithAnOverduePromise() throws {
    assertSnapshot(of: try screen(120, 36, after: [.character("r")]), as: .lines)
  }
}
