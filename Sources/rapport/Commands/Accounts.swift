import ArgumentParser
import Foundation
import RapportCore
import RapportUI

/// `rapport accounts`: every account with its equity, as a table or JSON.
struct Accounts: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List accounts with tier, equity, decayed equity and last touch.",
    discussion: """
      Examples:
        rapport accounts
        rapport accounts --archived --json --store ~/work/rapport
        rapport accounts --mine            # the accounts I own
        rapport accounts --owner jane --json
      """)

  @OptionGroup var options: StoreOptions

  @OptionGroup var owners: OwnerOptions

  @Flag(help: "Print JSON instead of a table.")
  var json = false

  @Flag(help: "Include archived accounts, marked as such.")
  var archived = false

  func run() throws {
    let config = try Config.load()
    try options.withStore(writable: false, config: config) { store, today in
      let owner = try owners.chosen(in: store, config: config, includingArchived: archived)
      let summaries = AccountSummary.all(in: store.ledger, on: today, includingArchived: archived, owner: owner)
      if json {
        try Output.json(summaries)
      } else {
        Output.say(AccountsTable.render(summaries), terminator: "")
      }
      try reportErrors(of: store)
    }
  }
}
