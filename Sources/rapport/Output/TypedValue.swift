import ArgumentParser
import RapportCore

extension InputProblem {
  /// Whether the text could not be read as what it stands for at all (`2026-13-01` for a day,
  /// `abc` for a weight): a mistake in the command line, exit status 64. A value that was read
  /// but is refused by a rule (a day too far back or in the future, a weight whose sign
  /// contradicts the type, a kind of another type) is the store's refusal, exit status 1.
  var isUnreadable: Bool {
    switch self {
    case .notADay, .notAWeight, .notAKind, .notAnId, .notAFlag, .controlCharacter: return true
    case .futureDay, .positiveWithdrawal, .negativeTouch, .kindOfAnotherType, .tooFarBack, .noName: return false
    }
  }
}

/// Reads the value of `option` with `read`: a value that cannot be read is a usage error (exit
/// status 64, with the usage line), one refused by a rule a `Problem` (exit status 1). The
/// message is `option` followed by `describe`'s words for the problem.
func typedValue<T>(
  _ option: String, describe: (InputProblem) -> String = { $0.description },
  _ read: () throws(InputProblem) -> T
) throws -> T {
  do {
    return try read()
  } catch {
    let message = "\(option) \(describe(error))"
    if error.isUnreadable { throw ValidationError(message) }
    throw Problem(message)
  }
}
