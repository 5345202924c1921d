import Foundation
import RapportCore
import SnapshotTesting
import Testing

@testable import RapportUI

/// `Y` on a store outside git when its commands do not fit the status line, and the conflict
/// form in a 40x12 window: both say what to do before any other key.
@Suite struct SyncSetupAndNarrowTests {
  /// Outside git at 80 columns: a panel with each command on a line of its own.
  @Test func withoutARepositoryAPanelGivesTheCommands() throws {
    let dashboard = try PeopleFixture.dashboard()
    _ = dashboard.render(width: 80, height: 24)
    press(dashboard, [.character("Y")])
    #expect(!dashboard.runPendingWork())
    #expect(dashboard.message == "Not synced: the store is not in a git repository")
    let lines = dashboard.render(width: 80, height: 24).text.split(separator: "\n").map(String.init)
    #expect(lines.dropLast().contains { $0.contains("Not synced") }, "the panel's title")
    let path = dashboard.store.path
    for command in ["cd " + shellQuoted(path), "git init", "git remote add origin URL"] {
      #expect(lines.contains { $0.contains("  " + command + " ") }, "\(command) is not on a line of its own")
    }
    #expect(lines.contains { $0.contains("To share it, run in a shell:") })
  }

  /// A copy of the demo is removed when the dashboard closes: Y says it is never synced, and
  /// gives no commands to share it.
  @Test func theDemoIsNeverSynced() throws {
    let dashboard = try PeopleFixture.dashboard()
    dashboard.isDemoCopy = true
    _ = dashboard.render(width: 100, height: 24)
    press(dashboard, [.character("Y")])
    #expect(!dashboard.runPendingWork())
    #expect(dashboard.message == "A demo is never synced: it is a temporary copy. Y syncs a store in a git clone")
    #expect(!dashboard.render(width: 100, height: 24).text.contains("git init"))
  }

  /// A path with a space or a quote is given to `cd` as one shell word.
  @Test func thePathIsOneShellWord() {
    #expect(shellQuoted("/home/sam/store") == "/home/sam/store")
    #expect(shellQuoted("/home/sam/my store") == "'/home/sam/my store'")
    #expect(shellQuoted("/tmp/sam's") == "'/tmp/sam'\\''s'")
  }

  /// At 40x12 the form opens at its first line, and the status line shows o and t before any key.
  @Test func aSmallWindowOpensTheFormAtItsFirstLineWithItsKeys() throws {
    let conflict = SyncConflict(
      kind: .contact, record: "lars", recordName: "Lars Berg", field: "role", ours: "VP Operations",
      theirs: "Chief Operating Officer")
    for conflicts in [[conflict], SyncDashboardTests.conflicts] {
      let fake = SyncDashboardTests.FakeSync([.success(SyncReport(conflicts: conflicts))])
      let dashboard = try PeopleFixture.dashboard()
      dashboard.sync = fake.run
      _ = dashboard.render(width: 40, height: 12)
      press(dashboard, [.character("Y")])
      #expect(dashboard.runPendingWork())
      let lines = dashboard.render(width: 40, height: 12).text.split(separator: "\n").map(String.init)
      let count = conflicts.count
      #expect(lines.contains { $0.contains("\(count) field\(count == 1 ? " was" : "s were") changed") }, "\(lines)")
      #expect(lines.contains { $0.contains("▸ Lars Berg") })
      #expect(
        !lines.contains { $0.range(of: #"[0-9]*[2-9]-[0-9]+/[0-9]+"#, options: .regularExpression) != nil },
        "the form is scrolled: \(lines)")
      let status = lines.last ?? ""
      #expect(status.contains("o ours") && status.contains("t theirs"), "\(status)")
      #expect(status.hasPrefix(" Sync stopped"), "\(status)")
    }
  }

  @Test func theSmallConflictFormSnapshot() throws {
    let fake = SyncDashboardTests.FakeSync([.success(SyncReport(conflicts: SyncDashboardTests.conflicts))])
    let dashboard = try PeopleFixture.dashboard()
    dashboard.sync = fake.run
    _ = dashboard.render(width: 40, height: 12)
    press(dashboard, [.character("Y")])
    #expect(dashboard.runPendingWork())
    assertSnapshot(of: dashboard.render(width: 40, height: 12).text, as: .lines)
  }
}
