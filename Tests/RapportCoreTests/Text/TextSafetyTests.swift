import Testing

@testable import RapportCore

/// Text about to be stored: control characters are refused, naming the character and the field.
@Suite struct TextSafetyTests {
  @Test func namesTheCharacterAndTheField() {
    #expect(
      TextSafety.problem(in: "hi\u{1B}]0;x\u{07}", field: "the note")?.description
        == "the note contains a control character (U+001B ESC); remove it")
    #expect(
      TextSafety.problem(in: "a\u{9B}b", field: "Name")?.description
        == "Name contains a control character (U+009B CSI); remove it")
    #expect(
      TextSafety.problem(in: "exe.\u{202E}gpj", field: "the note")?.description
        == "the note contains a bidi control character (U+202E RIGHT-TO-LEFT OVERRIDE); remove it")
    #expect(TextSafety.problem(in: "x\u{7F}", field: "Role")?.scalar == "\u{7F}")
    #expect(TextSafety.problem(in: "x\r\n", field: "the note")?.scalar == "\r")
    // In a longer field a carriage return is a line break, which the file format writes as one.
    #expect(TextSafety.problem(in: "x\r\ny\rz", field: "the note", multiline: true) == nil)
  }

  @Test func tabsAndLineBreaksWhereAllowed() {
    #expect(TextSafety.problem(in: "a\tb", field: "Name") == nil)
    #expect(TextSafety.problem(in: "one\ntwo", field: "Personal", multiline: true) == nil)
    #expect(TextSafety.problem(in: "one\ntwo", field: "Name")?.scalar == "\n")
    #expect(TextSafety.problem(in: "Lars Kjærgaard 株式会社 שלום \u{200F}", field: "Name") == nil)
  }

  @Test func recordsAreCheckedFieldByField() {
    var account = Account(id: "acme", name: "Acme", tier: .a, culture: "Two\nlines")
    #expect(TextSafety.problem(in: account) == nil)
    account.donts = ["fine", "bad\u{1B}[2J"]
    #expect(
      TextSafety.problem(in: account)?.description == "a don't contains a control character (U+001B ESC); remove it")
    var contact = Contact(account: "acme", id: "jane", name: "Jane", personal: "Runs\nmarathons")
    #expect(TextSafety.problem(in: contact) == nil)
    contact.role = "CFO\u{2067}"
    #expect(TextSafety.problem(in: contact)?.field == "the role")
    let draft = EventDraft(
      day: Day(iso: "2026-11-20")!, account: "acme", type: .deposit, kind: "insight", weight: Weight(3), note: "\u{85}")
    #expect(
      TextSafety.problem(in: draft)?.description == "the note contains a control character (U+0085 NEL); remove it")
  }
}
