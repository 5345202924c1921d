import Testing

@testable import RapportCore

/// What Markdown would act on in a name or a note is escaped, so that it reads as written.
@Suite struct BriefMarkdownEscapingTests {
  @Test(arguments: [
    ("*bold* and _it_", "\\*bold\\* and \\_it\\_"),
    ("# Not a heading", "\\# Not a heading"),
    ("Kim #1", "Kim #1"),
    ("a | b", "a \\| b"),
    ("`code`", "\\`code\\`"),
    ("<script>", "\\<script>"),
    ("[link](x)", "\\[link\\](x)"),
    ("back\\slash", "back\\\\slash"),
    ("> quote", "\\> quote"),
    ("- item", "\\- item"),
    ("1. first", "1\\. first"),
    ("2026) year", "2026\\) year"),
    ("  # indented", "  \\# indented"),
    ("one\n# two", "one\n\\# two"),
    ("Élodie Lefèvre 株式会社", "Élodie Lefèvre 株式会社"),
  ])
  func escapes(_ text: String, _ expected: String) {
    #expect(BriefMarkdown.escape(text) == expected)
  }

  @Test func namesAndNotesInTheDocumentAreEscaped() throws {
    let markdown = BriefMarkdown.render(try BriefFixture.brief("zeta", personal: true))
    #expect(markdown.hasPrefix("# Brief: Zeta \\*Bold\\* \\_AG\\_ (zeta)\n"))
    #expect(markdown.contains("### Kim \\| \\<b>#1\\</b> (kim), \\`Chief\\`\n"))
    // Our own Markdown is left as it is.
    #expect(markdown.contains("\n## Drift: "))
  }

  @Test func aTableCellStaysOnOneLine() {
    #expect(BriefMarkdown.cell("Head of\nOps | Fleet") == "Head of; Ops \\| Fleet")
  }
}
