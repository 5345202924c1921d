import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// Finding anyone with `/`: accounts found through their contacts, the contact selected, the
/// record form's default contact and its picker, and the shortest path to a deposit.
@Suite struct SearchFlowTests {
  private func lastEvent(_ dashboard: Dashboard) throws -> String {
    let text = try String(contentsOfFile: "\(dashboard.store.path)/\(Store.eventsFile)", encoding: .utf8)
    return text.split(separator: "\n").last.map(String.init) ?? ""
  }

  /// The selected contact's name in the contacts pane.
  private func selectedContact(_ dashboard: Dashboard) -> String? {
    let contacts = dashboard.selectedContacts
    guard contacts.indices.contains(dashboard.contactCursor.index) else { return nil }
    return dashboard.ledger.contacts[contacts[dashboard.contactCursor.index]].name
  }

  @Test func aRowFoundThroughAContactSaysWhoAndWhy() throws {
    let dashboard = try SearchFixture.dashboard()
    press(dashboard, [.character("/")] + Key.typing("katrin"))
    #expect(dashboard.list.rows.map { dashboard.ledger.accounts[$0].id } == ["muller"])
    // The row says whom; the pane's name column cuts the account's name first.
    let muller = try #require(dashboard.ledger.accountIndex("muller"))
    #expect(dashboard.listName(of: muller, width: 60) == "Müller Präzisionstechnik · Katrin Weber (CFO)")
    #expect(screen(dashboard).contains("│   Müller… · Katrin Weber (CFO) "))
    #expect(screen(dashboard).contains("found: Katrin Weber (CFO)"))
    press(dashboard, [.escape, .character("/")] + Key.typing("MULLER"))
    // Müller by its own name, plain; Nordlicht through Ines's next job, which the row quotes.
    let text = screen(dashboard)
    #expect(text.contains("· Ines Vogt (Buyer)"))
    #expect(dashboard.listName(of: muller, width: 60) == "Müller Präzisionstechnik")
    // The status line says in full why the selected row matched.
    #expect(dashboard.list.rows.count == 2)
    press(dashboard, [dashboard.list.rows.first == muller ? .down : .up])
    #expect(screen(dashboard).contains("found: Ines Vogt (Buyer) · next job: Purchasing at Müller"))
    press(dashboard, [.escape, .character("/")] + Key.typing("ostsee"))
    // A match in personal notes names the field, not the note.
    #expect(screen(dashboard).contains("found: Ines Vogt (Buyer) · in personal notes"))
  }

  @Test func aNarrowRowCutsTheAccountNameBeforeThePerson() throws {
    let dashboard = try SearchFixture.dashboard()
    press(dashboard, [.character("/")] + Key.typing("katrin"))
    let account = try #require(dashboard.selectedAccount)
    #expect(dashboard.listName(of: account, width: 100) == "Müller Präzisionstechnik · Katrin Weber (CFO)")
    #expect(dashboard.listName(of: account, width: 30) == "Müller P… · Katrin Weber (CFO)")
    #expect(DisplayWidth.of(dashboard.listName(of: account, width: 20)) == 20)
    press(dashboard, [.escape])
    #expect(dashboard.listName(of: account, width: 30) == "Müller Präzisionstechnik")
  }

  @Test func enterOnAResultFoundThroughAContactSelectsThem() throws {
    let dashboard = try SearchFixture.dashboard()
    press(dashboard, [.character("/")] + Key.typing("weber") + [.enter])
    #expect(dashboard.selectedAccount.map { dashboard.ledger.accounts[$0].id } == "muller")
    // Jonas is listed first; the search picked Katrin.
    #expect(dashboard.selectedContacts.first.map { dashboard.ledger.contacts[$0].name } == "Jonas Brandt")
    #expect(selectedContact(dashboard) == "Katrin Weber")
    press(dashboard, [.character("d")])
    #expect(dashboard.form?[.contact].choice?.value == "Katrin Weber")
  }

  @Test func withoutASearchTheFormOffersWhoeverWasTouchedLastAndZeroTheWholeAccount() throws {
    let dashboard = try SearchFixture.dashboard()
    press(dashboard, [.character("/")] + Key.typing("müller präz") + [.enter, .character("d")])
    #expect(dashboard.form?[.contact].choice?.value == "Jonas Brandt")
    #expect(screen(dashboard).contains("0: the whole account"))
    press(dashboard, [.character("0")])
    #expect(dashboard.form?[.contact].choice?.index == 0)
    #expect(!screen(dashboard).contains("0: the whole account"))
    press(dashboard, [.enter])
    #expect(try lastEvent(dashboard).hasPrefix("2026-11-23 muller deposit check-in +1 id:"))
  }

  @Test func anAccountNoOneWasTouchedAtOpensForTheWholeAccount() throws {
    let dashboard = try SearchFixture.dashboard()
    press(dashboard, [.character("/")] + Key.typing("nordlicht") + [.enter, .character("d")])
    #expect(dashboard.form?[.contact].choice?.index == 0)
  }

  @Test func fromTheContactsPaneTheSelectedContactStays() throws {
    let dashboard = try SearchFixture.dashboard()
    press(dashboard, [.character("/")] + Key.typing("katrin") + [.enter, .character("2"), .up, .character("d")])
    #expect(dashboard.form?[.contact].choice?.value == "Jonas Brandt")
  }

  @Test func thePickerFindsAContactByIdAsTheLatinSpellingOfTheirName() throws {
    let dashboard = try SearchFixture.dashboard()
    press(dashboard, [.character("/")] + Key.typing("hanbit") + [.enter, .character("d"), .backTab, .character("0")])
    #expect(dashboard.form?[.contact].choice?.index == 0)
    press(dashboard, Key.typing("kim"))
    #expect(dashboard.form?[.contact].choice?.value == "김지현")
    press(dashboard, [.enter])
    #expect(try lastEvent(dashboard).hasPrefix("2026-11-23 hanbit/kim deposit check-in +1 id:"))
  }

  @Test func aContactEditedIsFoundByWhatWasWritten() throws {
    let dashboard = try SearchFixture.dashboard()
    press(dashboard, [.character("/")] + Key.typing("controller"))
    #expect(dashboard.list.rows.isEmpty)
    press(
      dashboard, [.escape, .character("/")] + Key.typing("jonas") + [.enter, .character("2"), .character("e"), .tab])
    press(dashboard, Key.typing("Controller") + [.enter])
    #expect(dashboard.form == nil)
    press(dashboard, [.escape, .character("/")] + Key.typing("controller"))
    #expect(dashboard.list.rows.map { dashboard.ledger.accounts[$0].id } == ["muller"])
    #expect(screen(dashboard).contains("found: Jonas Brandt (Controller)"))
  }

  /// From the accounts list to "a deposit for Katrin, weight 3, yesterday, with a note": twelve
  /// keys and the note, as the README counts them.
  @Test func aDepositForKatrinYesterdayWithANoteTakesTwelveKeysAndTheNote() throws {
    let dashboard = try SearchFixture.dashboard()
    let keys: [Key] =
      [.character("/")] + Key.typing("kat") + [.enter, .character("d"), .tab, .character("3"), .tab]
      + [.character("y"), .tab]
    #expect(keys.count + 1 == 12)
    press(dashboard, keys + Key.typing("Budget call") + [.enter])
    #expect(dashboard.form == nil)
    #expect(try lastEvent(dashboard).hasPrefix(#"2026-11-22 muller/katrin deposit check-in +3 "Budget call" id:"#))
  }
}
