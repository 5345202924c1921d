import ArgumentParser
import Foundation
import RapportCore

/// `rapport archive ACCOUNT|ACCOUNT/CONTACT`: puts an account or a person away, history kept.
struct ArchiveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "archive",
    abstract: "Archive an account or a contact: kept with its history, left out of the lists.",
    discussion: """
      Adds 'archived: DAY [REASON]' to the record (rewritten atomically). An archived account \
      is left out of 'rapport accounts', 'drift' and 'agenda', the dashboard's list and the \
      review unless asked for (--archived, or z on the dashboard). An archived contact is left \
      out of the contacts pane and the pickers; their events stay in the account's equity. \
      Nothing new can be recorded against either until it is unarchived.

      Examples:
        rapport archive acme --reason "Contract ended"
        rapport archive acme/jane
        rapport unarchive acme
      """)

  @Argument(help: "The account, or the contact as account/contact.", completion: StoreCompletion.accountsAndContacts)
  var target: String

  @Option(help: "Why it is archived, on one line.")
  var reason = ""

  @OptionGroup var options: StoreOptions

  func validate() throws {
    try ArchiveText.validate(target, demo: options.demo)
    if let problem = TextSafety.problem(in: reason, field: "--reason") { throw ValidationError("\(problem)") }
  }

  func run() throws {
    try ArchiveText.change(target, options: options) { store, target, today in
      try store.archive(target, on: today, reason: reason)
      return "Archived"
    }
  }
}

/// `rapport unarchive ACCOUNT|ACCOUNT/CONTACT`: brings an archived account or person back.
struct UnarchiveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "unarchive",
    abstract: "Bring an archived account or contact back into the lists.",
    discussion: """
      Takes the 'archived:' line out of the record (rewritten atomically).

      Examples:
        rapport unarchive acme
        rapport unarchive acme/jane
      """)

  @Argument(help: "The account, or the contact as account/contact.", completion: StoreCompletion.accountsAndContacts)
  var target: String

  @OptionGroup var options: StoreOptions

  func validate() throws {
    try ArchiveText.validate(target, demo: options.demo)
  }

  func run() throws {
    try ArchiveText.change(target, options: options) { store, target, _ in
      try store.unarchive(target)
      return "Unarchived"
    }
  }
}

/// What archive and unarchive share.
enum ArchiveText {
  static func validate(_ text: String, demo: Bool) throws {
    guard !demo else {
      throw ValidationError("--demo opens a copy that is removed at once, so nothing would be kept: use --store PATH")
    }
    _ = try Target(parsing: text)
    guard ArchiveTarget(text) != nil else {
      throw ValidationError(
        "'\(InertText.visible(text))' is not an account or a contact: write ACCOUNT or ACCOUNT/CONTACT, e.g. acme/jane")
    }
  }

  /// Opens the store, makes the change and says what was done to whom.
  static func change(
    _ text: String, options: StoreOptions, _ act: (Store, ArchiveTarget, Day) throws -> String
  ) throws {
    let target = ArchiveTarget(text)!
    try options.withStore(writable: true) { store, today in
      if case .readOnly(let reason) = store.access { throw Problem("nothing was changed: \(reason)") }
      let verb: String
      do {
        verb = try act(store, target, today)
      } catch let error as StoreError {
        throw Problem("nothing was changed: \(error)")
      }
      Output.say("\(verb) \(name(of: target, in: store.ledger)) (\(target.key))")
    }
  }

  private static func name(of target: ArchiveTarget, in ledger: Ledger) -> String {
    switch target {
    case .account(let id): return ledger.accountIndex(id).map { ledger.accounts[$0].name } ?? id
    case .contact: return ledger.contactIndex(target.key).map { ledger.contacts[$0].name } ?? target.key
    }
  }
}
