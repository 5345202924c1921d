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

  /// Printable ASCII is counted by its bytes; anything else, a control, an accent after a
  /// letter, "\r\n", goes character by character, and both agree with the sum of the characters.
  @Test func asciiTextIsCountedLikeItsCharacters() {
    for text in [
      "", "Acme GmbH", "a\u{301}", "Tab\there", "line\r\nbreak", "\u{1B}[31m", "~!@#$%^&*()_+{}|:<>?",
      "DEL\u{7F}", "Zoë Ltd", "a\u{202E}b",
    ] {
      #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text.debugDescription)")
      #expect(DisplayWidth.of(text[...]) == DisplayWidth.of(text))
    }
    #expect(DisplayWidth.of("Acme GmbH") == 9)
    #expect(DisplayWidth.of("a\tb") == 3)
    #expect(DisplayWidth.of("\u{1B}") == 2)
  }

  @Test func truncatesAndFitsByColumns() {
    #expect(DisplayWidth.truncate("京都精機株式会社", to: 7) == "京都精…")
    #expect(DisplayWidth.truncate("Acme", to: 4) == "Acme")
    #expect(DisplayWidth.fit("京都", to: 6) == "京都  ")
    #expect(DisplayWidth.fit("7", to: 3, alignRight: true) == "  7")
  }

  /// A message that quotes a note already shortened keeps one `…` when it is cut again there.
  @Test func aCutRightAfterAnEllipsisKeepsOnlyOne() {
    let message = "Deposit +1 “Shared the benchm…” saved"
    for columns in 1..<DisplayWidth.of(message) {
      let cut = DisplayWidth.truncate(message, to: columns)
      #expect(!cut.contains("……"), "\(columns): \(cut)")
      #expect(DisplayWidth.of(cut) <= columns)
      #expect(cut.hasSuffix("…"))
    }
    #expect(DisplayWidth.truncate(message, to: 31) == "Deposit +1 “Shared the benchm…")
  }

  @Test func hintsDropTheLastWholeAndKeepTheOneAskedFor() {
    let keys = ["d deposit", "n next", "p plan"]
    #expect(DisplayWidth.hints(keys, keeping: "? help", in: 80) == "d deposit · n next · p plan · ? help")
    #expect(DisplayWidth.hints(keys, keeping: "? help", in: 27) == "d deposit · n next · ? help")
    #expect(DisplayWidth.hints(keys, keeping: "? help", in: 26) == "d deposit · ? help")
    #expect(DisplayWidth.hints(keys, keeping: "? help", in: 8) == "? help")
    #expect(DisplayWidth.hints(keys, keeping: "? help", in: 4) == "? h…")
    #expect(DisplayWidth.hints(keys, in: 10) == "d deposit")
    #expect(DisplayWidth.hints(keys, in: 5) == "d de…")
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
