import Foundation
import Testing

/// The committed shell completions and man page are what the current binary generates: a command
/// changed without `make generated` fails here.
@Suite struct GeneratedFilesTests {
  static let regenerate = "stale: run `make generated` and commit the result"

  private func committed(_ path: String) throws -> String {
    try String(contentsOfFile: CommandRunner.packageRoot + "/" + path, encoding: .utf8)
  }

  /// The first line where two texts differ, to say where a stale file is stale.
  private func firstDifference(_ old: String, _ new: String) -> String {
    let (a, b) = (old.components(separatedBy: "\n"), new.components(separatedBy: "\n"))
    for index in 0..<max(a.count, b.count) where a[safe: index] != b[safe: index] {
      return "line \(index + 1): committed \(a[safe: index] ?? "(end)") | generated \(b[safe: index] ?? "(end)")"
    }
    return "no difference"
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func theCommittedCompletionsAreCurrent(shell: String) throws {
    let home = try TemporaryHome()
    let generated = try CommandRunner(home: home.path).run(["--generate-completion-script", shell])
    #expect(generated.status == 0, "\(generated.stderr)")
    let path = "completions/rapport.\(shell)"
    let file = try committed(path)
    #expect(file == generated.stdout, "\(path): \(Self.regenerate) (\(firstDifference(file, generated.stdout)))")
  }

  @Test func theCommittedManPageIsCurrent() throws {
    let generator = URL(fileURLWithPath: CommandRunner.binary).deletingLastPathComponent()
      .appendingPathComponent("rapport-manual").path
    let fallback = CommandRunner.packageRoot + "/.build/debug/rapport-manual"
    let tool = FileManager.default.isExecutableFile(atPath: generator) ? generator : fallback
    let generated = try Subprocess.run([tool, CommandRunner.binary])
    #expect(generated.status == 0, "\(generated.stderr)")
    let file = try committed("docs/man/rapport.1")
    #expect(
      file == generated.stdout, "docs/man/rapport.1: \(Self.regenerate) (\(firstDifference(file, generated.stdout)))")
  }

  /// The page is ASCII, each other character written as roff's `\[uXXXX]`, and groff reads it
  /// without a warning (when groff is installed).
  @Test func theManPageIsCleanRoff() throws {
    let page = try committed("docs/man/rapport.1")
    let line = page.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { !$0.allSatisfy(\.isASCII) }
    #expect(line == nil, "docs/man/rapport.1:\((line ?? 0) + 1) is not ASCII")
    #expect(page.contains("(src:\\[u2026])"))
    guard let groff = ["/usr/bin/groff", "/usr/local/bin/groff"].first(where: FileManager.default.isExecutableFile)
    else { return }
    let checked = try Subprocess.run(
      [groff, "-man", "-Tutf8", "-ww", "-z", CommandRunner.packageRoot + "/docs/man/rapport.1"])
    #expect(checked.status == 0 && checked.stderr.isEmpty, "groff: \(checked.stderr)")
  }

  /// The page names every command, nested ones too, and has the sections a man page has.
  @Test func theManPageDescribesEveryCommand() throws {
    let page = try committed("docs/man/rapport.1")
    for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "ENVIRONMENT"] {
      #expect(page.contains(".Sh \(section)") || page.contains(".Sh \"\(section)"), "no \(section)")
    }
    for command in try CommandTree.paths() where !command.isEmpty {
      let name = (["rapport"] + command).joined(separator: " ")
      #expect(page.contains(".Ss \"\(name)\"\n"), "the man page lacks \(name)")
    }
    #expect(!page.contains("\n.Ss \"rapport help\""), "the help command is not a command to describe")
  }
}

extension Array {
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
