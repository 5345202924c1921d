import ArgumentParser
import RapportCore
import RapportUI

/// Plain `rapport`: the dashboard. Until the full-screen view lands it prints the accounts table.
struct Dashboard: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dashboard", abstract: "Open the dashboard (the default command).")

  @OptionGroup var options: StoreOptions

  func run() throws {
    let (store, today) = try options.open(writable: true)
    if case .readOnly(let reason) = store.access { warn("Read-only: \(reason)") }
    print("\(store.path)")
    print(AccountsTable.render(AccountSummary.all(in: store.ledger, on: today)), terminator: "")
    try reportErrors(of: store)
  }
}
