import Testing

@testable import RapportCore

/// `rapport check` warns about control characters in a file, where they are, and which.
@Suite struct ControlCharacterScanTests {
  private func scan(_ text: String, limit: Int = 20) -> [String] {
    controlCharacterWarnings(in: Array(text.utf8), file: "events.txt", limit: limit).map(\.description)
  }

  @Test func findsEachKindWithItsLineAndColumn() {
    let text =
      "# fine\r\n"
      + "2026-11-20 acme deposit +3 \"é\u{1B}]0;owned\u{07}\"\n"
      + "\tok\n"
      + "account x \"a\u{9B}\"\n"
      + "2026-11-21 acme deposit +1 \"exe.\u{202E}gpj\u{2069} \u{7F}\"\n"
    #expect(
      scan(text) == [
        "events.txt:2:30: warning: a control character (U+001B ESC), shown as \\e; terminals act on it: remove it",
        "events.txt:2:39: warning: a control character (U+0007 BEL), shown as \\x07; terminals act on it: remove it",
        "events.txt:4:13: warning: a control character (U+009B CSI), shown as <U+009B>; terminals act on it: remove it",
        "events.txt:5:33: warning: a control character (U+202E RIGHT-TO-LEFT OVERRIDE), shown as <U+202E>; "
          + "terminals act on it: remove it",
        "events.txt:5:37: warning: a control character (U+2069 POP DIRECTIONAL ISOLATE), shown as <U+2069>; "
          + "terminals act on it: remove it",
        "events.txt:5:39: warning: a control character (U+007F DEL), shown as \\x7f; terminals act on it: remove it",
      ])
  }

  @Test func ordinaryTextAndLookalikeBytesAreQuiet() {
    // U+00A0..U+00FF start with 0xC2/0xC3, U+2000..U+2029 and U+2070.. with 0xE2: not controls.
    #expect(scan("Kjærgaard\u{A0}§ « » — “ ” ‰ € ⁰ \u{200F}\u{2028}\t\r\n").isEmpty)
    #expect(scan("").isEmpty)
    // A lead byte cut off at the end of the file.
    #expect(controlCharacterWarnings(in: [0x61, 0xE2, 0x80], file: "f").isEmpty)
    #expect(controlCharacterWarnings(in: [0x61, 0xC2], file: "f").isEmpty)
  }

  @Test func manyAreSummedUpAfterTheLimit() {
    let found = scan(String(repeating: "a\u{1B}\n", count: 30), limit: 3)
    #expect(found.count == 4)
    #expect(found[2].hasPrefix("events.txt:3:2: warning: a control character (U+001B ESC)"))
    #expect(found[3] == "events.txt:4:2: warning: 27 more control characters in this file, the first of them here")
  }
}
