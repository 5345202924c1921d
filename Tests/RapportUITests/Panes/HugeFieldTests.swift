import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// A field of megabytes is shown as its first lines, and a pause without keys draws nothing.
@Suite struct HugeFieldTests {
  /// A terminal that runs `between` before each key after the first.
  final class PausingTerminal: Terminal {
    var size = (width: 120, height: 40)
    private var keys: [Key]
    private let between: (Int) -> Void
    private var position = 0
    private(set) var draws = 0

    init(keys: [Key], between: @escaping (Int) -> Void = { _ in }) {
      self.keys = keys
      self.between = between
    }

    func readKey() -> Key? {
      guard position < keys.count else { return nil }
      between(position)
      defer { position += 1 }
      return keys[position]
    }

    func draw(_ frame: Frame) { draws += 1 }
    func perform(_ action: TerminalAction) {}
  }

  @Test func aPauseWithoutChangesDrawsNothing() throws {
    let dashboard = try DemoFixture.dashboard()
    let terminal = PausingTerminal(keys: [.idle, .idle, .idle, .idle])
    dashboard.run(on: terminal)
    #expect(terminal.draws == 1, "only the first screen")
  }

  @Test func aPauseAfterAChangeOnDiskDrawsIt() throws {
    let dashboard = try DemoFixture.dashboard()
    let events = dashboard.store.path + "/" + Store.eventsFile
    let before = dashboard.ledger.liveEventCount
    let terminal = PausingTerminal(keys: [.idle, .idle, .idle]) { position in
      guard position == 1, let handle = FileHandle(forWritingAtPath: events) else { return }
      handle.seekToEndOfFile()
      handle.write(Data("2026-11-20 nordhavn/lars deposit check-in +1 \"Coffee\" id:idletest01\n".utf8))
      try? handle.close()
    }
    dashboard.run(on: terminal)
    #expect(terminal.draws == 2, "the first screen, and the one after the change")
    #expect(dashboard.ledger.liveEventCount == before + 1)
  }

  /// The demo with a 10 MB `personal:` field on a contact of the first account in the list.
  private func dashboardWithAHugeField() throws -> Dashboard {
    let dashboard = try DemoFixture.dashboard()
    let account = dashboard.ledger.accounts[dashboard.list.rows[0]]
    let huge = String(repeating: "sails a folkboat out of Skovshoved ", count: 300_000)
    let contacts = dashboard.store.path + "/" + Store.contactsFile
    let handle = try #require(FileHandle(forWritingAtPath: contacts))
    handle.seekToEndOfFile()
    handle.write(Data("\ncontact \(account.id)/huge \"Hugo Huge\"\n  personal: \(huge)\n".utf8))
    try handle.close()
    #expect(dashboard.handle(.idle))
    return dashboard
  }

  @Test func aHugeFieldShowsItsFirstLinesAndSaysTheRestIsCut() throws {
    let dashboard = try dashboardWithAHugeField()
    _ = dashboard.handle(.character("2"))
    _ = dashboard.handle(.end)
    let frame = dashboard.render(width: 120, height: 40)
    let block = try #require(dashboard.contactBlock)
    #expect(dashboard.ledger.contacts[dashboard.selectedContacts[dashboard.contactCursor.index]].name == "Hugo Huge")
    // The heading, the field's lines, the cut mark, the figures, the favours and a blank.
    #expect(block.count <= Dashboard.longestField + 5, "the huge contact takes \(block.count) lines")
    // Scrolled to the end of the contact: the cut mark is on screen.
    for _ in 0..<block.count { _ = dashboard.handle(.character("j")) }
    let end = dashboard.render(width: 120, height: 40)
    #expect(end.text.contains("cut here"), "\(end.text)")
    #expect(frame.text.contains("Hugo Huge"))
  }

  @Test func truncatingReadsOnlyWhatFitsAndCutsAsBefore() {
    #expect(DisplayWidth.truncate("Compagnie Électrique du Rhône", to: 12) == "Compagnie É…")
    #expect(DisplayWidth.truncate("集团副总裁", to: 6) == "集团…")
    #expect(DisplayWidth.truncate("short", to: 5) == "short")
    #expect(DisplayWidth.truncate("e\u{301}xyz", to: 4) == "e\u{301}xyz")
    #expect(DisplayWidth.fits(String(repeating: "x", count: 10), in: 10))
    #expect(!DisplayWidth.fits(String(repeating: "x", count: 11), in: 10))
  }
}
