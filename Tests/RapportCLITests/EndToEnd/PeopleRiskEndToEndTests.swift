import Foundation
import Testing

/// A people risk through the real binary in tmux: the review reaches the demo account whose
/// decision maker left, near the top, and says so on screen.
@Suite(.serialized) struct PeopleRiskEndToEndTests {
  /// The review card's text, its rows joined into one line: the card is the left column, and a
  /// reason wraps over several of its rows.
  private func card(_ screen: String) -> String {
    let rows = screen.split(separator: "\n").compactMap { row -> String? in
      let cells = row.split(separator: "│", omittingEmptySubsequences: false)
      return cells.count > 2 ? cells[1].trimmingCharacters(in: .whitespaces) : nil
    }
    return rows.joined(separator: " ")
  }

  @Test func theReviewReachesTheAccountWhoseDecisionMakerLeftAndSaysWhy() throws {
    let (_, _, tmux) = try TmuxSession.onDemo()
    try tmux.send("r")
    try tmux.waitFor("Review 1 of 7 · Compagnie Électrique du Rhône")
    try tmux.send("n")
    try tmux.waitFor("Review 2 of 7 · Kestrel Aerospace Components")
    let reason =
      "- Tom Reyes (decision maker) left on 2026-09-30, 54 days ago, and no other decision maker, champion or"
      + " sponsor has been touched since: find who holds the account now"
    let screen = try tmux.waitFor("the reason about Tom Reyes") { self.card($0).contains(reason) }
    #expect(card(screen).contains("- 150 days since the last deposit or favour; tier B promises one every 30 days"))
    // The contacts pane follows the account under review, Linh Nguyen, who is still there, included.
    #expect(screen.contains("Contacts · Kestrel Aerospace Components"))
    try tmux.send("q", "q")
    try tmux.waitFor("[exit 0]")
  }
}
