import CTerminalGuard
import Foundation

/// What a fatal signal must undo before Rapport ends: the terminal's modes and screen, and the
/// temporary demo copy.
///
/// A closed terminal window (SIGHUP), `kill` (SIGTERM, SIGINT, SIGQUIT) or a crash (SIGSEGV,
/// SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGTRAP) runs a handler that writes the terminal's reset
/// sequence, puts back the modes the shell had, shows what was written to standard error while
/// the dashboard was up, and removes the demo copy; then the process ends with status 128+N. A
/// crash is then handed to the Swift runtime, which prints its backtrace on the restored
/// terminal. The handler is C (Sources/CTerminalGuard), so that it only makes async-signal-safe
/// calls on state prepared here beforehand, and its state has one definition however the Swift
/// code that calls it is compiled.
enum TerminalGuard {
  /// Before the dashboard takes the terminal: remembers the modes the shell left it in.
  static func saveTerminalModes() {
    rapport_guard_save_termios()
  }

  /// Once ncurses has the terminal: prepares its reset sequence, keeps standard error off the
  /// screen, and installs the handlers over the ones ncurses put in place.
  static func terminalOpened() {
    rapport_guard_arm_terminal()
    if let capture = unlinkedTemporaryFile() { rapport_guard_capture_stderr(capture) }
  }

  /// The terminal was given back as it was: shows what was written to standard error meanwhile.
  static func terminalClosed() {
    rapport_guard_disarm_terminal()
    rapport_guard_release_stderr()
  }

  /// Removes `folder` (and what it holds) if a signal ends the process before `forget`.
  static func removeOnSignal(_ folder: String) {
    let absolute = folder.hasPrefix("/") ? folder : FileManager.default.currentDirectoryPath + "/" + folder
    _ = rapport_guard_set_folder(absolute)
  }

  /// The folder is gone by other means, or must stay.
  static func forgetFolder() {
    rapport_guard_clear_folder()
  }

  /// An empty file with no name, in the temporary folder; nil when none can be made.
  private static func unlinkedTemporaryFile() -> Int32? {
    var base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
    if base.isEmpty { base = "/tmp" }
    var template = Array((base + "/rapport-stderr-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { return nil }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    return fd
  }
}
