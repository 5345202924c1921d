import Foundation
import Testing

/// `make install` into a temporary prefix, then the installed binary run as a new user would:
/// from an unrelated folder, with an empty HOME and nothing of the checkout in its environment.
@Suite struct InstallEndToEndTests {
  /// A temporary prefix with the built binary installed by the Makefile, an empty home and an
  /// empty working folder.
  final class Installation {
    let root: TemporaryHome
    var prefix: String { root.path + "/prefix" }
    var home: String { root.path + "/home" }
    var work: String { root.path + "/work" }
    var tmp: String { root.path + "/tmp" }
    var binary: String { prefix + "/bin/rapport" }

    init() throws {
      root = try TemporaryHome()
      for folder in [home, work, tmp] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      }
      // The debug binary the tests already built, so that the test does not wait for a release build.
      let make = try Subprocess.run(
        ["make", "-C", CommandRunner.packageRoot, "install", "PREFIX=\(prefix)", "BINARY=\(CommandRunner.binary)"])
      #expect(make.status == 0, "make install: \(make.stdout)\(make.stderr)")
    }

    /// Only what a login shell would have: no XDG folders, no RAPPORT_* variables.
    var environment: [String: String] {
      ["HOME": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm-256color", "TMPDIR": tmp]
    }

    func run(_ arguments: [String]) throws -> Subprocess.Result {
      try Subprocess.run([binary] + arguments, environment: environment, directory: work)
    }
  }

  @Test func makeInstallPutsTheBinaryManPageAndCompletionsInThePrefix() throws {
    let installed = try Installation()
    #expect(FileManager.default.isExecutableFile(atPath: installed.binary))
    let share = installed.prefix + "/share"
    // Each installed file is the committed one (which a test keeps current).
    let files = [
      "man/man1/rapport.1": "docs/man/rapport.1",
      "bash-completion/completions/rapport": "completions/rapport.bash",
      "zsh/site-functions/_rapport": "completions/rapport.zsh",
      "fish/vendor_completions.d/rapport.fish": "completions/rapport.fish",
    ]
    for (installedPath, source) in files {
      let text = try? String(contentsOfFile: share + "/" + installedPath, encoding: .utf8)
      let committed = try String(contentsOfFile: CommandRunner.packageRoot + "/" + source, encoding: .utf8)
      #expect(text == committed, "\(installedPath) is not \(source)")
    }
    if FileManager.default.isExecutableFile(atPath: "/usr/bin/man") {
      let page = try Subprocess.run(
        ["man", "-M", share + "/man", "rapport"], environment: installed.environment.merging(["MANPAGER": "cat"]) { $1 }
      )
      #expect(page.status == 0 && page.stdout.contains("promise add"), "man rapport: \(page.stderr)")
    }
    let uninstall = try Subprocess.run([
      "make", "-C", CommandRunner.packageRoot, "uninstall", "PREFIX=\(installed.prefix)",
    ])
    #expect(uninstall.status == 0, "\(uninstall.stderr)")
    #expect(!FileManager.default.fileExists(atPath: installed.binary))
    for installedPath in files.keys {
      #expect(!FileManager.default.fileExists(atPath: share + "/" + installedPath), "\(installedPath) left behind")
    }
  }

  @Test func theInstalledBinaryChecksAStoreAndTheDemoFromAnyFolder() throws {
    let installed = try Installation()
    let store = installed.work + "/store"
    #expect(try installed.run(["init", store]).status == 0)
    try "account acme \"Acme\" tier:A\n".write(toFile: store + "/accounts.txt", atomically: true, encoding: .utf8)
    let added = try installed.run(["add", "deposit", "acme", "--store", store, "--date", "2026-11-20"])
    #expect(added.status == 0, "\(added.stderr)")
    let check = try installed.run(["check", "--store", store])
    #expect(check.status == 0, "\(check.stderr)")
    #expect(check.stdout.contains("1 accounts") || check.stdout.contains("1 account"), "\(check.stdout)")
    let demo = try installed.run(["check", "--demo"])
    #expect(demo.status == 0, "\(demo.stdout)\(demo.stderr)")
    #expect(demo.stdout.contains("14 accounts"), "\(demo.stdout)")
  }

  @Test func theInstalledBinaryOpensTheDemoInATerminal() throws {
    let installed = try Installation()
    let demoCopies = { try FileManager.default.contentsOfDirectory(atPath: installed.tmp) }

    let dark = try TmuxSession(
      alone: [installed.binary, "--demo"], in: installed.work, environment: installed.environment)
    // The last account in the list: the first screen is drawn in full, not only begun.
    let screen = try dark.waitFor("Nordhavn Shipping")
    #expect(screen.contains("Accounts 14/14"))
    #expect(try demoCopies().contains { $0.hasPrefix("rapport-demo-") })
    try dark.send("q")
    try dark.waitFor("[exit 0]")
    #expect(try demoCopies().isEmpty, "the demo copy is removed on quit")

    let light = try TmuxSession(
      alone: [installed.binary, "--demo", "--theme", "light"], in: installed.work, environment: installed.environment)
    try light.waitFor("Accounts 14/14")
    try light.send("q")
    try light.waitFor("[exit 0]")
  }
}
