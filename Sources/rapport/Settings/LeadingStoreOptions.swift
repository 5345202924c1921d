import ArgumentParser

/// `rapport --demo brief acme` and `rapport --store PATH accounts`: the store's options written
/// before a command, as one writes them before opening the dashboard, are moved after it, where
/// the command reads them. Without this the words would be taken as the dashboard's, and refused
/// as two unexpected arguments.
enum LeadingStoreOptions {
  /// `arguments` (without the program's name) with the store options that come before a
  /// command's name moved after it (before a `--`, if there is one); unchanged otherwise.
  static func rearranged(_ arguments: [String], commands: Set<String>) -> [String] {
    var leading: [String] = []
    var index = 0
    while index < arguments.count {
      let word = arguments[index]
      if word == "--demo" || word.hasPrefix("--store=") || word.hasPrefix("--today=") {
        leading.append(word)
        index += 1
      } else if (word == "--store" || word == "--today") && index + 1 < arguments.count {
        leading += [word, arguments[index + 1]]
        index += 2
      } else {
        break
      }
    }
    guard !leading.isEmpty, index < arguments.count, commands.contains(arguments[index]),
      arguments[index] != DashboardCommand._commandName
    else { return arguments }
    var rest = Array(arguments[index...])
    let end = rest.firstIndex(of: "--") ?? rest.endIndex
    rest.insert(contentsOf: leading, at: end)
    return rest
  }

  /// The names of `rapport`'s commands.
  static var commands: Set<String> {
    Set((Rapport.configuration.subcommands).map { $0._commandName })
  }
}
