import Testing

@testable import RapportCore

@Suite struct DriftSettingsTests {
  @Test func everySettingTakesAValueInItsRangeAndRefusesOthersUnchanged() {
    let names = DriftSettings.keys.map(\.name)
    #expect(
      names == [
        "honeymoon-days", "recent-days", "cadence-a", "cadence-b", "cadence-c", "cooling-share", "equity-drop",
        "withdrawal-run", "asked-without-giving",
      ])
    for (name, set) in DriftSettings.keys {
      let fraction = name == "cooling-share" || name == "equity-drop"
      var settings = DriftSettings()
      #expect(set(&settings, fraction ? 0.75 : 7), "\(name)")
      #expect(settings != DriftSettings(), "\(name) changes a setting")
      let limit: Double = ["withdrawal-run", "asked-without-giving"].contains(name) ? 100 : 3650
      for refused in fraction ? [0, 1, -0.5, .nan] : [0, 1.5, limit + 1, 1e300, -.infinity, .nan] {
        var unchanged = DriftSettings()
        #expect(!set(&unchanged, refused), "\(name) = \(refused)")
        #expect(unchanged == DriftSettings(), "\(name) = \(refused)")
      }
      var top = DriftSettings()
      #expect(set(&top, fraction ? 0.999 : limit), "\(name) at its top")
    }
  }
}
