import Foundation
import Testing

@testable import RapportCore

/// A date mistyped centuries ahead (9999 for 2026) must not break the figures built on it.
@Suite struct FarFutureEventTests {
  @Test func anEventDatedInYear9999KeepsEveryFigureFiniteAndTheDriftAnalysisRunning() throws {
    let fixture = try TemporaryStore(
      accounts: "account acme \"Acme\" tier:A won:2026-01-01\n",
      events: "2026-10-01 acme deposit +3\n9999-12-31 acme deposit +100\n9999-12-31 acme withdrawal -100\n")
    let store = try fixture.open(writable: false)
    #expect(store.diagnostics.isEmpty)
    let ledger = store.ledger
    let today = Day(iso: "2026-11-23")!
    #expect(ledger.decayedBalance(account: 0, on: today).isFinite)
    // Before the cap, this crashed converting an infinite (or vast) balance to a whole number.
    let report = ledger.drift(account: 0, on: today)
    #expect(report.decayed.isFinite && report.decayedBefore.isFinite)
    #expect(ledger.driftReports(on: today).count == 1)
    let settings = EquitySettings()
    #expect(settings.decayFactor(age: -3_000_000) == settings.decayFactor(age: -3600))
    #expect(settings.decayFactor(age: -180) == 2)
  }
}
