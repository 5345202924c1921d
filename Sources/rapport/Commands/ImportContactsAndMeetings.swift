import ArgumentParser
import Foundation
import RapportCore

/// `rapport import vcard FILE [--account ID] [--create-accounts]`.
struct ImportVCard: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "vcard",
    abstract: "Import contacts from a vCard file (3.0 or 4.0, as address books export them).",
    discussion: """
      FN is the name, the first part of ORG the account (matched by its id, or by its name \
      ignoring case and accents), TITLE the role, each EMAIL an email: line and each TEL a \
      phone: line. A card whose email address a contact has already, or whose name a contact \
      of the same account has, updates that contact: its role, and the addresses and numbers \
      it lacks; nothing is removed and no contact is added twice.

      Examples:
        rapport import vcard contacts.vcf --dry-run
        rapport import vcard acme.vcf --account acme
        rapport import vcard contacts.vcf --create-accounts
      """)

  @Argument(help: "The vCard file (.vcf).", completion: .file(extensions: ["vcf", "vcard"]))
  var file: String

  @Option(help: "Put every card's contact in this account, whatever its ORG.", completion: StoreCompletion.accounts)
  var account: String?

  @Flag(help: "Create an account (tier C) for an ORG that matches none.")
  var createAccounts = false

  @Flag(help: "Say what would be imported, and write nothing.")
  var dryRun = false

  @OptionGroup var options: StoreOptions

  func validate() throws { try Importing.validate(options, dryRun: dryRun) }

  func run() throws {
    let text = try Importing.text(of: file)
    try options.withStore(writable: !dryRun) { store, _ in
      try Importing.checkWritable(store, dryRun: dryRun)
      if let account, store.ledger.accountIndex(account) == nil {
        throw Problem("no account '\(account)'; 'rapport accounts' lists them")
      }
      let plan = VCardImport.plan(
        text, file: file, ledger: store.ledger, account: account, createAccounts: createAccounts)
      try Importing.refuse(plan.problems)
      if dryRun {
        for account in plan.newAccounts { Output.say("would create account \(account.id) \"\(account.name)\"") }
        for contact in plan.newContacts { Output.say("would add \(contact.key) \"\(contact.name)\"") }
        for contact in plan.editedContacts { Output.say("would update \(contact.key) \"\(contact.name)\"") }
      } else {
        do {
          try store.importRecords(
            accounts: plan.newAccounts, newContacts: plan.newContacts, editedContacts: plan.editedContacts,
            originals: plan.originals)
        } catch let error as StoreError {
          throw Problem("nothing was imported: \(error)")
        }
      }
      Output.say(plan.summary(dryRun: dryRun))
    }
  }
}

/// `rapport import ics FILE [--since DAY]`.
struct ImportICS: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ics",
    abstract: "Log past meetings from an iCalendar file as check-ins with the contacts who attended.",
    discussion: """
      Each VEVENT before today (and from --since on) becomes a check-in deposit for each \
      contact whose email: address is among its attendees or its organiser, with the summary \
      as the note. Cancelled meetings are skipped; a repeating meeting counts its first \
      meeting only; declined attendees are left out. A timed meeting counts on its day in \
      your time zone (TZ), a whole-day or floating one on the day written. Addresses that no \
      contact has are listed at the end, so that you can add them (rapport import vcard).

      Examples:
        rapport import ics calendar.ics --dry-run
        rapport import ics calendar.ics --since 2026-09-01
      """)

  @Argument(help: "The iCalendar file (.ics).", completion: .file(extensions: ["ics"]))
  var file: String

  @Option(parsing: .unconditional, help: "Only meetings on or after this day: YYYY-MM-DD, yesterday, -30d.")
  var since: String?

  @Flag(help: "Say what would be imported, and write nothing.")
  var dryRun = false

  @OptionGroup var options: StoreOptions

  func validate() throws { try Importing.validate(options, dryRun: dryRun) }

  func run() throws {
    let text = try Importing.text(of: file)
    try options.withStore(writable: !dryRun) { store, today in
      try Importing.checkWritable(store, dryRun: dryRun)
      var first: Day?
      if let since {
        first = try typedValue("--since") { () throws(InputProblem) in
          try DayInput.parse(since, today: today, since: nil)
        }
      }
      let plan = ICSImport.plan(text, file: file, ledger: store.ledger, today: today, since: first)
      try Importing.refuse(plan.problems)
      for note in plan.notes { Output.say("note: \(note)") }
      try Importing.run(plan, in: store, dryRun: dryRun)
      if !plan.unmatched.isEmpty {
        Output.say("No contact has these addresses (add them with email: lines, or rapport import vcard):")
        for email in plan.unmatched { Output.say("  \(email)") }
      }
    }
  }
}
