/// The part of swift-argument-parser's `--experimental-dump-help` output that the manual uses
/// (serialization version 0). Fields the manual does not show are not decoded.
struct ToolInfo: Decodable {
  var serializationVersion: Int
  var command: CommandInfo
}

/// A command and, nested, its subcommands.
struct CommandInfo: Decodable {
  var superCommands: [String]?
  var commandName: String
  var shouldDisplay: Bool?
  var abstract: String?
  var discussion: String?
  var subcommands: [CommandInfo]?
  var arguments: [ArgumentInfo]?

  /// `rapport promise add`.
  var fullName: String { ((superCommands ?? []) + [commandName]).joined(separator: " ") }
  var isShown: Bool { shouldDisplay ?? true }
  var shownSubcommands: [CommandInfo] { (subcommands ?? []).filter { $0.isShown && $0.commandName != "help" } }
}

/// An argument, option or flag of a command.
struct ArgumentInfo: Decodable {
  enum Kind: String, Decodable {
    case positional, option, flag
  }

  struct Name: Decodable {
    enum Kind: String, Decodable {
      case long, short, longWithSingleDash
    }

    var kind: Kind
    var name: String

    /// `--store`, `-h`, `-long`.
    var spelled: String {
      switch kind {
      case .long: return "--" + name
      case .short, .longWithSingleDash: return "-" + name
      }
    }
  }

  var kind: Kind
  var shouldDisplay: Bool
  var isOptional: Bool
  var isRepeating: Bool
  var names: [Name]?
  var preferredName: Name?
  var valueName: String?
  var defaultValue: String?
  var abstract: String?
  var discussion: String?

  /// Whether this is the `--help` or `--version` every command has.
  var isBuiltIn: Bool {
    kind == .flag && (names ?? []).contains { $0.kind == .long && ($0.name == "help" || $0.name == "version") }
  }

  /// How a usage line shows it: `<target>`, `[--kind <kind>]`, `[--json]`.
  var usage: String {
    var text: String
    switch kind {
    case .positional: text = "<\(valueName ?? "value")>"
    case .option: text = "\(preferredName?.spelled ?? "") <\(valueName ?? "value")>"
    case .flag: text = preferredName?.spelled ?? ""
    }
    if isRepeating { text += " ..." }
    return isOptional ? "[\(text)]" : text
  }
}
