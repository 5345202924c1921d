import Testing

@testable import RapportCore

/// Folded text: a field's hard-wrapped lines read as paragraphs.
@Suite struct FoldedTextTests {
  @Test func hardWrappedLinesAreJoinedIntoAParagraph() {
    let culture = "Hierarchical; the style is\n  Parisian. Lunch is where\nthings get decided."
    #expect(
      FoldedText.paragraphs(culture) == ["Hierarchical; the style is Parisian. Lunch is where things get decided."])
  }

  @Test func aSentenceEndAnItemOrABlankLineKeepsTheBreak() {
    #expect(FoldedText.paragraphs("First one.\nSecond one") == ["First one.", "Second one"])
    #expect(FoldedText.paragraphs("Said “no.”\nThen") == ["Said “no.”", "Then"])
    #expect(
      FoldedText.paragraphs("Two rules:\n- one\n- two and\nmore\n2. three") == [
        "Two rules:", "- one", "- two and more", "2. three",
      ])
    #expect(FoldedText.paragraphs("a\n\nb") == ["a", "", "b"])
    #expect(FoldedText.paragraphs("windows\r\nline") == ["windows line"])
  }

  @Test func onlyTheFirstLinesAreReadWhenAsked() {
    #expect(FoldedText.paragraphs("a\nb\nc\nd", maxLines: 2) == ["a b c\nd"])
    #expect(FoldedText.paragraphs("a.\nb.\nc\nd", maxLines: 2) == ["a.", "b.", "c\nd"])
    #expect(FoldedText.reflowed("") == "")
  }
}
