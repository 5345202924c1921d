/// Why the store refused or failed to do something, said so that a person knows what to do.
public enum StoreError: Error, Equatable, CustomStringConvertible {
  case notAStore(String)
  /// The path names a file, not a folder.
  case notAFolder(String)
  case hasErrors(Int)
  case readOnly(String)
  /// Refused for the state of the store: an unknown account, an id taken, an event already void.
  case invalid(String)
  /// Refused for what was given: a kind, an id, a name, a control character.
  case refused(InputProblem)
  /// Fields changed both here and on disk since the record was read.
  case conflict(String)
  /// A file operation failed.
  case io(FileFailure)
  /// Another program has held the store's lock for longer than a writer waits.
  case busy(String)

  public var description: String {
    switch self {
    case .notAStore(let path):
      return
        "\(path) is not a Rapport store (it has no accounts.txt); create one with 'rapport init \(path)'"
    case .notAFolder(let path):
      return "\(path) is a file, not a folder: give the folder that holds the store's accounts.txt"
    case .hasErrors(let count):
      return
        "the store has \(count) error\(count == 1 ? "" : "s"); nothing is written until they are fixed (see 'rapport check')"
    case .readOnly(let reason): return "the store is open read-only: \(reason)"
    case .invalid(let reason): return reason
    case .conflict(let reason): return reason
    case .refused(let problem): return problem.description
    case .io(let failure): return failure.description
    case .busy(let path):
      return "another program has been writing to the store \(path) for over "
        + "\(StoreLock.patience.components.seconds) seconds; try again, or look for a Rapport that hangs"
    }
  }
}
