import Foundation
import Testing

/// Text pasted into the dashboard's forms arrives whole, control characters included: the form
/// names the first at its field and nothing is written, as `rapport promise add` refuses it.
@Suite(.serialized) struct PasteEndToEndTests {
  private func store(in home: TemporaryHome) throws -> String {
    try home.store([
      "accounts.txt": "account acme \"Acme Corp\" tier:A owner:sam\n",
      "contacts.txt": "contact acme/jane \"Jane Doe\" role:CTO\n",
      "events.txt": "2026-11-20 acme/jane deposit insight +3 id:dep0000001\n",
    ])
  }

  private func events(_ store: String) throws -> String {
    try String(contentsOfFile: "\(store)/events.txt", encoding: .utf8)
  }

  @Test func aBracketedPasteWithControlCharactersIsRefusedAtItsFieldAndNothingIsWritten() throws {
    let home = try TemporaryHome()
    let store = try store(in: home)
    let tmux = try TmuxSession(["--store", store], home: home.path)
    try tmux.waitFor("Accounts 1/1 · by drift")
    let before = try events(store)

    // P, then a paste holding a colour sequence and a bell: both stay in the field, shown as text.
    try tmux.send("P")
    try tmux.waitFor("Promise · Acme Corp")
    try tmux.paste("paste\u{1B}[31mred\u{07}bell")
    try tmux.waitFor(#"paste\e[31mred\x07bell"#)
    try tmux.waitFor("What contains a control character (U+001B ESC); remove it")
    try tmux.send("Enter")
    try tmux.waitFor("What contains a control character (U+001B ESC); remove it")
    #expect(try events(store) == before)

    // Removed, the promise is made as typed.
    try tmux.send("C-u")
    try tmux.paste("send the deck")
    try tmux.send("Enter")
    try tmux.waitFor("Promised 'send the deck' to Acme Corp")
    #expect(try events(store).contains(#"2026-11-23 acme promise "send the deck" due:2026-11-30"#))

    // The record form's note: a pasted bidi override and a line break are kept, the override named
    // (the panel wraps the message).
    try tmux.send("d", "Tab", "Tab", "Tab")
    try tmux.paste("order \u{202E}fdp.exe\nsecond line")
    try tmux.waitFor("<U+202E>fdp.exe")
    try tmux.send("Enter")
    try tmux.waitFor("Note contains a bidi control character (U+202E RIGHT-TO-LEFT OVERRIDE);")
    #expect(try !events(store).contains("fdp.exe"))
    try tmux.send("Escape", "Escape", "q")
    try tmux.waitFor("[exit 0]")
  }
}
