import Foundation
import Testing

/// A store that others push to cannot reach the terminal: what the commands print from it shows
/// escape sequences, C1 controls and bidi overrides as text, and JSON escapes them.
@Suite struct InertOutputTests {
  static let hostileName = "Nord\u{1B}]0;owned\u{07}\u{1B}]52;c;aGk=\u{07}\u{9B}2J\u{202E}havn"
  static let shownName = "Nord\\e]0;owned\\x07\\e]52;c;aGk=\\x07<U+009B>2J<U+202E>havn"

  /// Whether `text` holds a character a terminal acts on, other than a line feed.
  static func active(_ text: String) -> [String] {
    text.unicodeScalars.filter { scalar in
      let v = scalar.value
      return (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
        || (0x2066...0x2069).contains(v)
    }.map { "U+" + String($0.value, radix: 16) }
  }

  /// A copy of the demo store with an account's name, a contact's note, an event's note and a
  /// broken event line holding escape sequences and bidi overrides.
  static func hostileStore(in home: TemporaryHome) throws -> String {
    let store = try home.copyOfDemo()
    for (file, old, new) in [
      ("accounts.txt", "\"Nordhavn Shipping A/S\"", "\"\(hostileName)\""),
      ("contacts.txt", "Sails a folkboat", "Sails \u{1B}[31ma\u{2066} folkboat"),
      ("events.txt", "\"Coffee with Mikkel", "\"Coffee \u{1B}]0;t\u{07}with\u{202E} Mikkel"),
    ] {
      let path = store + "/" + file
      let text = try String(contentsOfFile: path, encoding: .utf8)
      try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }
    return store
  }

  @Test func tablesDriftAndAddShowControlsAsText() throws {
    let home = try TemporaryHome()
    let store = try Self.hostileStore(in: home)
    let runner = CommandRunner(home: home.path)
    let accounts = try runner.run(["accounts", "--store", store])
    #expect(accounts.status == 0, "\(accounts.stderr)")
    #expect(Self.active(accounts.stdout).isEmpty)
    let row = accounts.stdout.split(separator: "\n").first { $0.contains("nordhavn") }.map(String.init) ?? ""
    #expect(row.hasPrefix(Self.shownName + "  nordhavn"))
    // The columns stay aligned: the id starts where the header says.
    let header = accounts.stdout.split(separator: "\n")[0]
    #expect(
      row.distance(from: row.startIndex, to: row.range(of: "nordhavn ")!.lowerBound)
        == header.distance(from: header.startIndex, to: header.range(of: "ID")!.lowerBound))

    let drift = try runner.run(["drift", "--store", store])
    #expect(drift.status == 0, "\(drift.stderr)")
    #expect(Self.active(drift.stdout).isEmpty)
    #expect(drift.stdout.contains(Self.shownName + " (nordhavn, tier A)"))

    let add = try runner.run(["add", "deposit", "nordhavn/lars", "--store", store])
    #expect(add.status == 0, "\(add.stderr)")
    #expect(add.stdout.hasPrefix("Deposit +1 for \(Self.shownName) / Lars Kjærgaard: equity"))
  }

  @Test func jsonParsesBackToTheExactTextAndStaysInert() throws {
    let home = try TemporaryHome()
    let store = try Self.hostileStore(in: home)
    let runner = CommandRunner(home: home.path)
    for command in ["accounts", "drift"] {
      let result = try runner.run([command, "--json", "--store", store])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(Self.active(result.stdout).isEmpty, "\(command)")
      #expect(result.stdout.contains("\\u009b2J\\u202ehavn"))
      let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
      #expect(rows.first { $0["id"] as? String == "nordhavn" }?["name"] as? String == Self.hostileName)
    }
  }

  @Test func checkWarnsWhereTheControlsAreAndQuotesFileBytesInert() throws {
    let home = try TemporaryHome()
    let store = try Self.hostileStore(in: home)
    let events = try String(contentsOfFile: store + "/events.txt", encoding: .utf8)
    let line = events.split(separator: "\n", omittingEmptySubsequences: false).count
    try (events + "2026-11-01 \u{1B}]0;pwned\u{07} deposit +1\n").write(
      toFile: store + "/events.txt", atomically: true, encoding: .utf8)
    let check = try CommandRunner(home: home.path).run(["check", "--store", store])
    #expect(check.status == 1)
    #expect(Self.active(check.stdout + check.stderr).isEmpty)
    let lines = check.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.contains(
        "accounts.txt:5:23: warning: a control character (U+001B ESC), shown as \\e; terminals act on it: remove it"))
    #expect(
      lines.contains { $0.hasPrefix("accounts.txt:5:48: warning: a control character (U+202E RIGHT-TO-LEFT OVERRIDE)") }
    )
    #expect(
      lines.contains { $0.hasPrefix("contacts.txt:11:25: warning: a control character (U+2066 LEFT-TO-RIGHT ISOLATE)") }
    )
    #expect(lines.contains { $0.hasPrefix("events.txt:\(line):12: warning: a control character (U+001B ESC)") })
    // The error that quotes the line's bytes shows them as text too.
    #expect(
      lines.contains {
        $0.hasPrefix("events.txt:\(line):") && $0.contains("\\e]0;pwned\\x07") && !$0.contains("warning")
      })
    #expect(lines.last?.hasSuffix("1 error, 16 warnings") == true, "\(lines.last ?? "")")
  }

  @Test func addRefusesAControlCharacterInTheNote() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let before = try Data(contentsOf: URL(fileURLWithPath: store + "/events.txt"))
    let result = try CommandRunner(home: home.path).run([
      "add", "deposit", "nordhavn", "--note", "hello\u{1B}]52;c;aGk=\u{07}", "--store", store,
    ])
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("Error: --note: the note contains a control character (U+001B ESC); remove it\n"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: store + "/events.txt")) == before)
    // Several lines and tabs are fine.
    let fine = try CommandRunner(home: home.path).run([
      "add", "deposit", "nordhavn", "--note", "one\ttwo\nthree", "--store", store,
    ])
    #expect(fine.status == 0, "\(fine.stderr)")
  }
}
