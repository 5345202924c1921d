import ArgumentParser
import RapportCore

/// `rapport check`: validates every file of a store.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check a store's files and print every problem as FILE:LINE:COLUMN: reason.",
    discussion:
      """
      Exits with status 1 when any file has an error, so it can guard a git hook or CI job.

      Examples:
        rapport check
        rapport check --store ~/work/rapport || echo "fix the store first"
      """)

  @OptionGroup var options: StoreOptions

  func run() throws {
    try options.withStore(writable: false) { store, _ in
      let diagnostics = withControlCharacterWarnings(store)
      for diagnostic in diagnostics { Output.say(diagnostic.description) }
      let ledger = store.ledger
      let errors = store.errors.count
      let warnings = diagnostics.count - errors
      let voided = ledger.eventCount - ledger.liveEventCount
      let open = ledger.promises.filter(\.isOpen).count
      let promises = ledger.promises.isEmpty ? "" : ", \(counted(ledger.promises.count, "promise")) (\(open) open)"
      Output.say(
        "\(store.path): \(ledger.accounts.count) accounts, \(ledger.contacts.count) contacts, "
          + "\(ledger.eventCount) events (\(voided) voided)\(promises); "
          + "\(counted(errors, "error")), \(counted(warnings, "warning"))"
      )
      if errors > 0 { throw ExitStatus.failure.exitCode }
    }
  }
}

/// The store's diagnostics, file by file, each file's control-character warnings after its
/// other problems.
private func withControlCharacterWarnings(_ store: Store) -> [Diagnostic] {
  let scanned = store.controlCharacterWarnings()
  var diagnostics: [Diagnostic] = []
  for (file, warnings) in scanned {
    diagnostics += store.diagnostics.filter { $0.file == file } + warnings
  }
  return diagnostics + store.diagnostics.filter { diagnostic in !scanned.contains { $0.file == diagnostic.file } }
}
