import ArgumentParser

/// What `rapport` exits with: the one list of statuses, which the README's "Exit codes" table
/// repeats (a test checks that they agree). A fatal signal N ends the process with 128 + N,
/// after the terminal is given back (see `TerminalGuard`).
enum ExitStatus: Int32, CaseIterable {
  /// It worked, and found nothing it was asked to fail on.
  case success = 0
  /// It did not work, or found what it was asked to fail on.
  case failure = 1
  /// The command line is wrong (EX_USAGE of sysexits.h, as swift-argument-parser exits).
  case usage = 64

  /// The README's words for it.
  var meaning: String {
    switch self {
    case .success: return "it worked (and, with `drift --fail-on`, no account reached the status)"
    case .failure:
      return "it did not work or found a problem: the store has errors (`check`, and any command that read it), "
        + "nothing could be written, an unknown account or contact, a value read but refused by a rule (a day in the "
        + "future or more than ten years back, a `--due` already past, a withdrawal's weight with a `+`), "
        + "`drift --fail-on` met, `forget` without `--yes`"
    case .usage:
      return "the command line is wrong: an unknown command or option, a missing argument, or a value "
        + "that cannot be read as what it stands for (`--date 2026-13-01`, `--weight abc`, `--due garbage`)"
    }
  }

  var exitCode: ExitCode { ExitCode(rawValue) }
}
