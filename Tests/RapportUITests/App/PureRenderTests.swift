import Testing

@testable import RapportUI

/// Rendering is a function of the state: the update step scrolls and clamps, and drawing the
/// same state twice changes nothing and gives the same frame.
@Suite struct PureRenderTests {
  /// What the update step may change: cursors, scrolls, the layout and the list rows.
  private func state(_ dashboard: Dashboard) -> String {
    let cursors = [dashboard.accountCursor, dashboard.contactCursor, dashboard.eventCursor]
    return "\(cursors) \(String(describing: dashboard.review?.scroll)) \(dashboard.overlayScroll) "
      + "\(dashboard.layout) \(dashboard.listRows.sorted { $0.key.rawValue < $1.key.rawValue })"
  }

  @Test(arguments: [
    [Key.character("G")], [.character("2"), .character("j"), .character("j")], [.tab, .tab, .end],
    [.character("r"), .pageDown, .pageDown, .pageDown], [.character("?"), .end, .end], [.enter, .end],
    [.character("d")],
  ])
  func drawingWritesNoState(_ keys: [Key]) throws {
    let dashboard = try DemoFixture.dashboard()
    dashboard.resize(width: 80, height: 24)
    for key in keys { _ = dashboard.handle(key) }
    let before = state(dashboard)
    let first = dashboard.render()
    #expect(state(dashboard) == before)
    let second = dashboard.render()
    #expect(second.cells == first.cells && second.cursor == first.cursor)
  }

  /// A list scrolled to its end, then narrowed (by tier, by filter) or left for a pane it hides
  /// behind: what is in sight stays within what is left.
  @Test func aListNarrowedUnderItsScrollStaysInRange() throws {
    for keys: [Key] in [
      [.character("G"), .character("t")], [.character("G"), .character("/"), .character("x")],
      [.character("G"), .character("2"), .character("t"), .character("1")],
    ] {
      let dashboard = try DemoFixture.dashboard()
      dashboard.resize(width: 50, height: 10)
      for key in keys { _ = dashboard.handle(key) }
      #expect(dashboard.render().lines.count == 10)
    }
  }
}
