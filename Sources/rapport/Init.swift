import ArgumentParser
import RapportCore

/// `rapport init`: creates an empty store.
struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Create an empty store (accounts.txt, contacts.txt, events.txt) in a folder.")

  @Argument(help: "The folder to create (default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport).")
  var path: String?

  func run() throws {
    let target = path ?? StoreOptions.defaultPath
    try Store.create(at: target)
    Output.say("A Rapport store is ready at \(target)")
  }
}
