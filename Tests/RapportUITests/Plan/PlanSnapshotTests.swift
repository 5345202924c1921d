import RapportCore
import SnapshotTesting
import Testing

@testable import RapportUI

/// Golden text of the key account plan's overlay and form, the agenda and the review card with
/// the plan, on a small store made in the test (PlanFixture), at a roomy size and at 60x16 and
/// 40x12. To record them anew, delete the files and run the tests twice.
@Suite struct PlanSnapshotTests {
  /// The fixture with a Korean account whose touch is planned for tomorrow, so that names of
  /// two cells a character line up with the others.
  static let accounts =
    PlanFixture.accounts + """
      account hanbit "한빛바이오 주식회사" tier:B plan:2026-11-24
        plan-note: 방문 (a visit)

      """

  private func screen(_ width: Int, _ height: Int, accounts: String = PlanFixture.accounts, after keys: [Key])
    throws -> String
  {
    let dashboard = try PlanFixture.dashboard(accounts: accounts)
    _ = dashboard.render(width: width, height: height)
    dashboard.select("acme")
    for key in keys { _ = dashboard.handle(key) }
    return dashboard.render(width: width, height: height).text
  }

  @Test(arguments: [(100, 30), (60, 16), (40, 12)])
  func thePlanOverlay(width: Int, height: Int) throws {
    assertSnapshot(
      of: try screen(width, height, after: [.character("o"), .down]), as: .lines, named: "\(width)x\(height)")
  }

  @Test func theInitiativeForm() throws {
    assertSnapshot(
      of: try screen(
        80, 24,
        after: [.character("o"), .character("i")] + Key.typing("Price review") + [.tab, .tab, .tab, .tab]
          + Key.typing("la")), as: .lines)
  }

  @Test(arguments: [(100, 30), (60, 16), (40, 12)])
  func theAgenda(width: Int, height: Int) throws {
    assertSnapshot(
      of: try screen(width, height, accounts: PlanSnapshotTests.accounts, after: [.character("D"), .down]),
      as: .lines, named: "\(width)x\(height)")
  }

  /// The review card of Acme: its active initiative, three days late, and the key to the plan.
  /// (No touch planned, so that it is in the review.)
  @Test func theReviewCardWithInitiatives() throws {
    let accounts = PlanFixture.accounts.replacingOccurrences(of: " plan:2026-11-25", with: "")
      .replacingOccurrences(of: "  plan-note: Lunch with Lars\n", with: "")
    let dashboard = try PlanFixture.dashboard(accounts: accounts)
    _ = dashboard.render(width: 120, height: 60)
    press(dashboard, [.character("r")])
    while let review = dashboard.review, review.current != "acme" { press(dashboard, [.character("n")]) }
    try #require(dashboard.review?.current == "acme")
    assertSnapshot(of: dashboard.render(width: 120, height: 60).text, as: .lines)
  }

  /// The review card of Beta, tier B, with no plan.
  @Test func theReviewCardWithNoPlan() throws {
    let dashboard = try PlanFixture.dashboard()
    _ = dashboard.render(width: 120, height: 36)
    press(dashboard, [.character("r")])
    while let review = dashboard.review, review.current != "beta" { press(dashboard, [.character("n")]) }
    try #require(dashboard.review?.current == "beta")
    assertSnapshot(of: dashboard.render(width: 120, height: 36).text, as: .lines)
  }

  /// The agenda's columns are measured in cells: the text after the names starts in the same
  /// column on every item line, Korean names too.
  @Test(arguments: [100, 140])
  func theAgendasColumnsLineUpInCells(width: Int) throws {
    let dashboard = try PlanFixture.dashboard(accounts: PlanSnapshotTests.accounts)
    _ = dashboard.render(width: width, height: 30)
    press(dashboard, [.character("D")])
    let frame = dashboard.render(width: width, height: 30)
    let panel = dashboard.agendaPanel(dashboard.agendaView!)
    var columns: Set<Int> = []
    for (row, line) in panel.lines.enumerated() where line.item != nil {
      let y = panel.rect.inner.y + row - dashboard.agendaView!.scroll
      // The column of the first cell after the run of spaces that follows the name.
      let cells = (0..<frame.width).map { frame[$0, y] }
      let kindEnd = 2 + 11 + 12
      var x = kindEnd
      while x < cells.count, !(cells[x].text == " " && cells[x + 1].text == " ") { x += 1 }
      while x < cells.count, cells[x].text == " " { x += 1 }
      columns.insert(x)
    }
    #expect(columns.count == 1, "what starts at columns \(columns.sorted())")
  }
}
