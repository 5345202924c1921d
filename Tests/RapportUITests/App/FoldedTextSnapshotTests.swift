import RapportUI
import SnapshotTesting
import Testing

/// An account's culture written over several hard-wrapped lines in accounts.txt (Compagnie
/// Électrique du Rhône's, the demo's first account), shown reflowed as paragraphs, and its do's
/// and don'ts marked item by item, in the detail and in the edit form.
@Suite struct FoldedTextSnapshotTests {
  private func screen(_ width: Int, _ height: Int, after keys: [Key]) throws -> String {
    let dashboard = try DemoFixture.dashboard()
    _ = dashboard.render(width: width, height: height)
    for key in keys { _ = dashboard.handle(key) }
    return dashboard.render(width: width, height: height).text
  }

  @Test func theDetailReflowsTheCulture() throws {
    let screen = try screen(120, 40, after: [.enter])
    #expect(screen.contains("the style is Parisian. Lunch is where things get"))
    assertSnapshot(of: screen, as: .lines)
  }

  @Test func theEditFormReflowsTheCultureAndMarksEachItem() throws {
    let screen = try screen(80, 40, after: [.character("E")])
    #expect(screen.contains("+ Write in French"))
    assertSnapshot(of: screen, as: .lines)
  }
}
