import Foundation
import Testing

@Suite struct ForgetCommandTests {
  @Test func forgetAsksForYesThenForgetsAndKeepsTheEquity() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let runner = CommandRunner(home: home.path)
    let before = try runner.run(["accounts", "--store", store, "--json"]).stdout
    let files = try ["contacts.txt", "events.txt"].map { try Data(contentsOf: URL(fileURLWithPath: "\(store)/\($0)")) }

    let asked = try runner.run(["forget", "electrique/lefevre", "--store", store])
    #expect(asked.status == 1)
    #expect(asked.stdout.contains("Would forget Élodie Lefèvre (electrique/lefevre)"))
    #expect(asked.stdout.contains("add --yes to do it"))
    #expect(
      try ["contacts.txt", "events.txt"].map { try Data(contentsOf: URL(fileURLWithPath: "\(store)/\($0)")) } == files)

    let done = try runner.run(["forget", "electrique/lefevre", "--yes", "--store", store])
    #expect(done.status == 0)
    #expect(done.stdout.hasPrefix("Forgot Élodie Lefèvre: the record is gone"))
    let contacts = try String(contentsOfFile: store + "/contacts.txt", encoding: .utf8)
    let events = try String(contentsOfFile: store + "/events.txt", encoding: .utf8)
    #expect(!contacts.contains("lefevre") && !contacts.contains("Élodie"))
    #expect(!events.contains("lefevre") && !events.contains("Élodie"))
    #expect(try runner.run(["check", "--store", store]).status == 0)
    // Every account's equity is as it was; only the number of contacts changed.
    func equities(_ json: String) throws -> [String] {
      let accounts = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] ?? []
      return accounts.map { "\($0["id"]!) \($0["equity"]!) \($0["decayedEquity"]!) \($0["lastTouch"] ?? "")" }
    }
    let after = try runner.run(["accounts", "--store", store, "--json"]).stdout
    #expect(try equities(after) == equities(before))
    #expect(try equities(before).count == 14)

    let again = try runner.run(["forget", "electrique/lefevre", "--yes", "--store", store])
    #expect(again.status == 1)
    #expect(again.stderr.contains("no contact 'electrique/lefevre'"))
    let odd = try runner.run(["forget", "electrique", "--yes", "--store", store])
    #expect(odd.status == 64)
  }
}
