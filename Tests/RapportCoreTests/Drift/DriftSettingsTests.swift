import Testing

@testable import RapportCore

@Suite struct DriftSettingsTests {
  @Test func everySettingTakesAValueInItsRangeAndRefusesOthersUnchanged() {
    let names = DriftSettings.keys.map(\.name)
    #expect(
      names == [
        "honeymoon-days", "recent-days", "cadence-a", "cadence-b", "cadence-c", "cooling-share", "equity-drop",
        "withdrawal-run", "asked-without-giving", "reciprocity-window-days",
      ])
    for (name, set) in DriftSettings.keys {
      let fraction = name == "cooling-share" || name == "equity-drop"
      let weight = name == "asked-without-giving"
      var settings = DriftSettings()
      #expect(set(&settings, fraction ? 0.75 : 7), "\(name)")
      #expect(settings != DriftSettings(), "\(name) changes a setting")
      let limit: Double = name == "withdrawal-run" ? 100 : weight ? 10000 : 3650
      let refusals: [Double] =
        fraction
        ? [0, 1, -0.5, .nan]
        : weight ? [0, -1.5, limit + 1, .infinity, .nan] : [0, 1.5, limit + 1, 1e300, -.infinity, .nan]
      for refused in refusals {
        var unchanged = DriftSettings()
        #expect(!set(&unchanged, refused), "\(name) = \(refused)")
        #expect(unchanged == DriftSettings(), "\(name) = \(refused)")
      }
      var top = DriftSettings()
      #expect(set(&top, fraction ? 0.999 : limit), "\(name) at its top")
      if weight {
        var half = DriftSettings()
        #expect(set(&half, 1.5) && half.askedWithoutGiving == 1.5, "a weight takes decimals")
      }
    }
  }
}
