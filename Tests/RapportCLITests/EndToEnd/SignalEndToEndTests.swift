import Foundation
import Testing

/// The dashboard ended by a signal (a closed terminal window, `kill`, a crash) gives the
/// terminal back as it found it, and removes its temporary demo copy.
@Suite(.serialized) struct SignalEndToEndTests {
  /// The dashboard on a fresh demo copy, made in a private temporary folder.
  private func demo(_ home: TemporaryHome, environment: [String: String] = [:]) throws -> (TmuxSession, String) {
    let temporary = home.path + "/tmp"
    try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
    let tmux = try TmuxSession(
      ["--demo"], home: home.path, width: 100, height: 30,
      environment: ["TMPDIR": temporary].merging(environment) { $1 })
    try tmux.waitFor("Accounts 14/14")
    #expect(try demoCopies(in: temporary).count == 1)
    #expect(try tmux.display("#{alternate_on}") == "1", "the dashboard is on the alternate screen")
    return (tmux, temporary)
  }

  private func demoCopies(in folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("rapport-demo-") }
  }

  /// The terminal's screen, modes and keypad are back to what the shell had.
  private func expectRestored(_ tmux: TmuxSession, _ what: String) throws {
    #expect(try tmux.display("#{alternate_on}") == "0", "\(what): the shell's own screen is back")
    #expect(try tmux.display("#{mouse_any_flag}") == "0", "\(what): mouse reports are off")
    #expect(try tmux.display("#{keypad_flag}#{keypad_cursor_flag}") == "00", "\(what): keypad mode is off")
    #expect(try tmux.display("#{cursor_flag}") == "1", "\(what): the cursor shows")
    let modes = try Subprocess.run(["stty", "-a", "-F", try tmux.display("#{pane_tty}")]).stdout
    let words = Set(modes.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
    for mode in ["icanon", "echo", "isig", "icrnl"] {
      #expect(words.contains(mode) && !words.contains("-" + mode), "\(what): \(mode) is back on: \(modes)")
    }
  }

  @Test(arguments: [("HUP", SIGHUP), ("INT", SIGINT), ("QUIT", SIGQUIT), ("TERM", SIGTERM)])
  func aSignalRestoresTheTerminalAndRemovesTheDemoCopy(name: String, signal: Int32) throws {
    let home = try TemporaryHome()
    let (tmux, temporary) = try demo(home)
    kill(try tmux.programID(), signal)
    let screen = try tmux.waitFor("[exit \(128 + signal)]")
    #expect(!screen.contains("Accounts 14/14"), "SIG\(name): the dashboard is gone from the screen")
    #expect(!screen.contains("crashed"), "SIG\(name): no backtrace")
    try expectRestored(tmux, "SIG\(name)")
    #expect(try demoCopies(in: temporary).isEmpty, "SIG\(name): the demo copy is removed")
  }

  @Test func aCrashPrintsItsBacktraceOnTheRestoredTerminal() throws {
    let home = try TemporaryHome()
    // The runtime's backtracer is on, as it is by default on Linux; not waiting for a key.
    let (tmux, temporary) = try demo(
      home, environment: ["SWIFT_BACKTRACE": "enable=yes,interactive=no,threads=crashed,registers=none,images=none"])
    kill(try tmux.programID(), SIGSEGV)
    let screen = try tmux.waitFor("[exit 139]", timeout: 30)
    #expect(screen.contains("Program crashed"), "the backtrace is shown")
    #expect(!screen.contains("Accounts 14/14"))
    try expectRestored(tmux, "SIGSEGV")
    #expect(try demoCopies(in: temporary).isEmpty)
  }
}
