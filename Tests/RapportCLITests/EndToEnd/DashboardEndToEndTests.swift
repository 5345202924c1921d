import Foundation
import Testing

/// The real binary in tmux on a copy of the demo store: keys in, screen and files out.
@Suite(.serialized) struct DashboardEndToEndTests {
  private func contactsTitle(_ screen: String) -> String {
    guard let line = screen.split(separator: "\n").first(where: { $0.contains("Contacts · ") }) else { return "" }
    return String(line.components(separatedBy: "Contacts · ")[1].prefix { $0 != "─" })
  }

  @Test func browseFilterHelpResizeAndQuit() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let before = try Data(contentsOf: URL(fileURLWithPath: store + "/events.txt"))
    let tmux = try TmuxSession(["--store", store], home: home.path)
    try tmux.waitFor("Accounts 14/14 · by drift")
    #expect(contactsTitle(try tmux.screen()).hasPrefix("Compagnie Électrique du Rhône"))

    try tmux.send("j", "Down")
    try tmux.waitFor("Contacts · Harbourline Health Trust")
    try tmux.send("k")
    try tmux.waitFor("Contacts · Kestrel Aerospace Components")

    try tmux.send("/")
    try tmux.type("nord")
    try tmux.waitFor("Accounts 1/14 · by drift, worst first · /nord")
    try tmux.send("Enter")
    try tmux.waitFor("Contacts · Nordhavn Shipping A/S")
    try tmux.send("Escape")
    try tmux.waitFor("Accounts 14/14 · by drift, worst first ─")

    try tmux.send("?")
    // The help is drawn from the top down: wait for a line well below its first ones, the marks'
    // legend right after the keys that move and change panes.
    let help = try tmux.waitFor("a planned touch due")
    #expect(help.contains("Move down"))
    try tmux.send("Escape")
    try tmux.waitFor("help is closed") { !$0.contains("Move down") }

    try tmux.send("Enter")
    try tmux.waitFor("Don't")
    try tmux.send("Escape")

    try tmux.send("Tab", "Tab", "-")
    try tmux.waitFor("by quarter")

    try tmux.resize(width: 60, height: 16)
    try tmux.waitFor("the medium layout") { $0.contains("Equity") && $0.split(separator: "\n").first!.count <= 60 }
    try tmux.resize(width: 19, height: 5)
    try tmux.waitFor("Window too small")
    try tmux.resize(width: 40, height: 12)
    try tmux.waitFor("1 Acc")
    try tmux.resize(width: 120, height: 40)
    try tmux.waitFor("Accounts 14/14")

    try tmux.send("q")
    let after = try tmux.waitFor("[exit 0]")
    #expect(!after.contains("Accounts 14/14"), "the terminal's own screen is back")
    #expect(try Data(contentsOf: URL(fileURLWithPath: store + "/events.txt")) == before)
  }

  @Test func ctrlCQuitsCleanly() throws {
    let home = try TemporaryHome()
    let tmux = try TmuxSession(["--store", try home.copyOfDemo()], home: home.path, width: 80, height: 24)
    try tmux.waitFor("14/14")
    try tmux.send("C-c")
    try tmux.waitFor("[exit 0]")
  }

  @Test func mouseClickSelectsAndWheelScrolls() throws {
    let home = try TemporaryHome()
    let tmux = try TmuxSession(["--store", try home.copyOfDemo()], home: home.path)
    let screen = try tmux.waitForDemoScreen()
    let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
    let row = try #require(rows.firstIndex { $0.contains("Fjordlys kommune") })
    // An SGR mouse press and release at column 10 of that row (1-based on the wire).
    try tmux.type("\u{1b}[<0;10;\(row + 1)M\u{1b}[<0;10;\(row + 1)m")
    try tmux.waitFor("Contacts · Fjordlys kommune")
    // Wheel up: three rows up.
    try tmux.type("\u{1b}[<64;10;10M")
    try tmux.waitFor("Contacts · Oliveira & Filhos")
  }

  /// The colour parameters (30-37, 40-47, 90-97, 100-107, 38;… and 48;…) in the screen's SGR
  /// sequences; 39 and 49 (the default colours) do not count.
  private func colours(in screen: String) -> [String] {
    var found: [String] = []
    for sequence in screen.components(separatedBy: "\u{1b}[").dropFirst() {
      guard let end = sequence.firstIndex(of: "m") else { continue }
      let parameters = sequence[..<end].split(separator: ";").compactMap { Int($0) }
      if let colour = parameters.first(where: { (30...48).contains($0) && $0 != 39 || (90...107).contains($0) }) {
        found.append("\(colour)")
      }
    }
    return found
  }

  @Test func colourFollowsTheTerminalAndNoColor() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    func escapes(_ environment: [String: String], _ arguments: [String] = []) throws -> String {
      let tmux = try TmuxSession(["--store", store] + arguments, home: home.path, environment: environment)
      try tmux.waitForDemoScreen()
      return try tmux.screen(escapes: true)
    }
    let palette = try escapes([:])
    #expect(palette.contains("38;5;"), "256-colour foregrounds")
    let direct = try escapes(["COLORTERM": "truecolor", "TERM": "xterm-direct"])
    #expect(direct.contains("38;2;"), "true-colour foregrounds")
    let eight = try escapes(["TERM": "xterm"])
    #expect(!eight.contains("38;5;") && !eight.contains("38;2;"))
    #expect(!colours(in: eight).isEmpty, "basic colours")
    let none = try escapes(["NO_COLOR": "1"])
    #expect(colours(in: none).isEmpty, "no colour at all: \(colours(in: none))")
    #expect(none.contains("\u{1b}[7m") || none.contains(";7m"), "the selection is in reverse video")
    let forced = try escapes(["NO_COLOR": "1"], ["--theme", "light"])
    #expect(forced.contains("38;5;"), "--theme overrides NO_COLOR")
  }

  @Test func withoutATerminalOrWithAnUnknownThemeItSaysWhatToDo() throws {
    let home = try TemporaryHome()
    let runner = CommandRunner(home: home.path)
    let store = try home.copyOfDemo()
    let piped = try runner.run(["--store", store])
    #expect(piped.status != 0)
    #expect(piped.stderr.contains("needs a terminal"))
    #expect(piped.stderr.contains("rapport accounts"))
    let theme = try runner.run(["--store", store, "--theme", "neon"])
    #expect(theme.status != 0)
    #expect(theme.stderr.contains("no theme named 'neon'; themes: dark, high-contrast, light, monochrome"))
  }
}
