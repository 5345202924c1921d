import Foundation
import RapportUI
import Testing

/// The accounts filter stays open until Enter or Esc, and is edited with the forms' keys.
@Suite struct FilterEditingTests {
  private func statusLine(_ dashboard: Dashboard) -> String {
    dashboard.render(width: 120, height: 40).lines.last ?? ""
  }

  @Test func backspaceOnAnEmptyFilterStaysInTheFilter() throws {
    let dashboard = try DemoFixture.dashboard()
    press(dashboard, [.character("/"), .character("x"), .backspace, .backspace, .backspace])
    #expect(statusLine(dashboard).hasPrefix(" /▏"), "still filtering, the filter empty")
    // The letters after it are typed into the filter: none sorts the list or opens a form.
    press(dashboard, Key.typing("shanghai"))
    let frame = dashboard.render(width: 120, height: 40).text
    #expect(frame.contains("Accounts 1/14 · by drift, worst first · /shanghai"))
    #expect(!frame.contains("Favour asked"))
    #expect(dashboard.message == "")
    press(dashboard, [.enter])
    #expect(dashboard.message == "1 match; Esc clears")
    #expect(screen(dashboard).contains("Accounts 1/14 · by drift, worst first · /shanghai"))
  }

  @Test func controlUAndControlWEditTheFilter() throws {
    let dashboard = try DemoFixture.dashboard()
    press(dashboard, [.character("/")] + Key.typing("müller präz"))
    #expect(statusLine(dashboard).hasPrefix(" /müller präz▏"))
    press(dashboard, [.control("w")])
    #expect(statusLine(dashboard).hasPrefix(" /müller ▏"))
    press(dashboard, [.control("w")])
    #expect(statusLine(dashboard).hasPrefix(" /▏"))
    #expect(screen(dashboard).contains("Accounts 14/14"))
    press(dashboard, Key.typing("kestrel") + [.control("u")])
    #expect(statusLine(dashboard).hasPrefix(" /▏"))
    #expect(screen(dashboard).contains("Accounts 14/14"))
    // Still in the filter after Ctrl-U: q is typed, not a quit.
    press(dashboard, [.character("q")])
    #expect(statusLine(dashboard).hasPrefix(" /q▏"))
  }

  @Test func theCursorMovesAndTypingGoesWhereItIs() throws {
    let dashboard = try DemoFixture.dashboard()
    press(dashboard, [.character("/")] + Key.typing("kstrel") + [.control("a"), .right])
    #expect(statusLine(dashboard).hasPrefix(" /k▏strel"))
    press(dashboard, [.character("e")])
    #expect(statusLine(dashboard).hasPrefix(" /ke▏strel"))
    #expect(screen(dashboard).contains("Accounts 1/14"))
    // Ctrl-K deletes to the end, Ctrl-E and End go there, Del deletes under the cursor.
    press(dashboard, [.control("k")])
    #expect(statusLine(dashboard).hasPrefix(" /ke▏ "))
    press(dashboard, [.left, .left, .delete, .control("e")])
    #expect(statusLine(dashboard).hasPrefix(" /e▏ "))
    press(dashboard, [.home, .backspace])
    #expect(statusLine(dashboard).hasPrefix(" /▏e "), "Backspace at the start changes nothing and stays")
  }

  @Test func escapeClearsAndLeaves() throws {
    let dashboard = try DemoFixture.dashboard()
    press(dashboard, [.character("/")] + Key.typing("kes") + [.escape])
    #expect(screen(dashboard).contains("Accounts 14/14"))
    #expect(!statusLine(dashboard).hasPrefix(" /"))
    // Back in the normal mode: s sorts.
    press(dashboard, [.character("s")])
    #expect(dashboard.message == "Sorted by name, A–Z")
  }
}
