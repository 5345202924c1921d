import Foundation
import Testing

/// A store in a folder that cannot be written (a read-only mount, which holds for root too).
@Suite(.serialized) struct ReadOnlyFolderEndToEndTests {
  /// Whether this machine lets the tests mount file systems.
  static let mountsAllowed: Bool = {
    let probe = NSTemporaryDirectory() + "rapport-cli-mount-probe-\(getpid())"
    try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: probe) }
    let mounted = (try? Subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", probe]))?.status == 0
    if mounted { _ = try? Subprocess.run(["umount", probe]) }
    return mounted
  }()

  @Test(.enabled(if: mountsAllowed)) func theDashboardOpensReadOnlyAndSaysWhy() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let view = home.path + "/view"
    try FileManager.default.createDirectory(atPath: view, withIntermediateDirectories: true)
    #expect(try Subprocess.run(["mount", "--bind", store, view]).status == 0)
    defer { _ = try? Subprocess.run(["umount", view]) }
    #expect(try Subprocess.run(["mount", "-o", "remount,ro,bind", view]).status == 0)

    let tmux = try TmuxSession(["--store", view], home: home.path)
    let screen = try tmux.waitFor("READ-ONLY and the accounts") {
      $0.contains("READ-ONLY") && $0.contains("Accounts 14/14")
    }
    #expect(screen.contains("Accounts 14/14 · by drift"))
    try tmux.send("d")
    try tmux.waitFor("cannot be written")
    try tmux.send("q")
    try tmux.waitFor("[exit 0]")

    let added = try CommandRunner(home: home.path).run(["add", "deposit", "nordhavn", "--store", view])
    #expect(added.status == 1)
    #expect(added.stderr.contains("nothing was recorded"))
    #expect(added.stderr.contains("cannot be written (Read-only file system)"))
  }
}
