import Foundation
import Testing

/// The drift review through the real binary in tmux: a plan and a snooze survive a restart.
@Suite(.serialized) struct ReviewEndToEndTests {
  @Test func planOneSnoozeOneRestartAndBothAreRemembered() throws {
    var (home, store, tmux) = try TmuxSession.onDemo()
    try tmux.send("r")
    try tmux.waitFor("Review 1 of 7 · Compagnie Électrique du Rhône")
    try tmux.send("n")
    try tmux.waitFor("Review 2 of 7 · Kestrel Aerospace Components")
    try tmux.send("p")
    try tmux.waitFor("Plan the next touch · Kestrel")
    try tmux.send("C-u")
    try tmux.type("2026-12-04")
    try tmux.send("Tab")
    try tmux.type("Site visit with Linh")
    try tmux.send("Enter")
    try tmux.waitFor("Review 3 of 7 · Harbourline Health Trust")
    try tmux.send("z", "Tab")
    try tmux.type("Digital Board cycle, back in January")
    try tmux.send("Enter")
    try tmux.waitFor("Review 4 of 7 · Brightwater Insurance DAC")
    try tmux.send("q")
    try tmux.waitFor("Review ended: 4 of 7 looked at; 1 planned, 1 snoozed, 1 skipped")
    try tmux.send("q")
    try tmux.waitFor("[exit 0]")

    tmux = try TmuxSession(["--store", store], home: home.path)
    let screen = try tmux.waitForDemoScreen()
    let rows = screen.split(separator: "\n").map(String.init)
    #expect(rows.contains { $0.hasPrefix("│P  Kestrel Aerospace") })
    // Harbourline is snoozed, but its overdue promise is the mark it shows.
    #expect(rows.contains { $0.hasPrefix("│⚑! Harbourline Health") }, "\(screen)")
    try tmux.send("r")
    try tmux.waitFor("Review 1 of 5 · Compagnie Électrique du Rhône")
    try tmux.send("q", "q")
    try tmux.waitFor("[exit 0]")

    let drift = try CommandRunner(home: home.path).run(["drift", "--store", store])
    #expect(drift.stdout.contains("Next touch planned for 2026-12-04: Site visit with Linh"))
    #expect(drift.stdout.contains("Snoozed until 2026-12-23: Digital Board cycle, back in January"))
  }
}
