import ArgumentParser
import Foundation
import RapportCore

/// `rapport drift`: the accounts that need attention, worst first, and why.
struct DriftCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "drift",
    abstract: "Rank accounts by drift after their win, with the reasons, for scripts and cron jobs.",
    discussion: """
      Each account is healthy, cooling, drifting or neglected. The reasons compare the touches \
      (deposits and favours) in the honeymoon after the win with the recent ones, the days since \
      the last touch with the cadence the tier promises, the fall of the decayed equity, and \
      favours asked and withdrawals. The thresholds can be set under [drift] in the config file \
      (see the README).

      Accounts with a touch planned for today or before come first. Accounts snoozed or with a \
      touch planned for later (from the dashboard's review) come last, say so, and do not count \
      for --fail-on until their day.
      """)

  @OptionGroup var options: StoreOptions

  @Flag(help: "Print JSON instead of text.")
  var json = false

  @Option(
    name: .customLong("fail-on"),
    help: "Exit with status 1 when an account is at this status or worse: cooling, drifting or neglected.")
  var failOn: String?

  func validate() throws {
    if let failOn, DriftStatus(word: failOn) == nil || failOn == "healthy" {
      throw ValidationError("--fail-on '\(failOn)': use cooling, drifting or neglected")
    }
  }

  func run() throws {
    let config = try Config.load()
    try options.withStore(writable: false, config: config) { store, today in
      let ledger = store.ledger
      // As in the dashboard: touches planned for today or before first, then the ranking, then
      // the accounts snoozed or planned for later.
      let ranked = ledger.driftReports(on: today, thresholds: config.drift)
      let due = ranked.filter { ledger.accounts[$0.account].isPlanDue(on: today) }
      let parked = ranked.filter {
        ledger.accounts[$0.account].isParked(on: today) && !ledger.accounts[$0.account].isPlanDue(on: today)
      }
      let reports =
        due
        + ranked.filter {
          !ledger.accounts[$0.account].isParked(on: today) && !ledger.accounts[$0.account].isPlanDue(on: today)
        } + parked
      if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let entries = reports.map { DriftEntry($0, ledger.accounts[$0.account], today: today) }
        print(String(decoding: try encoder.encode(entries), as: UTF8.self))
      } else {
        print(text(reports, ledger, today), terminator: "")
      }
      try reportErrors(of: store)
      if let failOn, let threshold = DriftStatus(word: failOn),
        reports.contains(where: { $0.status >= threshold && !ledger.accounts[$0.account].isParked(on: today) })
      {
        throw ExitCode(1)
      }
    }
  }

  private func text(_ reports: [DriftReport], _ ledger: Ledger, _ today: Day) -> String {
    var out = ""
    for report in reports {
      let account = ledger.accounts[report.account]
      out +=
        "\(report.status.word.padding(toLength: 9, withPad: " ", startingAt: 0)) \(account.name) (\(account.id), tier \(account.tier.rawValue))\n"
      if let parked = account.parkedNote(on: today) { out += "          \(parked)\n" }
      for reason in report.reasons { out += "          - \(reason)\n" }
      for note in report.people { out += "          · \(note)\n" }
    }
    return out
  }
}

/// One account in `rapport drift --json`.
struct DriftEntry: Encodable {
  var id: String
  var name: String
  var tier: String
  var status: String
  var score: Double
  var reasons: [String]
  var people: [String]
  var daysSinceTouch: Int?
  var cadenceDays: Int
  var touchesPerMonthInHoneymoon: Double?
  var touchesPerMonthRecently: Double
  var decayedEquity: Double
  var decayedEquityBefore: Double
  var plan: String?
  var planNote: String?
  var snoozedUntil: String?
  var snoozeReason: String?
  /// A touch is planned for today or before.
  var planDue: Bool
  /// Snoozed, or a touch planned for later: left out of --fail-on and the review.
  var parked: Bool

  init(_ report: DriftReport, _ account: Account, today: Day) {
    func round2(_ value: Double) -> Double { (value * 100).rounded() / 100 }
    id = account.id
    name = account.name
    tier = account.tier.rawValue
    status = report.status.word
    score = round2(report.score)
    reasons = report.reasons
    people = report.people
    daysSinceTouch = report.daysSinceTouch
    cadenceDays = report.cadenceDays
    touchesPerMonthInHoneymoon = report.honeymoonRate.map(round2)
    touchesPerMonthRecently = round2(report.recentRate)
    decayedEquity = round2(report.decayed)
    decayedEquityBefore = round2(report.decayedBefore)
    plan = account.plan?.description
    planNote = account.plan == nil ? nil : account.planNote
    snoozedUntil = account.snoozedUntil?.description
    snoozeReason = account.snoozedUntil == nil ? nil : account.snoozeReason
    planDue = account.isPlanDue(on: today)
    parked = account.isParked(on: today)
  }
}
