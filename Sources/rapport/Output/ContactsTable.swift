import RapportCore
import RapportUI

/// The table `rapport contacts` prints.
enum ContactsTable {
  /// The table, then a line that says over which days favours were weighed. The controls in
  /// names are shown as text (see `InertText`) before the columns are measured.
  static func render(_ entries: [ContactEntry], window: FavourWindow) -> String {
    // The window ends on the day asked about: a departure after it is still to come.
    let today = window.last
    var table = TextTable(
      headers: ["CONTACT", "NAME", "ROLE", "FLAGS", "LAST TOUCH", "GIVEN", "ASKED", "OWED"],
      alignments: [.left, .left, .left, .left, .left, .right, .right, .left])
    for e in entries {
      let owed =
        e.reciprocity.owedToUs > 0
        ? "owes us \(format(e.reciprocity.owedToUs))"
        : e.reciprocity.weOwe > 0 ? "we owe \(format(e.reciprocity.weOwe))" : "-"
      table.append([
        InertText.visible("\(e.account)/\(e.id)"), InertText.visible(e.name),
        InertText.visible(
          e.left.map { e.role.isEmpty ? departure($0, today) : "\(e.role) · \(departure($0, today))" } ?? e.role),
        InertText.visible(e.flags.joined(separator: ", ")), e.lastTouch ?? "never",
        format(e.reciprocity.given), format(e.reciprocity.asked), owed,
      ])
    }
    return table.render()
      + "Favours by weight from \(window.first) to \(window.last) (\(window.wording)).\n"
  }

  /// "left 2026-11-02", or "leaving 2026-12-15" for a day after `today`, as the dashboard says.
  static func departure(_ left: ContactEntry.Left, _ today: Day) -> String {
    Day(iso: left.day).map { $0 > today } == true ? "leaving \(left.day)" : "left \(left.day)"
  }

  private static func format(_ value: Double) -> String {
    FavourBalance.format(Int((value * 100).rounded()))
  }
}
