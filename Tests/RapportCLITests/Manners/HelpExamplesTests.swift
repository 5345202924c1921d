import Foundation
import Testing

/// Every command's `--help`, nested commands included, ends with examples of its use.
@Suite struct HelpExamplesTests {
  @Test func everyCommandsHelpHasAnExample() throws {
    let paths = try CommandTree.paths()
    // The commands of issue 15 at least, and the nested ones.
    #expect(paths.contains(["promise", "add"]) && paths.contains(["promise", "keep"]) && paths.count > 15)
    let home = try TemporaryHome()
    let runner = CommandRunner(home: home.path)
    for path in paths {
      let help = try runner.run(path + ["--help"])
      let name = (["rapport"] + path).joined(separator: " ")
      #expect(help.status == 0, "\(name) --help: \(help.stderr)")
      guard let examples = help.stdout.range(of: "Examples:") else {
        Issue.record("\(name) --help has no Examples section")
        continue
      }
      let example = help.stdout[examples.upperBound...].split(separator: "\n").first { $0.contains(name) }
      #expect(example != nil, "\(name) --help: no example of \(name) under Examples")
    }
  }
}
