import Testing

@testable import RapportUI

@Suite struct DisplayWidthTests {
  @Test func countsWideAndZeroWidthCharacters() {
    #expect(DisplayWidth.of("Acme") == 4)
    #expect(DisplayWidth.of("京都精機") == 8)
    #expect(DisplayWidth.of("Société") == 7)
    // "e" followed by a combining acute accent is one column.
    #expect(DisplayWidth.of("Socie\u{301}te\u{301}") == 7)
    #expect(DisplayWidth.of("🤝") == 2)
    #expect(DisplayWidth.of("❤️") == 2)
    #expect(DisplayWidth.of("한국") == 4)
  }

  @Test func truncatesAndFitsByColumns() {
    #expect(DisplayWidth.truncate("京都精機株式会社", to: 7) == "京都精…")
    #expect(DisplayWidth.truncate("Acme", to: 4) == "Acme")
    #expect(DisplayWidth.fit("京都", to: 6) == "京都  ")
    #expect(DisplayWidth.fit("7", to: 3, alignRight: true) == "  7")
  }

  @Test func tablesAlignMixedScripts() {
    var table = TextTable(headers: ["NAME", "EQ"], alignments: [.left, .right])
    table.append(["京都精機", "12"])
    table.append(["Acme", "-3.5"])
    #expect(
      table.render() == """
        NAME        EQ
        京都精機    12
        Acme      -3.5

        """)
  }
}
