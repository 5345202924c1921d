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
        try Output.json(summaries)
      } else {
        Output.say(AccountsTable.render(summaries), terminator: "")
      }
      try reportErrors(of: store)
    }
  }
}

/// The table `rapport accounts` and plain `rapport` print.
enum AccountsTable {
  /// The table, with the controls in names shown as text (see `InertText`) before the columns
  /// are measured, so that they stay aligned.
  static func render(_ summaries: [AccountSummary]) -> String {
    var table = TextTable(
      headers: ["ACCOUNT", "ID", "TIER", "EQUITY", "DECAYED", "LAST TOUCH", "DAYS"],
      alignments: [.left, .left, .left, .right, .right, .left, .right])
    for s in summaries {
      table.append([
        InertText.visible(s.name), InertText.visible(s.id), s.tier, format(s.equity), format(s.decayedEquity),
        s.lastTouch ?? "never",
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
  for diagnostic in errors.prefix(5) { Output.warn(diagnostic.description) }
  if errors.count > 5 { Output.warn("… and \(errors.count - 5) more") }
  Output.warn(
    "The store has \(errors.count) error\(errors.count == 1 ? "" : "s"); the figures above leave out what could not be read. Run 'rapport check'."
  )
  throw ExitCode(1)
}
