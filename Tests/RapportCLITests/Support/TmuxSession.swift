import Foundation

/// The real `rapport` binary running in a private tmux server: keys go in with `send-keys`,
/// the screen comes out with `capture-pane`, exactly as a user would see it.
final class TmuxSession {
  struct Timeout: Error, CustomStringConvertible {
    var description: String
  }

  /// A private server's socket; `RAPPORT_TEST_TMUX_PREFIX` names it for whoever runs the tests.
  private let socket =
    (ProcessInfo.processInfo.environment["RAPPORT_TEST_TMUX_PREFIX"] ?? "rapport-test")
    + "-\(UUID().uuidString.prefix(8))"
  fileprivate let target = "rapport"

  /// Starts `rapport arguments` in a `width` x `height` window, in `home` with a private HOME
  /// and XDG folders, NO_COLOR unset and `environment` added. When the program ends, the
  /// window shows `[exit STATUS]` and stays open so that the screen can still be read.
  convenience init(
    _ arguments: [String], home: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:]
  ) throws {
    let variables = [
      "HOME": home, "XDG_DATA_HOME": home + "/data", "XDG_CONFIG_HOME": home + "/config", "LANG": "C.UTF-8",
      "RAPPORT_TODAY": "2026-11-23", "RAPPORT_USER": "sam", "TERM": "xterm-256color",
    ].merging(environment) { $1 }
    try self.init(
      [CommandRunner.binary] + arguments, in: home, environment: variables, env: ["-u", "NO_COLOR"], width: width,
      height: height)
  }

  /// Starts `command` in `directory` with exactly `environment` and nothing of the tests' own, as
  /// a new login would run it.
  convenience init(alone command: [String], in directory: String, environment: [String: String]) throws {
    try self.init(command, in: directory, environment: environment, env: ["-i"], width: 120, height: 40)
  }

  /// Starts `command` under `env` with `options`, then `environment`'s assignments.
  private init(
    _ command: [String], in directory: String, environment: [String: String], env options: [String], width: Int,
    height: Int
  ) throws {
    let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(TmuxSession.quote($0.value))" }
    let line =
      "cd \(TmuxSession.quote(directory)) && env \(options.joined(separator: " ")) \(assignments.joined(separator: " ")) "
      + command.map(TmuxSession.quote).joined(separator: " ") + "; echo \"[exit $?]\"; sleep 600"
    try tmux([
      "-f", "/dev/null", "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)", "sh", "-c", line,
    ])
  }

  deinit { _ = try? tmux(["kill-server"]) }

  /// Types keys by tmux name (`Enter`, `Escape`, `Tab`, `BTab`, `Up`, `C-c`, `NPage`) or as characters.
  func send(_ keys: String...) throws { try tmux(["send-keys", "-t", target] + keys) }

  /// Types text literally.
  func type(_ text: String) throws { try tmux(["send-keys", "-t", target, "-l", text]) }

  /// Pastes `text` as a terminal does: through a tmux buffer, bracketed (`ESC [200~` … `ESC [201~`)
  /// when the program asked for it, its line feeds sent as carriage returns.
  func paste(_ text: String) throws {
    try tmux(["set-buffer", "-b", "pasted", "--", text])
    try tmux(["paste-buffer", "-p", "-b", "pasted", "-t", target])
  }

  /// What the window shows, one string per row; with `escapes`, colours and attributes included.
  func screen(escapes: Bool = false) throws -> String {
    try tmux(["capture-pane", "-p", "-t", target] + (escapes ? ["-e"] : []))
  }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
  }

  /// Waits until the screen satisfies `condition`, and returns it.
  @discardableResult
  func waitFor(_ what: String, timeout: TimeInterval = 10, _ condition: (String) -> Bool) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if condition(last) { return last }
      usleep(30_000)
    }
    throw Timeout(description: "timed out waiting for \(what); the screen was:\n\(last)")
  }

  /// Waits until the screen contains `text`.
  @discardableResult
  func waitFor(_ text: String, timeout: TimeInterval = 10) throws -> String {
    try waitFor("'\(text)'", timeout: timeout) { $0.contains(text) }
  }

  /// Waits until the demo's first screen is drawn in full, from the title to the status line at
  /// the bottom: a screen read as soon as its title shows may hold only its first rows.
  @discardableResult
  func waitForDemoScreen(timeout: TimeInterval = 10) throws -> String {
    try waitFor("the whole first screen", timeout: timeout) { $0.contains("Accounts 14/14") && $0.contains("q quit") }
  }

  @discardableResult
  fileprivate func tmux(_ arguments: [String]) throws -> String {
    let result = try Subprocess.run(["tmux", "-L", socket] + arguments)
    guard result.status == 0 else {
      throw Timeout(description: "tmux \(arguments.joined(separator: " ")) failed: \(result.stderr)")
    }
    return result.stdout
  }

  private static func quote(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

extension TmuxSession {
  /// The dashboard on a fresh copy of the demo store in a fresh home, once its first screen is up.
  static func onDemo() throws -> (home: TemporaryHome, store: String, tmux: TmuxSession) {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let tmux = try TmuxSession(["--store", store], home: home.path)
    try tmux.waitFor("Accounts 14/14 · by drift")
    return (home, store, tmux)
  }
}

extension TmuxSession {
  /// The pane's state in tmux's format language, e.g. `#{alternate_on}` or `#{pane_tty}`.
  func display(_ format: String) throws -> String {
    try tmux(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The program the window runs, once it has started: the shell's child.
  func programID() throws -> Int32 {
    let shell = try display("#{pane_pid}")
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline {
      let children = try Subprocess.run(["pgrep", "-P", shell]).stdout
      if let pid = children.split(separator: "\n").first.flatMap({ Int32($0) }) { return pid }
      usleep(30_000)
    }
    throw Timeout(description: "no program runs under the window's shell \(shell)")
  }
}
