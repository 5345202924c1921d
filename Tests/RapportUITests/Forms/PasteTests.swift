import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// A paste arrives as one key with its text whole: every form keeps what was pasted, says a
/// control character in it at once at its field, refuses to save it by name, and writes nothing.
@Suite struct PasteTests {
  private static let hostile = "paste\u{1B}[31mred\u{07}bell"

  /// Opens a form with `keys`, pastes into the field focused after `moves`, and saves.
  private func pasteAndSave(_ keys: [Key], moves: [Key] = [], label: String) throws {
    let dashboard = try PromiseFixture.dashboard()
    _ = dashboard.render(width: 120, height: 40)
    let before = try PromiseFixture.lines(dashboard)
    let accounts = try String(contentsOfFile: dashboard.store.path + "/" + Store.accountsFile, encoding: .utf8)
    let contacts = try String(contentsOfFile: dashboard.store.path + "/" + Store.contactsFile, encoding: .utf8)
    press(dashboard, keys + moves)
    let opened = try #require(dashboard.form, "\(keys)")
    #expect(opened.focused.label == label)
    press(dashboard, [.paste(Self.hostile)])
    let problem = "\(label) contains a control character (U+001B ESC); remove it"
    #expect(dashboard.form?.focused.text.hasSuffix(Self.hostile) == true, "\(label)")
    #expect(dashboard.form?.problem == problem, "said at once: \(label)")
    press(dashboard, [.enter])
    #expect(dashboard.form?.problem == problem, "refused on saving: \(label)")
    #expect(dashboard.form?.focused.label == label)
    #expect(try PromiseFixture.lines(dashboard) == before)
    #expect(try String(contentsOfFile: dashboard.store.path + "/" + Store.accountsFile, encoding: .utf8) == accounts)
    #expect(try String(contentsOfFile: dashboard.store.path + "/" + Store.contactsFile, encoding: .utf8) == contacts)
  }

  @Test func thePromiseFormRefusesAPastedEscapeSequenceAtWhat() throws {
    try pasteAndSave([.character("P")], label: "What")
  }

  @Test func theRecordFormRefusesItAtTheNote() throws {
    try pasteAndSave([.character("d")], moves: [.tab, .tab, .tab], label: "Note")
  }

  @Test func theEditFormsRefuseItAtTheName() throws {
    try pasteAndSave([.character("E")], label: "Name")
    try pasteAndSave([.character("2"), .character("e")], label: "Name")
  }

  @Test func thePlanFormsRefuseItAtTheirField() throws {
    let dashboard = try PromiseFixture.dashboard()
    press(dashboard, [.character("o"), .character("O")])
    let label = try #require(dashboard.form?.focused.label)
    try pasteAndSave([.character("o"), .character("O")], label: label)
    try pasteAndSave([.character("o"), .character("i")], label: "What")
  }

  /// Text without controls is pasted whole where the cursor is, replacing a fresh field.
  @Test func aPlainPasteIsTypedWhole() throws {
    let dashboard = try PromiseFixture.dashboard()
    press(dashboard, [.character("P")] + Key.typing("send ") + [.paste("the deck, ✓ 株式会社")])
    #expect(dashboard.form?.focused.text == "send the deck, ✓ 株式会社")
    #expect(dashboard.form?.problem == "")
    press(dashboard, [.enter])
    #expect(dashboard.ledger.openPromises.contains { $0.what == "send the deck, ✓ 株式会社" })
  }

  /// Outside a form, a paste types nothing and runs no key: the filter takes it as one line.
  @Test func aPasteOutsideAFormRunsNoKeys() throws {
    let dashboard = try PromiseFixture.dashboard()
    press(dashboard, [.paste("qdK")])
    #expect(dashboard.form == nil && dashboard.promiseQuestion == nil)
    #expect(dashboard.message.hasPrefix("Nothing to paste into"))
    press(dashboard, [.character("/"), .paste("ac\nme")])
    #expect(dashboard.filterText == "ac me")
  }
}
