import Foundation
import Testing

@Suite struct DemoTests {
  @Test func aLaterCopyOfTheDemoTellsTheSameStory() throws {
    let home = try TemporaryHome()
    let runner = CommandRunner(home: home.path)
    let seeds = ["TMPDIR": home.path, "RAPPORT_DEMO_SEEDS": CommandRunner.packageRoot + "/seeds/demo"]
    func days(today: String) throws -> [String: Int] {
      let result = try runner.run(["accounts", "--demo", "--json", "--today", today], extraEnvironment: seeds)
      #expect(result.status == 0, "\(result.stderr)")
      let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
      return Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as! String, $0["daysSinceTouch"] as? Int ?? -1) })
    }
    let seeded = try days(today: "2026-11-23")
    #expect(!seeded.isEmpty)
    #expect(try days(today: "2027-08-02") == seeded)
  }
}
