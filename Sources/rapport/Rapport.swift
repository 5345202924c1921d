import ArgumentParser
import CMallocPolicy
import Foundation

/// The `rapport` command line.
@main
struct Rapport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rapport",
    abstract: "Relationship equity for key account managers: who is drifting, and why.",
    discussion: """
      Rapport keeps, for every client account, a ledger of deposits (promises kept, problems \
      solved, insights, favours) and withdrawals (mistakes, missed promises) in plain text \
      files you can read, edit and keep in git.

      The store is the folder given by --store, else $RAPPORT_STORE, else \
      $XDG_DATA_HOME/rapport (~/.local/share/rapport). That last one is created on first use; a \
      folder given by --store or $RAPPORT_STORE must be a store already (rapport init PATH makes \
      one). Settings are read from $XDG_CONFIG_HOME/rapport/config.toml \
      (~/.config/rapport/config.toml).

      Examples:
        Open the dashboard:       rapport [--store PATH | --demo] [--theme NAME]
        Try it on the demo store: rapport --demo   (? shows the keys, q quits)
        Record in the dashboard:  d w g a (deposit, withdrawal, favours), u undo
        Record from a script:     rapport add deposit ACCOUNT[/CONTACT]
        Contacts and favours:     rapport contacts [--account ID] [--json]
        Export for spreadsheets:
          rapport export --format csv|json|hledger [--what events|accounts|contacts]
        Import from elsewhere:    rapport import csv|vcard|ics FILE [--dry-run]
        Brief an account:         rapport brief ACCOUNT [--format markdown]
                                  rapport brief --owner NAME
        Promises:                 rapport promises [--overdue] [--json]
          rapport promise add ACCOUNT[/CONTACT] "what" --due fri
        Fix a past event:         rapport void ID  ·  rapport correct ID --weight 3
        Archive, and bring back:  rapport archive ACCOUNT[/CONTACT] [--reason TEXT]
                                  rapport unarchive ACCOUNT[/CONTACT]
        Check a store:            rapport check --store PATH
        Options of the dashboard: rapport help dashboard
      """,
    version: "0.1.0",
    subcommands: [
      DashboardCommand.self, Accounts.self, Contacts.self, DriftCommand.self, Check.self, Init.self, Keys.self,
      Add.self, VoidCommand.self, CorrectCommand.self, PromiseCommand.self, PromisesCommand.self, PlanCommand.self,
      AgendaCommand.self, ArchiveCommand.self, UnarchiveCommand.self, Forget.self, WhoamiCommand.self,
      BriefCommand.self, ExportCommand.self, ImportCommand.self, SyncCommand.self,
    ],
    defaultSubcommand: DashboardCommand.self
  )

  /// Runs the command line. Every message, errors that quote a store's names or the arguments
  /// included, is written through `Output`, so that none reaches the terminal raw.
  static func main() {
    // Every block of 128 KiB or more gets its own pages, returned to the system when freed. By
    // default glibc raises that threshold each time such a block is freed (up to 32 MiB), so
    // once the records' big arrays were freed, the events' drafted chunks (under a MiB each)
    // came from the heap, and stayed there after loading freed them.
    rapport_map_blocks_from(128 * 1024)
    do {
      let arguments = LeadingStoreOptions.rearranged(
        Array(CommandLine.arguments.dropFirst()), commands: LeadingStoreOptions.commands)
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch {
      let code = exitCode(for: error)
      let message = fullMessage(for: error)
      if !message.isEmpty {
        if code == .success { Output.say(message) } else { Output.warn(message) }
      }
      Foundation.exit(code.rawValue)
    }
  }
}
