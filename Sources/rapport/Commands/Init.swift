import ArgumentParser
import RapportCore

/// `rapport init`: creates an empty store.
struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Create an empty store (accounts.txt, contacts.txt, events.txt) in a folder.",
    discussion: """
      Files already there are kept as they are.

      Examples:
        rapport init
        rapport init ~/work/rapport && cd ~/work/rapport && git init
      """)

  @Argument(
    help: "The folder to create (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport).", completion: .directory)
  var path: String?

  /// An empty folder name would put the store's files at the file system's root.
  func validate() throws {
    if path?.isEmpty == true { throw ValidationError("no folder was given: name the folder to create") }
  }

  func run() throws {
    let target = path ?? StoreOptions.defaultPath
    try Store.create(at: target)
    // The folder may have held files already: say so when they do not make a store that works.
    let store: Store
    do {
      store = try Store(path: target, writable: false)
    } catch {
      throw Problem("\(target) holds files Rapport cannot use: \(error)")
    }
    let errors = store.errors.count
    guard errors == 0 else {
      throw Problem(
        "\(target) already holds a store with \(counted(errors, "error")); "
          + "'rapport check --store \(target)' lists them")
    }
    Output.say("A Rapport store is ready at \(target)")
  }
}
