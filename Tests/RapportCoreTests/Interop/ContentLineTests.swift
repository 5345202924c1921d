import Foundation
import Testing

@testable import RapportCore

/// vCard and iCalendar content lines: folding, escapes, parameters, groups, quoted-printable.
@Suite struct ContentLineTests {
  @Test func foldedLinesAreJoinedAndNumberedWhereTheyStart() {
    let (lines, problems) = ContentLines.read("BEGIN:VCARD\r\nNOTE:one \r\n two\r\n\tthree\r\nEND:VCARD\r\n")
    #expect(problems.isEmpty)
    #expect(lines.map(\.name) == ["BEGIN", "NOTE", "END"])
    #expect(lines[1].text == "one twothree")
    #expect(lines.map(\.line) == [1, 2, 5])
  }

  @Test func escapesParametersQuotedValuesAndGroups() {
    let (lines, _) = ContentLines.read(
      "item1.EMAIL;type=INTERNET;type=pref:jane@acme.example\n"
        + "ATTENDEE;CN=\"Doe, Jane\";ROLE=REQ-PARTICIPANT:mailto:jane@acme.example\n"
        + "SUMMARY:Budget\\, plan\\; next\\nsteps \\\\ done\n" + "ORG:Acme\\, Inc;Sales\n" + "TEL;WORK;VOICE:+45 1234\n"
    )
    #expect(lines[0].group == "item1" && lines[0].name == "EMAIL")
    #expect(lines[0].parameters["TYPE"] == ["INTERNET", "pref"])
    #expect(lines[1].parameter("CN") == "Doe, Jane")
    #expect(lines[1].text == "mailto:jane@acme.example")
    #expect(lines[2].text == "Budget, plan; next\nsteps \\ done")
    #expect(lines[3].components == ["Acme, Inc", "Sales"])
    #expect(lines[4].parameters["TYPE"] == ["WORK", "VOICE"])
  }

  @Test func quotedPrintableWithSoftBreaksAndACharset() {
    let (lines, _) = ContentLines.read(
      "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=\r\n=C3=BCrgen\r\n"
        + "FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:J=FCrgen\r\n")
    #expect(lines[0].components == ["Müller", "Jürgen"])
    #expect(lines[1].text == "Jürgen")
  }

  @Test func aLineWithoutAColonIsAProblemAtItsLine() {
    let (_, problems) = ContentLines.read("BEGIN:VCARD\nthis is not a property\nEND:VCARD\n")
    #expect(problems.map(\.line) == [2])
  }
}
