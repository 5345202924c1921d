import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// Text from a store that others write to is drawn inert: no cell holds a character a terminal
/// acts on, and the forms refuse to store one.
@Suite struct InertTextUITests {
  static let hostileName = "Nord\u{1B}]0;owned\u{07}\u{1B}]52;c;aGk=\u{07}\u{9B}2J\u{202E}havn"

  /// Whether any cell of the frame would make a terminal act rather than show.
  private func activeCells(_ frame: Frame) -> [String] {
    frame.cells.map(\.text).filter { $0.unicodeScalars.contains(where: InertText.isActive) }
  }

  @Test func framesShowControlsAsText() {
    var frame = Frame(width: 60, height: 2)
    let used = frame.put("a\u{1B}[2Jb\u{9B}c\u{202E}d\u{2066}e\tf\u{7F}", x: 0, y: 0, role: .normal)
    #expect(frame.lines[0] == "a\\e[2Jb<U+009B>c<U+202E>d<U+2066>e f\\x7f")
    #expect(used == DisplayWidth.of("a\u{1B}[2Jb\u{9B}c\u{202E}d\u{2066}e\tf\u{7F}"))
    #expect(activeCells(frame).isEmpty)
    // Clipped where the limit falls, even inside what a control is shown as.
    frame.put("\u{202E}xyz", x: 0, y: 1, role: .normal, limit: 5)
    #expect(frame.lines[1] == "<U+20")
  }

  @Test func aLineBreakOnOneRowIsShownAsAReturnMark() {
    var frame = Frame(width: 40, height: 1)
    let note = "one\ntwo\r\nthree\tfour"
    let used = frame.put(note, x: 0, y: 0, role: .normal)
    #expect(frame.lines[0] == "one⏎two⏎three four")
    #expect(used == DisplayWidth.of(note))
    #expect(DisplayWidth.truncate(note, to: 6) == "one\nt…")  // cut as drawn, kept as text
    // A carriage return alone is no line break here: it stays named.
    #expect(DisplayWidth.of("a\rb") == 4)
  }

  @Test func widthsAgreeWithWhatIsDrawn() {
    #expect(DisplayWidth.of("\u{202E}") == 8)
    #expect(DisplayWidth.of("\u{1B}") == 2)
    #expect(DisplayWidth.of("a\tb") == 3)
    #expect(DisplayWidth.truncate("ab\u{202E}cdef", to: 6) == "ab…")
    #expect(DisplayWidth.fit("x\u{1B}", to: 4) == "x\u{1B} ")
  }

  /// The demo store with an account name, a contact's personal note and an event's note
  /// holding escape sequences, C1 controls and bidi overrides.
  static func hostileDashboard() throws -> Dashboard {
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-ui-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: DemoFixture.repository.appendingPathComponent("seeds/demo"), to: copy)
    for (file, old, new) in [
      ("accounts.txt", "\"Nordhavn Shipping A/S\"", "\"\(hostileName)\""),
      ("contacts.txt", "Sails a folkboat", "Sails \u{1B}[31ma\u{2066} folkboat"),
      ("events.txt", "\"Coffee with Mikkel", "\"Coffee \u{1B}]0;t\u{07}with\u{202E} Mikkel"),
    ] {
      let url = copy.appendingPathComponent(file)
      let text = try String(contentsOf: url, encoding: .utf8)
      try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }
    return Dashboard(
      store: try Store(path: copy.path, writable: true, today: DemoFixture.today), today: DemoFixture.today)
  }

  @Test func theDashboardDrawsHostileTextInert() throws {
    let dashboard = try Self.hostileDashboard()
    var frames = [dashboard.render(width: 160, height: 50)]
    // The account (healthy, one above the last in the list), its contacts and timeline, and its detail.
    for key: Key in [.end, .up, .tab, .tab, .enter] {
      _ = dashboard.handle(key)
      frames.append(dashboard.render(width: 160, height: 50))
    }
    for frame in frames { #expect(activeCells(frame).isEmpty, "\(activeCells(frame))") }
    let text = frames.map(\.text).joined(separator: "\n")
    #expect(text.contains("Nord\\e]0;owned\\x07\\e]52;c;aGk=\\x07<U+009B>2J<U+202E>havn"))
    #expect(text.contains("Sails \\e[31ma<U+2066> folkboat"))
    #expect(text.contains("Coffee \\e]0;t\\x07with<U+202E> Mikkel"))
  }

  @Test func formsRefuseControlCharactersAndNameThem() throws {
    let dashboard = try DemoFixture.dashboard()
    _ = dashboard.render(width: 100, height: 30)
    let events = dashboard.ledger.eventCount
    // A deposit whose note holds a pasted title-setting sequence.
    for key in [Key.character("d"), .tab, .tab, .tab] + Key.typing("hi\u{1B}]0;x\u{07}") + [.enter] {
      _ = dashboard.handle(key)
    }
    #expect(dashboard.form?.problem == "Note contains a control character (U+001B ESC); remove it")
    #expect(dashboard.form?.focused.label == "Note")
    #expect(dashboard.ledger.eventCount == events)
    _ = dashboard.handle(.escape)
    _ = dashboard.handle(.escape)
    #expect(dashboard.form == nil)

    // An account renamed with a right-to-left override.
    for key in [Key.character("E")] + Key.typing("Acme \u{202E}gpj.exe") + [.enter] { _ = dashboard.handle(key) }
    #expect(
      dashboard.form?.problem == "Name contains a bidi control character (U+202E RIGHT-TO-LEFT OVERRIDE); remove it")
    #expect(!dashboard.ledger.accounts.contains { $0.name.contains("\u{202E}") })
  }
}
