import ArgumentParser
import Foundation
import RapportBuiltIns
import RapportUI

/// Finds themes by name: a file in `$XDG_CONFIG_HOME/rapport/themes` first, so that a user's
/// theme overrides a built-in one of the same name, then the themes built into the binary
/// from the repository's `themes/` folder.
enum ThemeFiles {
  static let defaultName = "dark"
  private static let suffix = ".toml"

  /// Where a user's own themes go.
  static var userFolder: String { XDG.configHome + "/rapport/themes" }

  /// The names of the themes built into the binary.
  static var builtIn: [String] {
    BuiltInFiles.themes.map(\.name).filter { $0.hasSuffix(suffix) }.map { String($0.dropLast(suffix.count)) }
  }

  /// The names of the user's theme files.
  static var userThemes: [String] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: userFolder)) ?? []
    return files.filter { $0.hasSuffix(suffix) }.sorted().map { String($0.dropLast(suffix.count)) }
  }

  /// The names of every theme, built-in ones first, without duplicates.
  static var available: [String] {
    let builtIn = builtIn
    return builtIn + userThemes.filter { !builtIn.contains($0) }
  }

  /// Loads a theme by name, or from a path when `name` contains a `/`.
  static func load(_ name: String) throws -> Theme {
    if name.contains("/") { return try load(file: name) }
    let userFile = "\(userFolder)/\(name)\(suffix)"
    if FileManager.default.fileExists(atPath: userFile) { return try load(file: userFile) }
    if let file = BuiltInFiles.themes[named: name + suffix] {
      return try parse(file.text, file: "themes/\(file.name) (built in)")
    }
    throw Problem(
      "no theme named '\(name)'; themes: \(available.joined(separator: ", ")). "
        + "Your own themes go in \(userFolder)/NAME\(suffix)")
  }

  private static func load(file path: String) throws -> Theme {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw Problem("cannot read the theme file \(path)")
    }
    return try parse(text, file: path)
  }

  private static func parse(_ text: String, file: String) throws -> Theme {
    do {
      return try Theme(toml: text, file: file)
    } catch let error as Theme.LoadError {
      throw Problem(error.description)
    }
  }
}
