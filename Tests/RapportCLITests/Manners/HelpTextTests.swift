import ArgumentParser
import Foundation
import Testing

@testable import rapport

/// What every command's `--help` says is written for people: no Swift type names or debugging
/// text, and examples that fit an 80-column terminal.
@Suite struct HelpTextTests {
  @Test func noHelpShowsSwiftsInternalText() throws {
    let home = try TemporaryHome()
    let runner = CommandRunner(home: home.path)
    let paths = try CommandTree.paths()
    #expect(paths.contains(["brief"]))
    for path in paths {
      let help = try runner.run(path + ["--help"], extraEnvironment: ["COLUMNS": "80"])
      let name = (["rapport"] + path).joined(separator: " ")
      for leak in ["Optional(", "Word<", "rapport.", "RapportCore.", "(text:"] {
        #expect(!help.stdout.contains(leak), "\(name) --help shows '\(leak)':\n\(help.stdout)")
      }
    }
    let brief = try runner.run(["brief", "--help"])
    #expect(brief.stdout.contains("(default: text)"), "\(brief.stdout)")
  }
}

/// Each command's examples fit an 80-column terminal: no example line is longer than 78
/// characters, and `--help` at COLUMNS=80 prints each one whole, on a line of its own.
@Suite struct HelpExamplesWidthTests {
  /// Every command type with the words after `rapport` that name it.
  static func commands() -> [(path: [String], type: ParsableCommand.Type)] {
    var found: [(path: [String], type: ParsableCommand.Type)] = []
    func walk(_ type: ParsableCommand.Type, _ path: [String]) {
      found.append((path, type))
      for sub in type.configuration.subcommands where sub.configuration.shouldDisplay {
        walk(sub, path + [sub._commandName])
      }
    }
    walk(Rapport.self, [])
    return found
  }

  /// The lines under "Examples:" in a command's discussion.
  static func examples(of type: ParsableCommand.Type) -> [String] {
    let discussion = type.configuration.discussion
    guard let start = discussion.range(of: "Examples:\n") else { return [] }
    return discussion[start.upperBound...].split(separator: "\n").map(String.init)
  }

  @Test func everyExampleLineFitsAndIsPrintedWhole() throws {
    let commands = Self.commands()
    #expect(commands.count > 15)
    let home = try TemporaryHome()
    let runner = CommandRunner(home: home.path)
    for (path, type) in commands {
      let name = (["rapport"] + path).joined(separator: " ")
      let examples = Self.examples(of: type)
      #expect(!examples.isEmpty, "\(name) has no examples")
      for line in examples {
        #expect(line.count <= 78, "\(name): example longer than 78 characters: \(line)")
      }
      let help = try runner.run(path + ["--help"], extraEnvironment: ["COLUMNS": "80"])
      let printed = Set(help.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
      for line in examples {
        #expect(
          printed.contains(line.trimmingCharacters(in: .whitespaces)), "\(name) --help wraps: \(line)\n\(help.stdout)")
      }
    }
  }
}
