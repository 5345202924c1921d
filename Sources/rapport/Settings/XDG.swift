import Foundation

/// The XDG base directories.
enum XDG {
  static var dataHome: String { base("XDG_DATA_HOME", fallback: ".local/share") }
  static var configHome: String { base("XDG_CONFIG_HOME", fallback: ".config") }

  private static func base(_ variable: String, fallback: String) -> String {
    let environment = ProcessInfo.processInfo.environment
    if let value = environment[variable], value.hasPrefix("/") { return value }
    return (environment["HOME"] ?? NSHomeDirectory()) + "/" + fallback
  }
}
