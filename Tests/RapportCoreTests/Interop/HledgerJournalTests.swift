import Foundation
import Testing

@testable import RapportCore

/// The journal's text: valid account names, descriptions on one line with nothing a terminal acts
/// on, and transactions that balance.
@Suite struct HledgerJournalTests {
  private func row(
    account: String = "acme", contact: String = "jane", type: EventType = .deposit, kind: String = "insight",
    weight: String = "+3", note: String = ""
  ) -> EventRow {
    var event = Event(
      id: "k3f9x2abq0", day: Day(iso: "2026-11-20")!, account: account, contact: contact.isEmpty ? nil : contact,
      type: type, kind: kind, weight: try! Weight(parsing: weight), note: note, voided: false, line: 1)
    event.forCareer = false
    return EventRow(event, privacy: .withPersonal)
  }

  @Test func anEventIsATransactionThatBalances() {
    #expect(
      HledgerJournal.transaction(row(note: "Shared the benchmark")) == """
        2026-11-20 insight | Shared the benchmark  ; kind:insight, type:deposit, id:k3f9x2abq0
            equity:acme:jane  3 pts
            relationship:acme  -3 pts

        """)
    #expect(
      HledgerJournal.transaction(row(contact: "", type: .withdrawal, kind: "mistake", weight: "-2.5")) == """
        2026-11-20 mistake  ; kind:mistake, type:withdrawal, id:k3f9x2abq0
            equity:acme  -2.5 pts
            relationship:acme  2.5 pts

        """)
    #expect(HledgerJournal.transaction(row(kind: "", weight: "0.05")).hasPrefix("2026-11-20 deposit  ; kind:deposit,"))
  }

  @Test func accountNamesAreSanitised() {
    #expect(HledgerJournal.accountName("acme") == "acme")
    #expect(HledgerJournal.accountName("o-brien_2.x") == "o-brien_2.x")
    #expect(HledgerJournal.accountName("two  spaces") == "two-spaces")
    #expect(HledgerJournal.accountName("a:b;c") == "a-b-c")
    #expect(HledgerJournal.accountName("(virtual)") == "-virtual-")
    #expect(HledgerJournal.accountName("[balanced]") == "-balanced-")
    #expect(HledgerJournal.accountName("tab\there\nnl") == "tab-here-nl")
    #expect(HledgerJournal.accountName("\u{1B}]0;x\u{07}") == "-0-x-")
    #expect(HledgerJournal.accountName("rtl\u{202E}override") == "rtl-override")
    #expect(HledgerJournal.accountName("") == "_")
    #expect(HledgerJournal.accountName("Müller 株式会社") == "Müller-株式会社")
    // A valid name never holds two spaces, a colon, a semicolon or a control character.
    for name in ["a  b", " : ; ", "\u{0}\u{7F}\u{9B}", "x\r\ny"] {
      let clean = HledgerJournal.accountName(name)
      #expect(!clean.contains("  ") && !clean.contains(":") && !clean.contains(";"))
      #expect(!clean.unicodeScalars.contains(where: InertText.isActive))
    }
  }

  @Test func descriptionsAreOneInertLineWithoutComments() {
    let hostile = "Line one\nLine two\r\u{1B}]52;c;cGF5bG9hZA==\u{07} and \u{9B}31m; tag:x \u{202E}evil"
    let text = HledgerJournal.description(kind: "insight", note: hostile)
    #expect(!text.unicodeScalars.contains(where: InertText.isActive))
    #expect(!text.contains(";"))
    #expect(!text.contains("\n") && !text.contains("\r"))
    #expect(text.contains("\\e]52,c,cGF5bG9hZA==\\x07"))
    #expect(text.contains("<U+009B>") && text.contains("<U+202E>"))
    #expect(text.hasPrefix("insight | Line one\\nLine two\\r"))
    // Runs of spaces shrink to one; a long note is cut.
    #expect(HledgerJournal.description(kind: "k", note: "a    b\tc") == "k | a b c")
    let long = HledgerJournal.description(kind: "k", note: String(repeating: "x", count: 500))
    #expect(long.count == 4 + HledgerJournal.descriptionLimit && long.hasSuffix("…"))
    #expect(HledgerJournal.description(kind: "k", note: "   ") == "k")
  }

  @Test func theJournalDeclaresItsCommodityAndHoldsEveryEvent() {
    let journal = HledgerJournal.journal(of: [row(), row(contact: "bob", weight: "+1.25")])
    #expect(journal.contains("commodity 1.00 pts\n"))
    #expect(journal.components(separatedBy: "\n    relationship:acme  ").count == 3)
    #expect(journal.contains("    equity:acme:bob  1.25 pts\n    relationship:acme  -1.25 pts\n"))
    #expect(!journal.unicodeScalars.contains { InertText.isActive($0) && $0 != "\n" })
  }
}

/// The fast paths give what the general one gives.
@Suite struct HledgerJournalFastPathTests {
  @Test(arguments: [
    "Shared the benchmark", "Ünïcode ✓ and 株式会社", " lead", "trail ", "two  spaces", "semi;colon", "é\u{9B}",
    "bidi \u{202E}x", "dash – fine", String(repeating: "y", count: 121), String(repeating: "y", count: 120), "x",
  ])
  func descriptionsAsTheGeneralRuleMakesThem(note: String) {
    var line = InertText.visible(note).replacingOccurrences(of: ";", with: ",")
    line = line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    if line.count > HledgerJournal.descriptionLimit {
      line = String(line.prefix(HledgerJournal.descriptionLimit - 1)) + "…"
    }
    #expect(HledgerJournal.description(kind: "k", note: note) == "k | \(line)")
  }
}
