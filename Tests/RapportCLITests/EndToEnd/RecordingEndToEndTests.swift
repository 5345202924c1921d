import Foundation
import Testing

/// Recording, undoing and editing through the real binary in tmux: keys in, then the screen
/// and the lines in the store's files.
@Suite(.serialized) struct RecordingEndToEndTests {
  private func lines(_ store: String, _ file: String) throws -> [String] {
    try String(contentsOfFile: "\(store)/\(file)", encoding: .utf8).split(separator: "\n").map(String.init)
  }

  @Test func aDepositRecordedJustBeforeSIGKILLIsInTheFile() throws {
    let (home, store, tmux) = try TmuxSession.onDemo()
    try tmux.send("2", "d")
    try tmux.waitFor("Deposit · Compagnie Électrique du Rhône")
    try tmux.send("2", "Enter")
    try tmux.waitFor("Deposit +3 for Compagnie Électrique du Rhône / Élodie Lefèvre: equity 24.5 -> 27.5")
    // No quit, no clean-up: the process dies at once.
    let pid = try tmux.programID()
    #expect(kill(pid, SIGKILL) == 0)
    try tmux.waitFor("[exit 137]")
    let last = try #require(try lines(store, "events.txt").last)
    #expect(
      last.range(
        of: #"^2026-11-23 electrique/lefevre deposit insight \+3 by:sam id:[0-9a-z]{10}$"#, options: .regularExpression)
        != nil
    )
    let check = try CommandRunner(home: home.path).run(["check", "--store", store])
    #expect(check.status == 0)
    #expect(check.stdout.contains("460 events"))
  }

  @Test func undoAndRedoSurviveARestart() throws {
    var (home, store, tmux) = try TmuxSession.onDemo()
    // 0: for the whole account, not the contact touched last.
    try tmux.send("w", "0", "Tab")
    try tmux.type("3")
    try tmux.send("Tab", "Tab")
    try tmux.type("Missed the call")
    try tmux.send("Enter")
    try tmux.waitFor("Withdrawal -3 for Compagnie Électrique du Rhône: equity 24.5 -> 21.5")
    let recorded = try #require(try lines(store, "events.txt").last)
    #expect(recorded.hasPrefix(#"2026-11-23 electrique withdrawal mistake -3 "Missed the call" by:sam id:"#))
    let id = String(recorded.suffix(10))
    try tmux.send("u")
    try tmux.waitFor("Undone (Ctrl-R redoes): Withdrawal -3 for Compagnie Électrique du Rhône on 2026-11-23")
    try tmux.send("q")
    try tmux.waitFor("[exit 0]")
    #expect(try lines(store, "events.txt").last == "2026-11-23 void \(id) \"undo\" by:sam")

    tmux = try TmuxSession(["--store", store], home: home.path)
    try tmux.waitFor("Accounts 14/14 · by drift")
    try tmux.send("C-r")
    try tmux.waitFor("Redone: Withdrawal -3 for Compagnie Électrique du Rhône on 2026-11-23")
    try tmux.send("C-r")
    try tmux.waitFor("Nothing to redo")
    try tmux.send("q")
    try tmux.waitFor("[exit 0]")
    #expect(
      try lines(store, "events.txt").suffix(2) == [
        "2026-11-23 void \(id) \"undo\" by:sam", "2026-11-23 restore \(id) \"redo\" by:sam",
      ])
    let accounts = try CommandRunner(home: home.path).run(["accounts", "--store", store])
    #expect(
      accounts.stdout.split(separator: "\n").contains { $0.contains("Compagnie Électrique") && $0.contains("21.5") })
  }

  @Test func badInputStaysInTheFormAndWritesNothing() throws {
    let (home, store, tmux) = try TmuxSession.onDemo()
    let before = try Data(contentsOf: URL(fileURLWithPath: store + "/events.txt"))
    try tmux.send("d", "Tab")
    try tmux.type("many")
    try tmux.send("Enter")
    try tmux.waitFor("Weight 'many': ")
    try tmux.send("C-u")
    try tmux.type("2")
    try tmux.send("Tab")
    try tmux.type("2030-01-01")
    try tmux.send("Enter")
    try tmux.waitFor("2030-01-01 is in the future")
    try tmux.send("Escape")
    try tmux.waitFor("Esc again to throw them away")
    try tmux.send("Escape")
    try tmux.waitFor("the form closes") { !$0.contains("Deposit · ") }
    try tmux.send("A", "Enter")
    try tmux.waitFor("A name is needed")
    try tmux.send("Escape", "q")
    try tmux.waitFor("[exit 0]")
    #expect(try Data(contentsOf: URL(fileURLWithPath: store + "/events.txt")) == before)
    withExtendedLifetime(home) {}
  }

  @Test func editAContactOverTwoLinesAndAddAnAccount() throws {
    let (home, store, tmux) = try TmuxSession.onDemo()
    try tmux.send("2", "e")
    try tmux.waitFor("Edit Élodie Lefèvre")
    for _ in 0..<9 { try tmux.send("Tab") }
    try tmux.send("End", "M-Enter")
    try tmux.type("Allergic to shellfish")
    try tmux.send("C-j")
    try tmux.type("Votes in Lyon")
    try tmux.send("Enter")
    try tmux.waitFor("Saved Élodie Lefèvre")
    let contacts = try String(contentsOfFile: store + "/contacts.txt", encoding: .utf8)
    #expect(
      contacts.contains(
        "skis in Les Arcs every February.\n    Allergic to shellfish\n    Votes in Lyon\n  changed: 2026-11-23 by sam\n\ncontact electrique/gauthier"
      )
    )

    try tmux.send("A")
    try tmux.waitFor("New account")
    try tmux.type("Zürich Versicherungs-Gesellschaft")
    try tmux.send("Tab")
    try tmux.type("a")
    // The cadence, left empty: the tier's.
    try tmux.send("Tab", "Tab")
    try tmux.type("2026-11-02")
    try tmux.send("Enter")
    try tmux.waitFor("Added Zürich Versicherungs-Gesellschaft")
    try tmux.waitFor("Contacts · Zürich Versicherungs-Gesellschaft")
    try tmux.send("q")
    try tmux.waitFor("[exit 0]")
    let accounts = try String(contentsOfFile: store + "/accounts.txt", encoding: .utf8)
    #expect(
      accounts.hasSuffix(
        "account zurich-versicherungs-gesellschaft \"Zürich Versicherungs-Gesellschaft\" tier:A won:2026-11-02\n"
          + "  changed: 2026-11-23 by sam\n"))
    let check = try CommandRunner(home: home.path).run(["check", "--store", store])
    #expect(check.status == 0)
  }

  /// Ctrl-\ and Ctrl-] are no keys and type nothing; a C1 control and a bidi override typed as
  /// text are not lost but shown as text, and the note refuses them by name.
  @Test func controlKeysThatAreNoCommandTypeNothingAndControlCharactersAreRefused() throws {
    let (home, store, tmux) = try TmuxSession.onDemo()
    let before = try String(contentsOfFile: store + "/events.txt", encoding: .utf8)
    // 0: the whole account, whose form has no career field to move the note's column.
    try tmux.send("d", "0", "Tab", "Tab", "Tab")
    try tmux.waitFor("Deposit · Compagnie Électrique du Rhône")
    try tmux.type("a")
    try tmux.send("C-\\", "C-]")
    try tmux.type("\u{9B}\u{202E}b")
    let screen = try tmux.waitFor("the note") { $0.contains("│ Note     a<U+009B><U+202E>b ") }
    #expect(!screen.contains("\\x1c") && !screen.contains("\\x1d"))
    try tmux.send("Enter")
    try tmux.waitFor("Note contains a control character (U+009B CSI); remove it")
    #expect(try String(contentsOfFile: store + "/events.txt", encoding: .utf8) == before)
    try tmux.send("Escape", "Escape", "q")
    try tmux.waitFor("[exit 0]")
    withExtendedLifetime(home) {}
  }
}
