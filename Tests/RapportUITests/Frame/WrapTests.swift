import Testing

@testable import RapportUI

/// Wrapping reads only what the lines it returns hold, and wraps as it always did.
struct WrapTests {
  /// The plain algorithm: paragraphs, then words, each placed in full.
  private func reference(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var used = 0
      for word in paragraph.split(separator: " ") {
        let w = DisplayWidth.of(word)
        if used > 0, used + 1 + w > width {
          lines.append(line)
          (line, used) = ("", 0)
        }
        if used > 0 {
          line += " "
          used += 1
        }
        if w > width {
          for character in word {
            let cw = DisplayWidth.of(character)
            if used + cw > width {
              lines.append(line)
              (line, used) = ("", 0)
            }
            line.append(character)
            used += cw
          }
        } else {
          line += word
          used += w
        }
      }
      lines.append(line)
    }
    return lines
  }

  @Test func wrapsAsThePlainAlgorithmDoes() {
    let pieces = ["a", "word", "longerword", "  ", " ", "\n", "\n\n", "é", "集团副总裁", "😀", "e\u{301}", "x"]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2000 {
      var text = ""
      for _ in 0..<Int.random(in: 0...24, using: &generator) { text += pieces.randomElement(using: &generator)! }
      for width in [1, 2, 3, 5, 8, 13] {
        let expected = reference(text, width: width)
        #expect(wrap(text, width: width) == expected, "\(text.debugDescription) at \(width)")
        for maxLines in [1, 2, 3] {
          let cut = wrap(text, width: width, maxLines: maxLines)
          #expect(cut.lines == Array(expected.prefix(maxLines)), "\(text.debugDescription) at \(width)")
          #expect(cut.isCut == (expected.count > maxLines), "\(text.debugDescription) at \(width), \(maxLines)")
        }
      }
    }
  }

  @Test func anUnboundedWidthKeepsEachParagraphWhole() {
    #expect(wrap("one two\nthree", width: Int.max / 2) == ["one two", "three"])
    #expect(wrap("one two", width: Int.max).count == 1)
  }

  @Test func aHugeTextIsReadOnlyAsFarAsItsFirstLines() {
    let huge = String(repeating: "sailing weekend Kjærgaard ", count: 400_000)  // 10 MB
    let cut = wrap(huge, width: 50, maxLines: 20)
    #expect(cut.lines.count == 20)
    #expect(cut.isCut)
    #expect(cut.charactersRead < 20 * 51 + 100, "read \(cut.charactersRead) characters")

    let oneWord = String(repeating: "集", count: 1_000_000)
    let broken = wrap(oneWord, width: 10, maxLines: 3)
    #expect(broken.lines == Array(repeating: "集集集集集", count: 3))
    #expect(broken.charactersRead < 100)

    let spaces = String(repeating: " ", count: 1_000_000) + "end"
    let blank = wrap(spaces, width: 10, maxLines: 3)
    #expect(blank.isCut, "spaces take no room, but are not read without end")
    #expect(blank.charactersRead < 10_000)
  }

  @Test func aListItemGoesOnUnderItsTextAndAnIndentedLineFurtherIn() {
    let reason = hangingWrap("  - Tom left on 2026-09-30 and nobody was touched since", width: 20, maxLines: 10)
    #expect(reason.lines == ["  - Tom left on", "    2026-09-30 and", "    nobody was", "    touched since"])
    #expect(reason.hanging == "    " && !reason.isCut)
    let note = hangingWrap("· Reassess Dr. Okafor: due since 2026-08-15", width: 20, maxLines: 10)
    #expect(note.lines == ["· Reassess Dr.", "  Okafor: due since", "  2026-08-15"])
    let idea = hangingWrap("  Linh: Would data on lots help?", width: 16, maxLines: 10)
    #expect(idea.lines == ["  Linh: Would", "    data on lots", "    help?"])
    // Neither indented nor marked: wrapped as it is.
    #expect(
      hangingWrap("Drift: neglected for long", width: 12, maxLines: 10).lines == ["Drift:", "neglected", "for long"])
    // Cut after its lines, the mark's indent is there for what says so.
    let cut = hangingWrap("  - one two three four five six", width: 12, maxLines: 2)
    #expect(cut.lines == ["  - one two", "    three"] && cut.isCut)
  }
}
