import ArgumentParser
import Foundation
import RapportCore

/// `rapport contacts`: every contact with their role, last touch and favours, as a table or JSON.
struct Contacts: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List contacts with role, flags, last touch and favours given and asked.",
    discussion: """
      Favours are weighed over the reciprocity window (the last 365 days, or \
      drift.reciprocity-window-days in the config file): the weight given and asked, and \
      who owes whom. Personal notes are never printed.

      Examples:
        rapport contacts                      # every contact, as a table
        rapport contacts --account acme       # one account's contacts
        rapport contacts --json               # for scripts
        rapport contacts --archived           # archived people too
      """)

  @OptionGroup var options: StoreOptions

  @Option(help: "Only this account's contacts (its id).", completion: StoreCompletion.accounts)
  var account: String?

  @Flag(help: "Print JSON instead of a table.")
  var json = false

  @Flag(help: "Include archived contacts, and the contacts of archived accounts.")
  var archived = false

  func run() throws {
    let config = try Config.load()
    try options.withStore(writable: false, config: config) { store, today in
      let ledger = store.ledger
      var indices = Array(ledger.contacts.indices)
      if let account {
        guard let accountIndex = ledger.accountIndex(account) else {
          throw Problem("no account '\(account)' in \(store.path); 'rapport accounts' lists the accounts")
        }
        indices = ledger.contacts(ofAccount: accountIndex)
      }
      if !archived { indices.removeAll { ledger.isArchived(contact: $0) } }
      let window = config.drift.favourWindow(endingOn: today)
      let entries = indices.map { ContactEntry(contact: $0, in: ledger, window: window) }
      if json {
        try Output.json(entries)
      } else {
        Output.say(ContactsTable.render(entries, window: window), terminator: "")
      }
      try reportErrors(of: store)
    }
  }
}
