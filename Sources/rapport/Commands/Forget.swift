import ArgumentParser
import Foundation
import RapportCore

/// `rapport forget ACCOUNT/CONTACT --yes`: removes a person from the store.
struct Forget: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Forget a person: remove their record, and the names and notes of their events.",
    discussion: """
      The one deliberate exception to append-only, for someone who asks to be forgotten or \
      should no longer be on file. Their contact record is removed from contacts.txt. Their \
      events stay in events.txt, under the account alone and without their notes, so the \
      account's equity and every other contact's history stay as they were. A comment line \
      in events.txt says on which day someone was forgotten, but not who. Both files are \
      rewritten atomically. Without --yes, nothing is changed: Rapport says what would go.

      Examples:
        rapport forget acme/jane            # what would be removed
        rapport forget acme/jane --yes      # remove it
      """)

  @Argument(help: "The contact, as account/contact.", completion: StoreCompletion.contacts)
  var contact: String

  @Flag(help: "Really forget them; without it nothing is changed.")
  var yes = false

  @OptionGroup var options: StoreOptions

  func validate() throws {
    guard (try? Target(parsing: contact))?.contact != nil else {
      throw ValidationError("'\(contact)' is not a contact: write ACCOUNT/CONTACT, such as acme/jane")
    }
  }

  func run() throws {
    try options.withStore(writable: yes) { store, today in
      guard let index = store.ledger.contactIndex(contact) else {
        let account = try Target(parsing: contact).account
        guard store.ledger.accountIndex(account) != nil else {
          throw Problem("no account '\(account)' in \(store.path); 'rapport accounts' lists the accounts")
        }
        throw Problem("no contact '\(contact)' in \(store.path)")
      }
      let person = store.ledger.contacts[index]
      guard yes else {
        let events = (0..<store.ledger.eventCount).filter { store.ledger.event($0).target == contact }.count
        let promises = store.ledger.promises.filter { $0.target == contact }.count
        Output.say(
          "Would forget \(person.name) (\(contact)): their record in contacts.txt, and the notes of "
            + "\(counted(events, "event"))"
            + (promises > 0 ? " and what was promised in \(counted(promises, "promise"))" : "")
            + ", kept under the account. Nothing was changed; add --yes to do it.")
        throw ExitStatus.failure.exitCode
      }
      do {
        let forgotten = try store.forget(contact: contact, on: today)
        var said =
          "Forgot \(forgotten.name): the record is gone, and \(counted(forgotten.events, "event")) "
          + "\(forgotten.events == 1 ? "stays" : "stay") under the account without notes"
        if forgotten.promises > 0 {
          said +=
            "; \(counted(forgotten.promises, "promise")) to them \(forgotten.promises == 1 ? "stays" : "stay") "
            + "under the account without what was promised"
        }
        Output.say(said + ".")
      } catch let error as StoreError {
        throw Problem("nothing was forgotten: \(error)")
      }
    }
  }
}
