import Foundation
import Testing

/// A note with a line break, a tab and emoji ZWJ sequences, drawn by the real binary in tmux: the
/// sequences reach the terminal whole, the boxes' borders stay in their columns, and the note can
/// be corrected and typed over several lines.
@Suite(.serialized) struct NoteLayoutEndToEndTests {
  private static let note = "Pairing 👩‍💻 session\twith tab\nsecond line 👨‍👩‍👧"

  private func store(in home: TemporaryHome) throws -> String {
    try home.store([
      "accounts.txt": "account acme \"Acme Corp\" tier:A owner:sam\n",
      "contacts.txt": "contact acme/jane \"Jane Doe\" role:CTO\n",
      "events.txt":
        "2026-11-20 acme/jane deposit insight +3 \"Pairing 👩‍💻 session\twith tab\\nsecond line 👨‍👩‍👧\" id:dep0000001\n",
    ])
  }

  private func events(_ store: String) throws -> String {
    try String(contentsOfFile: "\(store)/events.txt", encoding: .utf8)
  }

  /// Columns a row takes in tmux's grid: emoji and other wide characters two, the rest one. Only
  /// Latin text, box drawing and emoji are on these screens.
  private func columns(_ row: Substring) -> Int {
    row.reduce(0) { sum, character in
      sum + (character.unicodeScalars.first!.properties.isEmojiPresentation ? 2 : 1)
    }
  }

  /// The rows of boxes (those that start with a border) that do not end in a border at the
  /// window's last column.
  private func misaligned(_ screen: String, width: Int) -> [String] {
    screen.split(separator: "\n").filter { row in
      guard let first = row.first, "│┌└".contains(first) else { return false }
      return columns(row) != width || !"│┐┘".contains(row.last!)
    }.map(String.init)
  }

  @Test func aNoteWithEmojiAndALineBreakKeepsTheBordersAlignedAndCanBeCorrected() throws {
    let home = try TemporaryHome()
    let store = try store(in: home)
    let tmux = try TmuxSession(["--store", store], home: home.path, width: 120, height: 30)
    // One row: the line break shown as ⏎, the tab as a space, each ZWJ sequence whole.
    let screen = try tmux.waitFor("Pairing 👩‍💻 session with tab⏎second line 👨‍👩‍👧")
    #expect(misaligned(screen, width: 120) == [])

    // The correction form shows the note on two lines, still aligned, and saves it as it was.
    try tmux.send("3", "Home", "c")
    let form = try tmux.waitFor("Correct dep0000001")
    #expect(form.contains("second line 👨‍👩‍👧"))
    #expect(misaligned(form, width: 120) == [])
    try tmux.send("Tab")
    try tmux.type("4")
    try tmux.send("Enter")
    try tmux.waitFor("Voided dep0000001")
    let corrected = try events(store)
    #expect(corrected.contains(#"+4 "Pairing 👩‍💻 session"# + "\twith tab\\nsecond line 👨‍👩‍👧\""))

    // Ctrl-J and Alt-Enter start a new line in the record form's note.
    try tmux.send("d", "Tab", "Tab", "Tab")
    try tmux.type("line one")
    try tmux.send("C-j")
    try tmux.type("line two")
    try tmux.send("M-Enter")
    try tmux.type("line three")
    try tmux.waitFor("line three")
    try tmux.send("Enter")
    try tmux.waitFor("form closed") { !$0.contains("Enter save") }
    #expect(try events(store).contains(#""line one\nline two\nline three""#))
    try tmux.send("q")
    try tmux.waitFor("[exit 0]")
  }
}
