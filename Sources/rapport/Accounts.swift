import ArgumentParser
import Foundation
import RapportCore
import RapportUI

/// `rapport accounts`: every account with its equity, as a table or JSON.
struct Accounts: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List accounts with tier, equity, decayed equity and last touch.")

  @OptionGroup var options: StoreOptions

  @Flag(help: "Print JSON instead of a table.")
  var json = false

  func run() throws {
    try options.withStore(writable: false) { store, today in
      let summaries = AccountSummary.all(in: store.ledger, on: today)
      if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(summaries), as: UTF8.self))
      } else {
        print(AccountsTable.render(summaries), terminator: "")
      }
      try reportErrors(of: store)
    }
  }
}

/// The table `rapport accounts` and plain `rapport` print.
enum AccountsTable {
  static func render(_ summaries: [AccountSummary]) -> String {
    var table = TextTable(
      headers: ["ACCOUNT", "ID", "TIER", "EQUITY", "DECAYED", "LAST TOUCH", "DAYS"],
      alignments: [.left, .left, .left, .right, .right, .left, .right])
    for s in summaries {
      table.append([
        s.name, s.id, s.tier, format(s.equity), format(s.decayedEquity), s.lastTouch ?? "never",
        s.daysSinceTouch.map(String.init) ?? "-",
      ])
    }
    return table.render()
  }

  private static func format(_ value: Double) -> String {
    Weight.format(hundredths: Int((value * 100).rounded()), signed: false)
  }
}

/// After output from a store with errors: says so on standard error and exits with status 1.
func reportErrors(of store: Store) throws {
  let errors = store.errors
  guard !errors.isEmpty else { return }
  for diagnostic in errors.prefix(5) { warn(diagnostic.description) }
  if errors.count > 5 { warn("… and \(errors.count - 5) more") }
  warn(
    "The store has \(errors.count) error(s); the figures above leave out what could not be read. Run 'rapport check'."
  )
  throw ExitCode(1)
}
