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
        "brightwater", "electrique", "harbourline", "kestrel",
      ])
    #expect(result.stdout.contains("- 87 days since the last deposit or favour; tier A promises one every 14 days"))
    // One silence counts once: Kestrel, silent since June, has the cadence's reason and the
    // decision maker who left since, and decayed equity counts only where withdrawals took it down.
    // (Whether the demo's Kestrel has a key account plan is another test's matter.)
    let kestrel = result.stdout.split(separator: "\n").drop { !$0.contains("(kestrel, tier B)") }
      .filter { !$0.contains("No key account plan") }.prefix(4)
    #expect(
      kestrel.map { $0.trimmingCharacters(in: .whitespaces) } == [
        "neglected Kestrel Aerospace Components (kestrel, tier B)",
        "- 150 days since the last deposit or favour; tier B promises one every 30 days",
        "- Tom Reyes (decision maker) left on 2026-09-30, 54 days ago, and no other decision maker, champion or sponsor has been touched since: find who holds the account now",
        "· Linh Nguyen's career goal was never acted on: Director of Quality",
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

  @Test func theDemosJSONListsAKeyPersonWhoLeftASingleThreadAndAFavourOwed() throws {
    let home = try TemporaryHome()
    let json = try CommandRunner(home: home.path).run(["drift", "--json", "--store", demo])
    #expect(json.status == 0, "\(json.stderr)")
    let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    func entry(_ id: String) throws -> [String: Any] { try #require(entries.first { $0["id"] as? String == id }) }
    // Kestrel's decision maker left on 2026-09-30, and no one there has been touched since.
    let kestrel = try entry("kestrel")
    #expect(
      (kestrel["reasons"] as? [String])?.contains(
        "Tom Reyes (decision maker) left on 2026-09-30, 54 days ago, and no other decision maker, champion or sponsor has been touched since: find who holds the account now"
      ) == true)
    #expect(entries.prefix(2).contains { $0["id"] as? String == "kestrel" }, "a key person who left is near the top")
    // Every recent touch at Hengxin went to the general manager.
    let hengxin = try entry("shanghai-hx")
    #expect(hengxin["status"] as? String == "healthy")
    #expect(
      hengxin["people"] as? [String] == ["All 3 touches in the last 90 days went to 陈志强: single-threaded"])
    // Pinecrest was asked for favours all year and given none.
    let pinecrest = try entry("pinecrest")
    #expect(
      pinecrest["reasons"] as? [String] == ["Asked 4.0 and gave 0 in 12 months: give before asking again"])
    // 한빛바이오 had a busy honeymoon and has been kept on its cadence since: healthy.
    let hanbit = try entry("hanbit")
    #expect(hanbit["status"] as? String == "healthy")
    #expect((hanbit["touchesPerMonthInHoneymoon"] as? Double ?? 0) >= 4)
    #expect(hanbit["reasons"] as? [String] == [])
  }

  @Test func thresholdsComeFromTheConfigAndBadOnesAreNamed() throws {
    let home = try TemporaryHome()
    let runner = CommandRunner(home: home.path)
    #expect(try runner.run(["drift", "--fail-on", "neglected", "--store", demo]).status == 1)
    try FileManager.default.createDirectory(atPath: home.path + "/config/rapport", withIntermediateDirectories: true)
    let config = home.path + "/config/rapport/config.toml"
    // Harbourline's overdue promise (two points) stays; its favours owed and its plan's late
    // review are let off.
    try
      "[drift]\ncadence-a = 200\ncadence-b = 200\ncadence-c = 200\nhoneymoon-days = 1000\nasked-without-giving = 100\nplan-review-grace-days = 1000\n"
      .write(
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
