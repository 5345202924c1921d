import Foundation
import RapportCore
import SnapshotTesting
import Testing

@testable import RapportUI

/// Archived accounts and contacts on the dashboard: hidden until `z`, marked when shown, `Z`
/// asks before it archives or unarchives; and the `E` form's cadence. On a small store made here.
@Suite struct ArchiveDashboardTests {
  private static let accounts = """
    account acme "Acme Corp" tier:A
    account oldco "Old Co" tier:C
      archived: 2026-11-01 Contract ended
    account kyoto "Kyoto Seiki" tier:B cadence:45

    """
  private static let contacts = """
    contact acme/lars "Lars Berg" role:COO
    contact acme/mia "Mia Holm" role:CFO
      archived: 2026-11-10

    """

  private func dashboard() throws -> (Dashboard, String) {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-archive-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let files = [
      Store.accountsFile: ArchiveDashboardTests.accounts, Store.contactsFile: ArchiveDashboardTests.contacts,
      Store.eventsFile: "2026-11-05 acme/mia deposit +2\n",
    ]
    for (name, text) in files { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
    let store = try Store(path: path, writable: true, today: PeopleFixture.today)
    let dashboard = Dashboard(store: store, today: PeopleFixture.today)
    dashboard.storeLabel = "archive"
    return (dashboard, path)
  }

  private func file(_ path: String, _ name: String) throws -> String {
    try String(contentsOfFile: path + "/" + name, encoding: .utf8)
  }

  @Test func archivedAccountsAndContactsAreHiddenUntilZ() throws {
    let (dashboard, _) = try dashboard()
    press(dashboard, [.character("s"), .character("<")])  // by name: Acme, Kyoto (Old Co hidden)
    var text = screen(dashboard)
    #expect(text.contains("Accounts 2/3"))
    #expect(!text.contains("Old Co"))
    #expect(text.contains("Lars Berg · COO") && !text.contains("Mia Holm · CFO"))
    press(dashboard, [.character("z")])
    text = screen(dashboard)
    #expect(text.contains("Accounts 3/3"))
    #expect(text.contains("(archived) Old Co"))
    #expect(text.contains("(archived) Mia Holm"))
    press(dashboard, [.character("z")])
    #expect(!screen(dashboard).contains("Old Co"))
  }

  @Test func theListWithArchivedShown() throws {
    let (dashboard, _) = try dashboard()
    _ = dashboard.render(width: 80, height: 24)
    for key: Key in [.character("s"), .character("<"), .character("z")] { _ = dashboard.handle(key) }
    assertSnapshot(of: dashboard.render(width: 80, height: 24).text, as: .lines)
  }

  @Test func zAsksAndYArchivesTheSelectedAccountAnyOtherKeyCancels() throws {
    let (dashboard, path) = try dashboard()
    press(dashboard, [.character("s"), .character("<")])  // Acme selected
    press(dashboard, [.character("Z")])
    #expect(dashboard.message.contains("Archive Acme Corp?"))
    press(dashboard, [.character("n")])
    #expect(dashboard.message == "Nothing was changed")
    #expect(try file(path, Store.accountsFile) == ArchiveDashboardTests.accounts)
    press(dashboard, [.character("Z"), .character("y")])
    #expect(dashboard.message.hasPrefix("Archived acme"))
    #expect(try file(path, Store.accountsFile).contains("account acme \"Acme Corp\" tier:A\n  archived: 2026-11-23\n"))
    #expect(!screen(dashboard).contains("Acme Corp"))
    // Shown again, and brought back.
    press(dashboard, [.character("z"), .character("<"), .character("Z")])
    #expect(dashboard.message.contains("Unarchive Acme Corp?"))
    press(dashboard, [.character("y")])
    #expect(try file(path, Store.accountsFile) == ArchiveDashboardTests.accounts)
  }

  @Test func zOnTheContactsPaneArchivesThePersonAndRecordingIsRefused() throws {
    let (dashboard, path) = try dashboard()
    press(dashboard, [.character("s"), .character("<"), .character("2"), .character("Z"), .character("y")])
    #expect(
      try file(path, Store.contactsFile).contains("contact acme/lars \"Lars Berg\" role:COO\n  archived: 2026-11-23\n"))
    #expect(!screen(dashboard).contains("Lars Berg"))
    // Nobody archived is offered in the record form.
    press(dashboard, [.character("d")])
    #expect(dashboard.form != nil && !screen(dashboard).contains("Lars"))
    press(dashboard, [.escape])
    // Shown, Lars can be picked, and recording for him is refused with the way back.
    press(dashboard, [.character("z"), .character("d"), .enter])
    #expect(dashboard.form?.problem.contains("'acme/lars' was archived on 2026-11-23: unarchive it first") == true)
    #expect(try file(path, Store.eventsFile) == "2026-11-05 acme/mia deposit +2\n")
  }

  @Test func theAccountFormEditsTheCadenceAndRefusesWhatTheFileWouldNot() throws {
    let (dashboard, path) = try dashboard()
    press(dashboard, [.character("s"), .character("<"), .down, .character("E")])  // Kyoto Seiki
    #expect(screen(dashboard).contains("Cadence"))
    press(dashboard, [.tab, .tab, .control("u")] + Key.typing("0") + [.enter])
    #expect(screen(dashboard).contains("Cadence: a number of days between touches, 1 to 3650"))
    #expect(try file(path, Store.accountsFile) == ArchiveDashboardTests.accounts)
    press(dashboard, [.control("u")] + Key.typing("21") + [.enter])
    #expect(try file(path, Store.accountsFile).contains("account kyoto \"Kyoto Seiki\" tier:B cadence:21\n"))
    press(dashboard, [.character("E"), .tab, .tab, .control("u"), .enter])
    #expect(try file(path, Store.accountsFile).contains("account kyoto \"Kyoto Seiki\" tier:B\n"))
  }
}
