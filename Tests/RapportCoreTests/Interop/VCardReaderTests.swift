import Testing

@testable import RapportCore

/// Cards as address books export them: 3.0 from macOS and Google, 4.0, and 2.1 from old phones.
@Suite struct VCardReaderTests {
  @Test func cardsOfThreeVersions() {
    let text =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane;;;\r\nFN:Jane Doe\r\nORG:Acme Corp;Finance\r\n"
      + "TITLE:Chief Financial\r\n  Officer\r\nitem1.EMAIL;type=INTERNET;type=pref:jane@acme.example\r\n"
      + "item1.X-ABLabel:work\r\nTEL;TYPE=CELL:+45 12 34 56 78\r\nEND:VCARD\r\n"
      + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bjørn Olsen\r\nORG:Nordhavn\\, A/S\r\n"
      + "EMAIL;TYPE=work:bjorn@nordhavn.example\r\nTEL;VALUE=uri;TYPE=\"voice,work\":tel:+45-33-22-11-00\r\nEND:VCARD\r\n"
      + "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen\r\n"
      + "ROLE:Buyer\r\nEND:VCARD\r\n"
    let (cards, problems) = VCardReader.read(text)
    #expect(problems.isEmpty)
    #expect(cards.map(\.name) == ["Jane Doe", "Bjørn Olsen", "Jürgen Müller"])
    #expect(cards.map(\.organisation) == ["Acme Corp", "Nordhavn, A/S", ""])
    #expect(cards.map(\.title) == ["Chief Financial Officer", "", "Buyer"])
    #expect(cards[0].emails == ["jane@acme.example"] && cards[0].phones == ["+45 12 34 56 78"])
    #expect(cards[1].phones == ["+45-33-22-11-00"])
    #expect(cards.map(\.line) == [1, 12, 19])
  }

  @Test func aCardWithoutANameOrAnEndIsLocated() {
    let (cards, problems) = VCardReader.read(
      "BEGIN:VCARD\nEMAIL:x@y.example\nEND:VCARD\nBEGIN:VCARD\nFN:Open\n")
    #expect(cards.isEmpty)
    #expect(problems.map(\.line) == [1, 4])
  }
}
