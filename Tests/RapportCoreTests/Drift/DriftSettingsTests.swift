import Foundation
import Testing

@testable import RapportCore

@Suite struct DriftSettingsTests {
  @Test func everySettingTakesAValueInItsRangeAndRefusesOthersUnchanged() {
    let names = DriftSettings.keys.map(\.name)
    #expect(
      names == [
        "honeymoon-days", "honeymoon-ends-days", "honeymoon-min-rate", "recent-days", "cadence-a", "cadence-b",
        "cadence-c", "cooling-share", "equity-drop", "equity-drop-min", "withdrawal-run", "asked-without-giving",
        "reciprocity-window-days", "single-threaded-touches", "key-person-left-days", "promises-open-max",
        "promises-missed-share", "promises-judged-min", "plan-review-grace-days",
      ])
    for (name, range, set) in DriftSettings.keys {
      var settings = DriftSettings()
      #expect(set(&settings, range == .fraction ? 0.75 : 7), "\(name)")
      #expect(settings != DriftSettings(), "\(name) changes a setting")
      let limit: Double =
        switch name {
        case "withdrawal-run", "single-threaded-touches": 100
        case "promises-open-max", "promises-judged-min": 1000
        case "asked-without-giving": 10000
        case "honeymoon-ends-days": 36500
        case "honeymoon-min-rate": 1000
        case "equity-drop-min": 1_000_000
        default: 3650
        }
      let refused: [Double] =
        switch range {
        case .fraction: [0, 1, -0.5, .nan]
        case .positive, .weight: [0, -1, limit + 1, .infinity, .nan]
        case .days, .count: [0, 1.5, limit + 1, 1e300, -.infinity, .nan]
        }
      for value in refused {
        var unchanged = DriftSettings()
        #expect(!set(&unchanged, value), "\(name) = \(value)")
        #expect(unchanged == DriftSettings(), "\(name) = \(value)")
      }
      var top = DriftSettings()
      #expect(set(&top, range == .fraction ? 0.999 : limit), "\(name) at its top")
      if range == .positive || range == .weight {
        var small = DriftSettings()
        #expect(set(&small, 0.25), "\(name) takes a fraction of a point, touch or weight")
      }
    }
  }

  @Test func theHoneymoonIsComparedFromItsEndUntilItsComparisonEnds() {
    let settings = DriftSettings()
    let won = Day(iso: "2026-01-01")!
    #expect(settings.honeymoonComparison(won: nil, on: won.adding(days: 200)) == nil)
    #expect(settings.honeymoonComparison(won: won, on: won.adding(days: 89)) == nil, "the honeymoon lasts")
    let first = settings.honeymoonComparison(won: won, on: won.adding(days: 90))
    #expect(first?.honeymoon == won...won.adding(days: 89))
    #expect(first?.compared == won.adding(days: 90)...won.adding(days: 90), "one day since the honeymoon")
    let later = settings.honeymoonComparison(won: won, on: won.adding(days: 300))
    #expect(later?.compared == won.adding(days: 211)...won.adding(days: 300), "the last 90 days")
    #expect(settings.honeymoonComparison(won: won, on: won.adding(days: 364)) != nil)
    #expect(settings.honeymoonComparison(won: won, on: won.adding(days: 365)) == nil, "a year after the win")
    var never = settings
    never.honeymoonEndsDays = 90
    #expect(never.honeymoonComparison(won: won, on: won.adding(days: 90)) == nil)
  }

  /// The README's `[drift]` example lists every setting, in order, with its default, and its
  /// drift section names each one where it explains the rule.
  @Test func theReadmeListsEverySettingWithItsDefault() throws {
    let readme = try String(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md"),
      encoding: .utf8)
    let lines = readme.components(separatedBy: "\n")
    let start = try #require(lines.firstIndex { $0.hasPrefix("[drift]") })
    var listed: [(String, Double)] = []
    for line in lines[(start + 1)...] {
      guard !line.hasPrefix("```"), !line.hasPrefix("[") else { break }
      let parts = line.split(separator: "#")[0].split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 2 else { continue }
      listed.append((parts[0], try #require(Double(parts[1]), "\(line)")))
    }
    #expect(listed.map(\.0) == DriftSettings.keys.map(\.name))
    for (name, value) in listed {
      var settings = DriftSettings()
      let set = try #require(DriftSettings.keys.first { $0.name == name }?.set)
      #expect(set(&settings, value) && settings == DriftSettings(), "\(name) = \(value) is its default")
    }
    let section = try #require(readme.range(of: "### Honeymoon drift").map { readme[$0.lowerBound...] })

    let drift = String(section[..<(section.range(of: "\n### ")?.lowerBound ?? section.endIndex)])
    for (name, _) in listed where !["cadence-b", "cadence-c"].contains(name) {
      #expect(drift.contains("`\(name)`"), "the drift section explains \(name)")
    }
  }
}
