import ArgumentParser
import Foundation
import RapportUI

/// Finds theme files by name: `$XDG_CONFIG_HOME/rapport/themes`, then the `themes/` folder
/// installed beside the executable (`../share/rapport/themes`), then the nearest `themes/`
/// above the executable (a checkout running `swift run`).
enum ThemeFiles {
  static let defaultName = "dark"

  static var folders: [String] {
    var folders = [XDG.configHome + "/rapport/themes"]
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var directory = executable.deletingLastPathComponent()
    folders.append(directory.appendingPathComponent("../share/rapport/themes").standardized.path)
    while directory.path != "/" {
      let candidate = directory.appendingPathComponent("themes").path
      if FileManager.default.fileExists(atPath: candidate + "/\(defaultName).toml") {
        folders.append(candidate)
        break
      }
      directory.deleteLastPathComponent()
    }
    return folders
  }

  /// The names of every theme found, without duplicates.
  static var available: [String] {
    var names: [String] = []
    for folder in folders {
      let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      for file in files.sorted() where file.hasSuffix(".toml") {
        let name = String(file.dropLast(5))
        if !names.contains(name) { names.append(name) }
      }
    }
    return names
  }

  /// Loads a theme by name, or from a path when `name` contains a `/`.
  static func load(_ name: String) throws -> Theme {
    let path: String
    if name.contains("/") {
      path = name
    } else if let found = folders.map({ "\($0)/\(name).toml" }).first(where: FileManager.default.fileExists) {
      path = found
    } else {
      let known = available
      throw Problem(
        "no theme named '\(name)'; "
          + (known.isEmpty ? "no theme files were found" : "themes: \(known.joined(separator: ", "))")
          + ". Theme files are looked up in \(folders.joined(separator: ", "))")
    }
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw Problem("cannot read the theme file \(path)")
    }
    do {
      return try Theme(toml: text, file: path)
    } catch let error as Theme.LoadError {
      throw Problem(error.description)
    }
  }
}
