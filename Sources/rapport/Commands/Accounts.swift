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
      """)

  @OptionGroup var options: StoreOptions

  @Flag(help: "Print JSON instead of a table.")
  var json = false

  @Flag(help: "Include archived accounts, marked as such.")
  var archived = false

  func run() throws {
    try options.withStore(writable: false) { store, today in
      let summaries = AccountSummary.all(in: store.ledger, on: today, includingArchived: archived)
      if json {
        try Output.json(summaries)
      } else {
        Output.say(AccountsTable.render(summaries), terminator: "")
      }
      try reportErrors(of: store)
    }
  }
}
