import ArgumentParser
import RapportCore

/// After output from a store with errors: says so on standard error and exits with status 1.
func reportErrors(of store: Store) throws {
  let errors = store.errors
  guard !errors.isEmpty else { return }
  for diagnostic in errors.prefix(5) { Output.warn(diagnostic.description) }
  if errors.count > 5 { Output.warn("… and \(errors.count - 5) more") }
  Output.warn(
    "The store has \(counted(errors.count, "error")); the figures above leave out what could not be read. Run 'rapport check'."
  )
  throw ExitStatus.failure.exitCode
}
