import Foundation

/// Every command of the built binary, nested ones included, read from what it says of itself
/// (`--experimental-dump-help`), so that commands added later are walked too.
enum CommandTree {
  private struct Dump: Decodable {
    var command: Command
  }

  private struct Command: Decodable {
    var commandName: String
    var shouldDisplay: Bool?
    var subcommands: [Command]?
  }

  /// The words after `rapport` of each shown command, `[]` for `rapport` itself, without `help`.
  static func paths() throws -> [[String]] {
    let home = try TemporaryHome()
    let dump = try CommandRunner(home: home.path).run(["--experimental-dump-help"])
    let root = try JSONDecoder().decode(Dump.self, from: Data(dump.stdout.utf8)).command
    var paths: [[String]] = []
    func walk(_ command: Command, _ path: [String]) {
      paths.append(path)
      for sub in command.subcommands ?? [] where sub.shouldDisplay ?? true && sub.commandName != "help" {
        walk(sub, path + [sub.commandName])
      }
    }
    walk(root, [])
    return paths
  }
}
