import ArgumentParser
import RapportCore

/// `rapport init`: creates an empty store.
struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Create an empty store (accounts.txt, contacts.txt, events.txt) in a folder.")

  @Argument(help: "The folder to create (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport).")
  var path: String?

  /// An empty folder name would put the store's files at the file system's root.
  func validate() throws {
    if path?.isEmpty == true { throw ValidationError("the folder is empty: give the folder to create") }
  }

  func run() throws {
    let target = path ?? StoreOptions.defaultPath
    try Store.create(at: target)
    Output.say("A Rapport store is ready at \(target)")
  }
}
