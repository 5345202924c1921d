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

/// A command's prose reflows: each paragraph of its discussion is one line in the source's
/// string (joined with `\`), so `--help` wraps it to the terminal as sentences, not at the
/// source's line ends. Only indented lines (a list, a command) stand on lines of their own.
@Suite struct HelpProseTests {
  /// The lines of a discussion before its examples that a hard line break cuts from the
  /// sentence they continue: each is a plain line that follows another plain line.
  static func brokenLines(_ discussion: String) -> [String] {
    let prose = discussion.components(separatedBy: "Examples:")[0]
    let lines = prose.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let plain = { (line: String) in !line.isEmpty && !line.hasPrefix(" ") && !line.hasPrefix("- ") }
    return zip(lines, lines.dropFirst()).filter { plain($0.0) && plain($0.1) }.map(\.1)
  }

  @Test func theRuleSeesABreakInASentence() {
    #expect(Self.brokenLines("One sentence that goes\non here.\n\nExamples:\n  rapport x\n") == ["on here."])
    #expect(Self.brokenLines("One paragraph.\n\nAnother one:\n  rapport a   does a\n").isEmpty)
  }

  @Test func everyDiscussionIsWrittenAsParagraphs() throws {
    for (path, type) in HelpExamplesWidthTests.commands() {
      let name = (["rapport"] + path).joined(separator: " ")
      let broken = Self.brokenLines(type.configuration.discussion)
      #expect(broken.isEmpty, "\(name) --help breaks a sentence before: \(broken)")
    }
  }

  /// `rapport sync --help` at 80 columns: the first paragraph is wrapped as the man page is,
  /// with no line that ends a word early.
  @Test func syncsHelpWrapsAtEightyColumns() throws {
    let home = try TemporaryHome()
    let help = try CommandRunner(home: home.path).run(["sync", "--help"], extraEnvironment: ["COLUMNS": "80"])
    let lines = help.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(!lines.contains { $0.trimmingCharacters(in: .whitespaces) == "merges" }, "\(help.stdout)")
    let start = try #require(lines.firstIndex { $0.contains("Commits the store's changes") })
    // Each line of the paragraph but its last reaches past 60 columns: filled, not cut short.
    let paragraph = lines[start...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    #expect(paragraph.count >= 4)
    #expect(paragraph.allSatisfy { $0.count <= 80 }, "\(help.stdout)")
    for line in paragraph.dropLast() { #expect(line.count > 60, "a short line in the paragraph: \(line)") }
  }
}
