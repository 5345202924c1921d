import RapportUI
import SnapshotTesting
import Testing

/// Golden text of a search's results (`/`): accounts found by their own name and through a
/// contact, each saying who and why. To record it anew, delete the file and run the test twice.
@Suite struct SearchSnapshotTests {
  @Test func aSearchFindsAccountsThroughTheirContacts() throws {
    let dashboard = try SearchFixture.dashboard()
    _ = dashboard.render(width: 130, height: 24)
    for key in [Key.character("/")] + Key.typing("purchas") { _ = dashboard.handle(key) }
    assertSnapshot(of: dashboard.render(width: 130, height: 24).text, as: .lines)
  }
}
