import Foundation
import Testing

@testable import RapportCore

/// Seed 003's "make promises that we know we can deliver": too many open, too many missed.
@Suite struct PromiseRulesTests {
  let today = Day(iso: "2026-11-23")!

  /// The drift report of `acme`, touched a week ago, with `lines` in its events file.
  private func report(_ lines: [String], settings: DriftSettings = DriftSettings()) throws -> DriftReport {
    let fixture = try TemporaryStore(
      accounts: "account acme \"Acme\" tier:A\n", contacts: "contact acme/jane \"Jane\"\n",
      events: (["2026-11-16 acme/jane deposit +1"] + lines).joined(separator: "\n") + "\n")
    let store = try fixture.open(writable: false)
    #expect(store.diagnostics.isEmpty, "\(store.diagnostics)")
    let report = store.ledger.drift(account: 0, on: today, thresholds: settings)
    // The whole-ledger pass agrees with the one-account pass.
    #expect(store.ledger.driftReports(on: today, thresholds: settings)[0].reasons == report.reasons)
    return report
  }

  /// `count` promises made on `day`, due in December, with ids p0, p1, ….
  private func promises(_ count: Int, made day: String = "2026-11-01", to target: String = "acme/jane") -> [String] {
    (0..<count).map { "\(day) \(target) promise \"Item \($0)\" due:2026-12-20 id:p\($0)" }
  }

  @Test func moreOpenPromisesThanTheLimitIsAPoint() throws {
    #expect(try report(promises(5)).reasons.isEmpty)
    let six = try report(promises(6))
    #expect(
      six.reasons.map(\.description) == ["6 promises open, more than 5: promise only what you know you can deliver"])
    #expect(six.status == .cooling)
    // Closed and voided promises are not open; account-level ones are.
    #expect(try report(promises(6) + ["2026-11-10 kept p0"]).reasons.isEmpty)
    #expect(try report(promises(6) + ["2026-11-10 void p3"]).reasons.isEmpty)
    #expect(try report(promises(5) + ["2026-11-02 acme promise \"Whole account\" due:2026-12-01"]).reasons.count == 1)
    var settings = DriftSettings()
    settings.promisesOpenMax = 6
    #expect(try report(promises(6), settings: settings).reasons.isEmpty)
  }

  @Test func missingMoreThanTheShareOfEnoughClosedPromisesIsAPoint() throws {
    let four = promises(4, made: "2026-06-01")
    let keptAll = four.indices.map { "2026-07-0\($0 + 1) kept p\($0)" }
    #expect(try report(four + keptAll).reasons.isEmpty)
    // One in four is a quarter, not more.
    #expect(try report(four + keptAll.dropLast() + ["2026-07-09 missed p3"]).reasons.isEmpty)
    let twoMissed = four + keptAll.prefix(2) + ["2026-07-09 missed p2", "2026-07-09 missed p3"]
    let flagged = try report(twoMissed)
    #expect(
      flagged.reasons.map(\.description) == [
        "Missed 2 of the 4 promises kept or missed in 12 months, more than 25%: promise only what you know you can deliver"
      ])
    // Three judged are too few to judge; a dropped one counts for neither side.
    #expect(
      try report(Array(twoMissed.prefix(3)) + ["2026-07-01 kept p0", "2026-07-09 missed p1", "2026-07-09 missed p2"])
        .reasons.isEmpty)
    #expect(
      try report(
        four + ["2026-07-01 kept p0", "2026-07-02 dropped p1", "2026-07-09 missed p2", "2026-07-09 missed p3"]
      ).reasons.isEmpty)
    var settings = DriftSettings()
    settings.promisesMissedShare = 0.5
    #expect(try report(twoMissed, settings: settings).reasons.isEmpty)
    settings.promisesJudgedMin = 5
    settings.promisesMissedShare = 0.25
    #expect(try report(twoMissed, settings: settings).reasons.isEmpty)
  }

  @Test func promisesClosedBeforeTheWindowAreNotJudged() throws {
    let old = promises(4, made: "2025-06-01")
    let missed = old.indices.map { "2025-07-0\($0 + 1) missed p\($0)" }
    #expect(try report(old + missed).reasons.isEmpty)
    var settings = DriftSettings()
    settings.reciprocityWindowDays = 600
    #expect(try report(old + missed, settings: settings).reasons.count == 1)
  }
}
