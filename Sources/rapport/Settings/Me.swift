import Foundation
import RapportCore

/// Who the person running Rapport is, for the author of what they write and for "my accounts".
///
/// The first of: `me` in config.toml, `$RAPPORT_USER`, git's `user.name` as the store's
/// repository sees it (its own config, then the user's), the login name.
enum Me {
  /// Where the name came from, for messages.
  enum Source: Equatable {
    case config, environment, git, login

    var wording: String {
      switch self {
      case .config: return "me in \(Config.path)"
      case .environment: return "$RAPPORT_USER"
      case .git: return "git's user.name"
      case .login: return "the login name"
      }
    }
  }

  /// The author for the store at `storePath`; throws when `me` or `$RAPPORT_USER` is set to a
  /// name that cannot be one, and says which.
  static func resolve(config: Config, storePath: String?) throws -> (author: Author, source: Source)? {
    if let name = config.me {
      guard let author = Author(name) else {
        throw Problem("\(Config.path): me = \"\(name)\" cannot be a name: \(Author.problem(with: name)!)")
      }
      return (author, .config)
    }
    if let name = ProcessInfo.processInfo.environment["RAPPORT_USER"], !name.isEmpty {
      guard let author = Author(name) else {
        throw Problem("$RAPPORT_USER cannot be a name: \(Author.problem(with: name)!)")
      }
      return (author, .environment)
    }
    if let storePath, FileManager.default.fileExists(atPath: storePath + "/.git"),
      let name = Sync.gitUserName(in: storePath), let author = Author(name)
    {
      return (author, .git)
    }
    if let name = loginName(), let author = Author(name) { return (author, .login) }
    return nil
  }

  /// The login name: `$USER`, else the name of the user id.
  static func loginName() -> String? {
    if let user = ProcessInfo.processInfo.environment["USER"], !user.isEmpty { return user }
    guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
    return String(cString: name)
  }
}
