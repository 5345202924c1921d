import RapportUI
import SnapshotTesting
import Testing

/// Golden text of the contacts pane's lines about careers and people, on a small store made in
/// the test (the demo changes): career help, a role change, a person who left, and the question
/// after a role change. To record them anew, delete the files and run the tests twice.
@Suite struct PeopleSnapshotTests {
  private func screen(_ width: Int, _ height: Int, after keys: [Key]) throws -> String {
    let dashboard = try PeopleFixture.dashboard()
    _ = dashboard.render(width: width, height: height)
    for key in keys { _ = dashboard.handle(key) }
    return dashboard.render(width: width, height: height).text
  }

  /// Lars: a role change, progress and career help 140 days ago.
  @Test func careerHelpAndARoleChange() throws {
    assertSnapshot(of: try screen(100, 30, after: [.character("2")]), as: .lines)
  }

  /// Mia left: listed after the people still there, marked, the day and where to, the rest of
  /// her dimmed, and career help never.
  @Test func aPersonWhoLeft() throws {
    assertSnapshot(of: try screen(100, 30, after: [.character("2"), .down, .down]), as: .lines)
  }

  @Test func theNextJobQuestionAfterARoleChange() throws {
    assertSnapshot(
      of: try screen(80, 24, after: [.character("2"), .character("e"), .tab] + Key.typing("COO") + [.enter]),
      as: .lines)
  }

  @Test func theRecordFormOffersCareerHelp() throws {
    assertSnapshot(of: try screen(80, 24, after: [.character("2"), .character("d")]), as: .lines)
  }
}
