import Foundation
import Testing

@Suite struct DriftCommandTests {
  private let demo = CommandRunner.packageRoot + "/seeds/demo"

  @Test func theDemosDriftingAccountsComeFirstWithTheirReasons() throws {
    let home = try TemporaryHome()
    let result = try CommandRunner(home: home.path).run(["drift", "--store", demo])
    #expect(result.status == 0, "\(result.stderr)")
    let headings = result.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
    #expect(
      headings.prefix(4).map { String($0.split(separator: "(")[1].split(separator: ",")[0]) }.sorted() == [
        "electrique", "hanbit", "harbourline", "kestrel",
      ])
    #expect(result.stdout.contains("- 87 days since the last deposit or favour; tier A promises one every 14 days"))
    // One silence counts once: 한빛바이오, silent since its honeymoon ended, has the cadence's
    // reason alone, and decayed equity counts only where withdrawals took it down.
    let hanbit = result.stdout.split(separator: "\n").drop { !$0.contains("(hanbit, tier B)") }.prefix(3)
    #expect(
      hanbit.map { $0.trimmingCharacters(in: .whitespaces) } == [
        "drifting  한빛바이오 주식회사 (hanbit, tier B)",
        "- 104 days since the last deposit or favour; tier B promises one every 30 days",
        "· 박성민's career goal was never acted on: QA manager of the second plant",
      ])
    #expect(
      result.stdout.contains(
        "- Decayed equity fell from -4.9 to -11.9 in the last 90 days; decay alone would leave -3.5"))
    #expect(!result.stdout.contains("touches a month"))
    #expect(headings.last?.hasPrefix("healthy") == true)
  }

  @Test func jsonForScriptsAndFailOnForCron() throws {
    let home = try TemporaryHome()
    let runner = CommandRunner(home: home.path)
    let json = try runner.run(["drift", "--json", "--store", demo])
    #expect(json.status == 0)
    let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(entries.count == 14)
    #expect(entries[0]["status"] as? String == "neglected")
    #expect((entries[0]["reasons"] as? [String])?.isEmpty == false)
    #expect(entries.last?["status"] as? String == "healthy")

    #expect(try runner.run(["drift", "--fail-on", "drifting", "--store", demo]).status == 1)
    let bad = try runner.run(["drift", "--fail-on", "healthy", "--store", demo])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("--fail-on 'healthy': use cooling, drifting or neglected"))
  }

  @Test func thresholdsComeFromTheConfigAndBadOnesAreNamed() throws {
    let home = try TemporaryHome()
    let runner = CommandRunner(home: home.path)
    #expect(try runner.run(["drift", "--fail-on", "neglected", "--store", demo]).status == 1)
    try FileManager.default.createDirectory(atPath: home.path + "/config/rapport", withIntermediateDirectories: true)
    let config = home.path + "/config/rapport/config.toml"
    try "[drift]\ncadence-a = 200\ncadence-b = 200\ncadence-c = 200\nhoneymoon-days = 1000\n".write(
      toFile: config, atomically: true, encoding: .utf8)
    let lenient = try runner.run(["drift", "--fail-on", "neglected", "--store", demo])
    #expect(lenient.status == 0, "\(lenient.stdout)")
    try "[drift]\ncooling-share = 3\n".write(toFile: config, atomically: true, encoding: .utf8)
    let bad = try runner.run(["drift", "--store", demo])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("drift.cooling-share must be a fraction between 0 and 1"))
    try "[drift]\nequity-drop-min = 0\n".write(toFile: config, atomically: true, encoding: .utf8)
    #expect(
      try runner.run(["drift", "--store", demo]).stderr.contains(
        "drift.equity-drop-min must be a number above 0, such as 1.5"))
    try "[drift]\nhoneymoon-ends-days = 2.5\n".write(toFile: config, atomically: true, encoding: .utf8)
    #expect(
      try runner.run(["drift", "--store", demo]).stderr.contains(
        "drift.honeymoon-ends-days must be a whole number of days, such as 30"))
    try "[drift]\ncadence = 3\n".write(toFile: config, atomically: true, encoding: .utf8)
    #expect(try runner.run(["drift", "--store", demo]).stderr.contains("unknown setting 'drift.cadence'"))
  }
}
