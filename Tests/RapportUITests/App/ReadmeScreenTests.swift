import Foundation
import Testing

/// The README's picture of the dashboard is the demo's screen as the snapshot test records it.
@Suite struct ReadmeScreenTests {
  @Test func theReadmeShowsTheDashboardAsItIs() throws {
    let readme = try String(contentsOf: DemoFixture.repository.appendingPathComponent("README.md"), encoding: .utf8)
    let screen = try String(
      contentsOf: DemoFixture.repository.appendingPathComponent(
        "Tests/RapportUITests/App/__Snapshots__/DashboardSnapshotTests/standard.1.txt"), encoding: .utf8)
    #expect(
      readme.contains("```\n" + screen.trimmingCharacters(in: .newlines) + "\n```"),
      "paste standard.1.txt into the README")
  }
}
