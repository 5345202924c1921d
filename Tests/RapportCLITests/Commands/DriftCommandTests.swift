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
        "electrique", "hanbit", "kestrel", "kowalczyk",
      ])
    #expect(result.stdout.contains("- 87 days since the last deposit or favour; tier A promises one every 14 days"))
    #expect(result.stdout.contains("- 5 touches a month in the 90 days after the win, 0.3 in the last 90"))
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
    try "[drift]\ncadence = 3\n".write(toFile: config, atomically: true, encoding: .utf8)
    #expect(try runner.run(["drift", "--store", demo]).stderr.contains("unknown setting 'drift.cadence'"))
  }
}
