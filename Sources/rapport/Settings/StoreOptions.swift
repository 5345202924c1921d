import ArgumentParser
import Foundation
import RapportCore

/// Options that choose the store and the day, shared by every command that reads a store.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .long,
    help:
      "The store folder, made by 'rapport init' (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport, created on first use).",
    completion: .directory)
  var store: String?

  @Flag(name: .long, help: "Open a fresh, writable copy of the demo store in a temporary folder.")
  var demo = false

  @Option(
    name: .long, help: ArgumentHelp("Treat this day (YYYY-MM-DD) as today.", visibility: .hidden))
  var today: String?

  /// Refuses an empty `--store`, which would otherwise be read as a folder with no name.
  /// (ArgumentParser calls this for every command that includes these options.)
  func validate() throws {
    if store?.isEmpty == true { throw ValidationError("--store is empty: give the store's folder") }
  }

  /// The day figures are computed for: --today, $RAPPORT_TODAY, or the calendar.
  func day() throws -> Day {
    guard let text = today ?? ProcessInfo.processInfo.environment["RAPPORT_TODAY"] else {
      return .today()
    }
    guard let day = Day(iso: text) else {
      throw ValidationError("'\(text)' is not a date: write YYYY-MM-DD")
    }
    return day
  }

  /// Where the store is, creating the default one on first use.
  func resolvePath() throws -> String {
    let environment = ProcessInfo.processInfo.environment
    if demo {
      if store != nil {
        throw ValidationError("--demo and --store both choose a store: give one of them")
      }
      return try DemoStore.freshCopy(today: try day())
    }
    if let store { return store }
    let path = StoreOptions.defaultPath
    if environment["RAPPORT_STORE"].map({ !$0.isEmpty }) ?? false { return path }
    if !FileManager.default.fileExists(atPath: "\(path)/\(Store.accountsFile)") {
      try Store.create(at: path)
      Output.warn("Created an empty store at \(path)")
    }
    return path
  }

  /// `$RAPPORT_STORE`, else `$XDG_DATA_HOME/rapport`.
  static var defaultPath: String {
    if let store = ProcessInfo.processInfo.environment["RAPPORT_STORE"], !store.isEmpty {
      return store
    }
    return XDG.dataHome + "/rapport"
  }

  /// Opens the store for reading or writing, with the configured equity settings, and runs
  /// `body` on it. A `--demo` copy is removed afterwards, however `body` ends.
  func withStore<T>(writable: Bool, config: Config? = nil, _ body: (Store, Day) throws -> T) throws -> T {
    let today = try day()
    let config = try config ?? Config.load()
    let path = try resolvePath()
    // A signal that ends the process (a closed terminal, kill) removes the copy too.
    if demo { TerminalGuard.removeOnSignal(path) }
    defer {
      if demo {
        TerminalGuard.forgetFolder()
        try? FileManager.default.removeItem(atPath: path)
      }
    }
    let store = try Store(path: path, writable: writable, settings: config.equity, today: today)
    // The command ends the process soon after: the system takes back the store's memory at
    // once, where freeing its records, strings and tables one by one costs tens of milliseconds
    // on a large store. (The store holds its lock only while a write runs.)
    defer { _ = Unmanaged.passRetained(store) }
    if writable { store.author = try Me.resolve(config: config, storePath: path)?.author }
    return try body(store, today)
  }
}
