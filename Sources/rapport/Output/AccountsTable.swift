import RapportCore
import RapportUI

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
        InertText.visible(s.name) + (s.archived == nil ? "" : " (archived)"), InertText.visible(s.id), s.tier,
        format(s.equity), format(s.decayedEquity),
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
