import ArgumentParser
import Foundation
import RapportCore

/// `rapport whoami`: the author written on every line Rapport writes, and where the name came from.
struct WhoamiCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "whoami",
    abstract: "Show the author Rapport writes on every line (by:NAME), and where it comes from.",
    discussion: """
      The name is the first of: me = "NAME" in config.toml, $RAPPORT_USER, git's \
      user.name in the store's repository, the login name.

      Examples:
        rapport whoami
        rapport whoami --store ~/team-store
        RAPPORT_USER="Sam Lee" rapport whoami
      """)

  @Option(
    name: .long, help: "The store whose git user.name counts (default: the default store).",
    completion: .directory)
  var store: String?

  func validate() throws {
    if store?.isEmpty == true { throw ValidationError("--store is empty: give the store's folder") }
  }

  func run() throws {
    let path = store ?? StoreOptions.defaultPath
    let storePath = FileManager.default.fileExists(atPath: path) ? path : nil
    guard let (author, source) = try Me.resolve(config: try Config.load(), storePath: storePath) else {
      throw Problem(
        "no name found: set me = \"NAME\" in \(WhoamiCommand.abbreviated(Config.path)), or $RAPPORT_USER")
    }
    Output.say("\(author.name) (\(WhoamiCommand.abbreviated(source.wording)))")
  }

  /// The text with the home folder written `~`.
  static func abbreviated(_ text: String) -> String {
    let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
    guard !home.isEmpty, home != "/" else { return text }
    return text.replacingOccurrences(of: home + "/", with: "~/")
  }
}
