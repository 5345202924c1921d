import Foundation
import Testing

/// Promises through the real binary in tmux, on a small store made in the test: make one, keep
/// it, find the linked deposit and the closed promise after a restart, and an overdue one in the
/// marks and the review.
@Suite(.serialized) struct PromiseEndToEndTests {
  /// Acme (tier A, touched three days ago) and Beta, whose promise to Tom was due nine days ago.
  private func store(in home: TemporaryHome) throws -> String {
    try home.store([
      "accounts.txt": "account acme \"Acme Corp\" tier:A owner:sam\naccount beta \"Beta Logistics\" tier:C\n",
      "contacts.txt": "contact acme/jane \"Jane Doe\" role:CTO\ncontact beta/tom \"Tom Reyes\" role:Buyer\n",
      "events.txt": """
      2026-11-20 acme/jane deposit insight +3 id:dep0000001
      2026-11-20 beta/tom deposit insight +3 id:dep0000002
      2026-11-01 beta/tom promise "fix the invoice run" due:2026-11-14 id:late000001

      """,
    ])
  }

  private func lines(_ store: String) throws -> [String] {
    try String(contentsOfFile: "\(store)/events.txt", encoding: .utf8).split(separator: "\n").map(String.init)
  }

  @Test func makeAPromiseKeepItAndSeeItAfterARestartAndAnOverdueOneInTheReview() throws {
    let home = try TemporaryHome()
    let store = try store(in: home)
    var tmux = try TmuxSession(["--store", store], home: home.path)
    try tmux.waitFor("Accounts 2/2 · by drift")
    // The overdue promise marks Beta, first by drift.
    try tmux.waitFor("⚑! Beta Logistics")

    // Acme, its contacts pane on Jane, P: what, the contact and the due day as they come, Enter.
    try tmux.send("/")
    try tmux.type("acme")
    try tmux.send("Enter", "2", "P")
    try tmux.waitFor("Promise · Acme Corp")
    try tmux.type("send the benchmark")
    try tmux.send("Enter")
    try tmux.waitFor("Promised 'send the benchmark' to Jane Doe, due 2026-11-30 (in 7 days)")
    // The pane wraps the line at its width.
    try tmux.waitFor("promise: send the benchmark · due 2026-11-30")
    let made = try #require(try lines(store).last)
    #expect(made.hasPrefix(#"2026-11-23 acme/jane promise "send the benchmark" due:2026-11-30 by:sam id:"#))
    let id = String(made.suffix(10))

    // K asks once; Enter keeps it with its deposit.
    try tmux.send("K")
    try tmux.waitFor("Keep 'send the benchmark' for Jane Doe?")
    try tmux.waitFor("Enter: keep (records a promise-kept +2) · Esc: cancel")
    try tmux.send("Enter")
    try tmux.waitFor("Kept 'send the benchmark' for Jane Doe: promise-kept +2, equity 3 -> 5")
    try tmux.send("q")
    try tmux.waitFor("[exit 0]")
    let written = try lines(store).suffix(2)
    #expect(
      written.first?.contains("acme/jane deposit promise-kept +2 \"Kept: send the benchmark\" promise:\(id)") == true)
    #expect(written.last == "2026-11-23 kept \(id) by:sam")

    // After a restart: the linked deposit in the timeline, the closed promise in the detail.
    tmux = try TmuxSession(["--store", store], home: home.path)
    try tmux.waitFor("Accounts 2/2 · by drift")
    try tmux.send("/")
    try tmux.type("acme")
    try tmux.send("Enter")
    try tmux.waitFor("Kept: send the benchmark")
    try tmux.send("Enter")
    try tmux.waitFor("Closed promises, latest first")
    try tmux.waitFor("2026-11-23 kept send the benchmark — Jane Doe")

    // The overdue one: Beta in the review, the reason and its open promise on the card.
    try tmux.send("Escape", "Escape", "r")
    try tmux.waitFor("Review 1 of 1 · Beta Logistics")
    try tmux.waitFor("Promise 'fix the invoice run' to Tom Reyes is 9 days overdue")
    try tmux.waitFor("fix the invoice run — Tom Reyes · 9 days overdue")
    try tmux.send("q", "q")
    try tmux.waitFor("[exit 0]")
    let check = try CommandRunner(home: home.path).run(["check", "--store", store])
    #expect(check.status == 0)
  }
}
