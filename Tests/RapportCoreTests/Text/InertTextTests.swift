import Foundation
import Testing

@testable import RapportCore

/// Text from a store shown on a terminal: every character a terminal acts on becomes visible.
@Suite struct InertTextTests {
  @Test func escapeSequencesBecomeVisibleText() {
    #expect(InertText.visible("\u{1B}]0;owned\u{07}Acme") == "\\e]0;owned\\x07Acme")
    #expect(InertText.visible("\u{1B}]52;c;ZWNobyBoaQ==\u{1B}\\") == "\\e]52;c;ZWNobyBoaQ==\\e\\")
    #expect(InertText.visible("\u{1B}[2J\u{1B}[31mred") == "\\e[2J\\e[31mred")
    #expect(InertText.visible("a\u{9B}31mb\u{9D}0;t\u{9C}") == "a<U+009B>31mb<U+009D>0;t<U+009C>")
    #expect(InertText.visible("\u{7F}\u{00}\u{08}") == "\\x7f\\x00\\x08")
    #expect(InertText.visible("a\rb\tc") == "a\\rb c")
  }

  @Test func bidiControlsAreNamedAndMarksAreKept() {
    let overrides = (0x202A...0x202E).map { Unicode.Scalar($0)! } + (0x2066...0x2069).map { Unicode.Scalar($0)! }
    for scalar in overrides {
      let shown = InertText.visible("x" + String(Character(scalar)) + "y")
      #expect(shown == "x<U+\(String(scalar.value, radix: 16, uppercase: true))>y")
    }
    // Right-to-left text and the marks that set no direction for what follows stay as they are.
    #expect(InertText.visible("שלום \u{200F}عربي\u{200E}") == "שלום \u{200F}عربي\u{200E}")
  }

  @Test func lineBreaksStayOnlyWhenAsked() {
    #expect(InertText.visible("one\ntwo") == "one\\ntwo")
    #expect(InertText.visible("one\ntwo\u{1B}", keepingLineBreaks: true) == "one\ntwo\\e")
    #expect(!InertText.needsEscaping("one\ntwo", keepingLineBreaks: true))
  }

  @Test func ordinaryTextIsUntouched() {
    for text in ["Nordhavn Shipping A/S", "Lars Kjærgaard", "株式会社", "Ünal → 👩🏽‍💻", "—“quoted”—", "\u{A0}é\u{E2}"] {
      #expect(!InertText.needsEscaping(text), "\(text)")
      #expect(InertText.visible(text) == text)
    }
  }

  @Test func everyActiveScalarIsCaughtByTheFastCheck() {
    for value in Array(0..<0x20) + Array(0x7F...0x9F) + Array(0x202A...0x202E) + Array(0x2066...0x2069) {
      let scalar = Unicode.Scalar(UInt32(value))!
      let text = "ok" + String(Character(scalar)) + "ok"
      #expect(InertText.needsEscaping(text), "U+\(String(value, radix: 16))")
      #expect(!InertText.visible(text).unicodeScalars.contains { InertText.isActive($0) })
    }
  }

  @Test func jsonEscapesKeepTheDocumentValidAndItsMeaning() throws {
    let name = "A\u{7F}\u{9B}31m\u{202E}gpj.exe\u{2066}\u{1B}]0;t\u{07}\tz\u{200F}"
    let json = String(decoding: try JSONEncoder().encode(["name": name]), as: UTF8.self)
    let safe = InertText.jsonEscapingActive(json)
    #expect(!safe.unicodeScalars.contains { InertText.isActive($0) })
    #expect(
      safe.contains("\\u007f") && safe.contains("\\u009b") && safe.contains("\\u202e") && safe.contains("\\u2066"))
    let back = try JSONDecoder().decode([String: String].self, from: Data(safe.utf8))
    #expect(back["name"] == name)
  }
}
