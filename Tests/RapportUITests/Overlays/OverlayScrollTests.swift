import Testing

@testable import RapportUI

@Suite struct OverlayScrollTests {
  @Test func pageDownInTheHelpMovesByWhatItShows() throws {
    let dashboard = try DemoFixture.dashboard()
    _ = dashboard.render(width: 120, height: 40)
    press(dashboard, [.character("?")])
    _ = dashboard.render(width: 120, height: 40)
    let shown = try #require(dashboard.overlayPanel?.inner.height)
    #expect(shown > 20)
    press(dashboard, [.pageDown])
    #expect(dashboard.overlayScroll == shown - 1)
    press(dashboard, [.pageUp])
    #expect(dashboard.overlayScroll == 0)
    // Space pages down too, as in a pager, and says nothing.
    press(dashboard, [.character(" ")])
    #expect(dashboard.overlayScroll == shown - 1)
    #expect(!dashboard.message.contains("No action"))
  }
}
