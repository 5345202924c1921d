import Testing

@testable import RapportUI

/// Notes are measured, cut and wrapped by grapheme cluster: an emoji sequence joined with ZWJ, a
/// flag or a skin tone is one wide cell, kept whole or left out; a note's line breaks start new
/// lines in the event's detail and its tabs are spaces.
struct GraphemeTests {
  static let sequences = ["👩‍💻", "👨‍👩‍👧", "🇩🇪", "👍🏽", "❤️"]

  @Test(arguments: sequences) func anEmojiSequenceIsOneWideCluster(_ sequence: String) {
    #expect(sequence.count == 1)
    #expect(DisplayWidth.of(sequence) == 2)
    #expect(DisplayWidth.of(Character(sequence)) == 2)
  }

  @Test(arguments: sequences) func truncationKeepsASequenceWholeOrLeavesItOut(_ sequence: String) {
    let text = "ab" + String(repeating: sequence, count: 5)
    for columns in 1...12 {
      let cut = DisplayWidth.truncate(text, to: columns)
      #expect(DisplayWidth.of(cut) <= columns)
      let kept = cut.hasSuffix("…") ? String(cut.dropLast()) : cut
      #expect(text.hasPrefix(kept))
      // Every cluster after "ab" is the whole sequence.
      #expect(kept.dropFirst(2).allSatisfy { String($0) == sequence }, "\(columns) columns: \(cut)")
    }
    #expect(DisplayWidth.truncate(text, to: 5) == "ab" + sequence + "…")
  }

  @Test(arguments: sequences) func wrappingBreaksALongRunBetweenSequences(_ sequence: String) {
    let text = String(repeating: sequence, count: 7)
    let lines = wrap(text, width: 5)
    // Two wide clusters a line: 4 of 5 columns, the fifth too narrow for another.
    #expect(lines.count == 4)
    for line in lines {
      #expect(DisplayWidth.of(line) <= 5)
      #expect(line.allSatisfy { String($0) == sequence })
    }
    #expect(lines.joined() == text)
  }

  @Test func aFrameDrawsASequenceInOneCellOrNotAtAll() {
    var frame = Frame(width: 5, height: 1)
    let used = frame.put("a👨‍👩‍👧👨‍👩‍👧", x: 0, y: 0, role: .normal)
    #expect(used == 5)
    #expect(frame.text == "a👨‍👩‍👧👨‍👩‍👧")
    var narrow = Frame(width: 4, height: 1)
    narrow.put("a👨‍👩‍👧👨‍👩‍👧", x: 0, y: 0, role: .normal)
    #expect(narrow.text == "a👨‍👩‍👧")  // the last column left blank
  }

  @Test func aNotesLineBreaksStartNewLinesAndTabsAreSpaces() {
    #expect(noteParagraphs("First\nSecond\tand a tab") == ["First", "Second and a tab"])
    #expect(noteParagraphs("Windows\r\nline\rends") == ["Windows", "line", "ends"])
    #expect(noteParagraphs("Blank line\n\nkept") == ["Blank line", "", "kept"])
    #expect(noteParagraphs("👩‍💻\t🇩🇪") == ["👩‍💻 🇩🇪"])
  }
}
