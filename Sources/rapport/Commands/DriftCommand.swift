import ArgumentParser
import Foundation
import RapportCore
import RapportUI

/// `rapport drift`: the accounts that need attention, worst first, and why.
struct DriftCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "drift",
    abstract: "Rank accounts by drift after their win, with the reasons, for scripts and cron jobs.",
    discussion: """
      Each account is healthy, cooling, drifting or neglected. The reasons compare the days \
      since the last touch (a deposit or a favour) with the cadence the tier promises; the \
      touches since the honeymoon after a win with its pace, never asking for more than the \
      promise (for a year after the win, and not while the cadence already counts); the fall of \
      the decayed equity below what decay alone leaves; and favours asked and withdrawals. The \
      thresholds can be set under [drift] in the config file (see the README).

      Accounts with a touch planned for today or before come first. Accounts snoozed or with a \
      touch planned for later (from the dashboard's review) come last, say so, and do not count \
      for --fail-on until their day.

      Examples:
        rapport drift
        rapport drift --json --archived
        rapport drift --fail-on drifting || echo "an account is drifting"
        rapport drift --mine               # only the accounts I own
        rapport drift --owner jane --json
      """)

  @OptionGroup var options: StoreOptions

  @OptionGroup var owners: OwnerOptions

  @Flag(help: "Print JSON instead of text.")
  var json = false

  @Flag(help: "Include archived accounts (they never count for --fail-on).")
  var archived = false

  @Option(
    name: .customLong("fail-on"),
    help: "Exit with status 1 when an account is at this status or worse: cooling, drifting or neglected.",
    completion: .list(FailOn.allCases.map(\.rawValue)))
  var failOn: Word<FailOn>?

  /// The statuses `--fail-on` takes: any but healthy.
  enum FailOn: String, CaseIterable, NamedByWord {
    case cooling, drifting, neglected

    init?(word: String) { self.init(rawValue: word) }

    var status: DriftStatus {
      switch self {
      case .cooling: .cooling
      case .drifting: .drifting
      case .neglected: .neglected
      }
    }
  }

  func validate() throws {
    if let failOn, failOn.value == nil {
      throw ValidationError("--fail-on '\(failOn.text)': use cooling, drifting or neglected")
    }
  }

  func run() throws {
    let config = try Config.load()
    try options.withStore(writable: false, config: config) { store, today in
      let ledger = store.ledger
      let byAccount = ledger.driftReports(on: today, thresholds: config.drift)
      let owner = try owners.chosen(in: store, config: config, includingArchived: archived)
      let indices = ledger.accountIndices(ownedBy: owner, includingArchived: archived)
      let reports = ledger.inReviewOrder(indices, reports: byAccount, on: today).map {
        byAccount[$0]
      }
      if json {
        let entries = reports.map { DriftEntry($0, ledger.accounts[$0.account], today: today) }
        if DriftJSON.canWrite(entries) {
          Output.write(DriftJSON.document(entries))
        } else {
          try Output.json(entries)
        }
      } else {
        Output.say(text(reports, ledger, today), terminator: "")
      }
      try reportErrors(of: store)
      if let threshold = failOn?.value?.status,
        reports.contains(where: {
          $0.status >= threshold && ledger.accounts[$0.account].decision(on: today) != .parked
            && !ledger.accounts[$0.account].isArchived
        })
      {
        throw ExitStatus.failure.exitCode
      }
    }
  }

  /// The ranking as text; on a terminal, each line wraps to its width under its first word. The
  /// controls in names and notes are shown as text (see `InertText`) before lines are wrapped.
  private func text(_ reports: [DriftReport], _ ledger: Ledger, _ today: Day) -> String {
    var window = winsize()
    let width =
      isatty(STDOUT_FILENO) == 1 && ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0 && window.ws_col >= 40
      ? Int(window.ws_col) : Int.max / 2
    var out = ""
    func line(_ lead: String, _ text: String) {
      let text = InertText.visible(text, keepingLineBreaks: true)
      let hanging = String(repeating: " ", count: lead.count)
      for (n, part) in wrap(text, width: width - lead.count).enumerated() {
        out += (n == 0 ? lead : hanging) + part + "\n"
      }
    }
    for report in reports {
      let account = ledger.accounts[report.account]
      line(
        report.status.word.padding(toLength: 10, withPad: " ", startingAt: 0),
        "\(account.name) (\(account.id), tier \(account.tier.rawValue))")
      if let parked = account.parkedNote(on: today) { line("          ", parked) }
      for reason in report.reasons { line("          - ", reason.description) }
      for note in report.planNotes { line("          · ", note.description) }
      for note in report.people { line("          · ", note.description) }
    }
    return out
  }

}
