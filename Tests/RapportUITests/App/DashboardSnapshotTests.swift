import RapportUI
import SnapshotTesting
import Testing

/// Golden text of whole screens of the demo store. To record them anew after a deliberate
/// change, delete the files in `__Snapshots__` and run the tests twice.
@Suite struct DashboardSnapshotTests {
  private func screen(_ width: Int, _ height: Int, after keys: [Key] = []) throws -> String {
    let dashboard = try DemoFixture.dashboard()
    _ = dashboard.render(width: width, height: height)
    for key in keys { _ = dashboard.handle(key) }
    return dashboard.render(width: width, height: height).text
  }

  @Test func wide() throws {
    assertSnapshot(of: try screen(120, 40), as: .lines)
  }

  /// At 200x50 the accounts pane takes what its names need, and the contacts pane the rest.
  @Test func wideScreen200x50() throws {
    assertSnapshot(of: try screen(200, 50), as: .lines)
  }

  @Test func standard() throws {
    assertSnapshot(of: try screen(80, 24), as: .lines)
  }

  @Test func narrowShowsOnePaneWithTabs() throws {
    assertSnapshot(of: try screen(50, 16, after: [.tab]), as: .lines)
  }

  @Test func smallestUsable() throws {
    assertSnapshot(of: try screen(20, 6), as: .lines)
  }

  @Test func tooSmall() throws {
    assertSnapshot(of: try screen(19, 5), as: .lines)
  }

  /// The notice in the words that fit 15 columns.
  @Test func tooSmallAt15x5() throws {
    assertSnapshot(of: try screen(15, 5), as: .lines)
  }

  @Test func help() throws {
    assertSnapshot(of: try screen(80, 24, after: [.character("?")]), as: .lines)
  }

  @Test func accountDetail() throws {
    assertSnapshot(of: try screen(120, 40, after: [.down, .down, .enter]), as: .lines)
  }

  @Test func filteredByTyping() throws {
    assertSnapshot(of: try screen(120, 40, after: [.character("/")] + Key.typing("müller")), as: .lines)
  }

  @Test func timelineByWeekWithAnEventSelected() throws {
    assertSnapshot(of: try screen(120, 40, after: [.tab, .tab, .character("+"), .down, .down]), as: .lines)
  }

  @Test func sortedByNameTierBOnly() throws {
    assertSnapshot(of: try screen(80, 24, after: [.character("s"), .character("t"), .character("t")]), as: .lines)
  }

  @Test func recordForm() throws {
    assertSnapshot(of: try screen(80, 24, after: [.character("2"), .character("d"), .character("3")]), as: .lines)
  }

  @Test func recordFormInANarrowWindow() throws {
    assertSnapshot(of: try screen(50, 16, after: [.character("w"), .backTab]), as: .lines)
  }

  @Test func editContactForm() throws {
    assertSnapshot(of: try screen(100, 30, after: [.character("2"), .character("e")]), as: .lines)
  }

  @Test func newAccountFormWithAProblem() throws {
    assertSnapshot(of: try screen(80, 24, after: [.character("A"), .enter]), as: .lines)
  }

  @Test func formInTheSmallestWindow() throws {
    assertSnapshot(of: try screen(20, 6, after: [.character("d")]), as: .lines)
  }

  /// Harbourline's contacts: favours by weight in the window, one we owe for.
  @Test func contactsWithFavoursWeOwe() throws {
    assertSnapshot(
      of: try screen(120, 40, after: [.character("/")] + Key.typing("harbour") + [.enter, .character("2")]),
      as: .lines)
  }

  @Test func review() throws {
    assertSnapshot(of: try screen(120, 40, after: [.character("r"), .character("n"), .character("n")]), as: .lines)
  }
}
