import ArgumentParser
import Foundation
import RapportCore
import RapportUI

/// Plain `rapport`: the full-screen dashboard.
struct DashboardCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dashboard",
    abstract: "Open the dashboard (the default command).",
    discussion: """
      Accounts, the selected account's contacts and its equity timeline, side by side. Press ? \
      inside for every key; q quits. Themes are TOML files: dark (the default), light, \
      high-contrast and monochrome come with Rapport, and your own go in \
      $XDG_CONFIG_HOME/rapport/themes/NAME.toml. NO_COLOR set means monochrome unless --theme \
      is given. Y syncs a store that is a git clone, as rapport sync does; git may not ask on \
      the terminal there (no prompts, ssh in batch mode), so when it needs a password, run \
      rapport sync in a shell once.

      Examples:
        rapport dashboard --demo
        rapport --theme light --store ~/work/rapport
      """)

  @OptionGroup var options: StoreOptions

  @Option(
    name: .long, help: "The colour theme: a name such as light, or a path to a .toml file.",
    completion: .list(ThemeFiles.builtIn))
  var theme: String?

  /// Words after `rapport` that no command or option takes: a mistyped command, most often,
  /// which would otherwise reach the dashboard and be refused with its usage.
  @Argument(help: .hidden) var unknown: [String] = []

  func validate() throws {
    // Told here, without the dashboard's usage that ArgumentParser adds to a validation error;
    // the status is still a usage error's.
    guard let word = unknown.first else { return }
    Output.warn("Error: " + CommandSuggestion.message(for: word))
    throw ExitStatus.usage.exitCode
  }

  func run() throws {
    let config = try Config.load()
    let environment = ProcessInfo.processInfo.environment
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty && theme == nil
    let chosen = try ThemeFiles.load(theme ?? config.theme ?? ThemeFiles.defaultName)
    try options.withStore(writable: true, config: config) { store, today in
      let terminal = try CursesTerminal(theme: chosen, monochrome: noColor)
      let dashboard = RapportUI.Dashboard(store: store, today: today, thresholds: config.drift)
      dashboard.isDemoCopy = options.demo
      dashboard.sync = options.demo ? nil : DashboardSync.runner(storePath: store.path, author: store.author)
      dashboard.run(on: terminal)
      terminal.close()
      try reportErrors(of: store)
    }
  }
}
