import Foundation
import RapportCore
import Testing

/// A promise line that a merge leaves twice (the same line, id included, added in two clones) is
/// counted once with a warning, as an event's is, and a sync removes the copy in one commit.
@Suite(.serialized) struct SyncDuplicateTests {
  static let promise = "2026-11-23 acme/jane promise \"send the plan\" due:2026-12-10 by:sam id:prom000001\n"

  @Test func theSamePromiseTwiceIsCountedOnceWithAWarningNotAnError() throws {
    let home = try TemporaryHome()
    let store = try home.store([
      "accounts.txt": "account acme \"Acme Corp\" tier:A\n", "contacts.txt": "contact acme/jane \"Jane Doe\"\n",
      "events.txt": Self.promise + "2026-11-24 acme deposit check-in +1 id:other00001\n" + Self.promise
        + "2026-11-25 kept prom000001 by:sam\n",
    ])
    let loaded = try Store(path: store, writable: false)
    #expect(loaded.errors.isEmpty, "\(loaded.errors)")
    #expect(loaded.ledger.promises.map(\.id) == ["prom000001"])
    #expect(loaded.ledger.promise(id: "prom000001")?.status == .kept)
    #expect(
      loaded.diagnostics.map(\.description) == [
        "events.txt:3:71: warning: the same promise as line 1, counted once: rapport sync removes the copy"
      ])
  }

  @Test func aPromiseWithAnotherPromisesIdIsStillAnError() throws {
    let home = try TemporaryHome()
    let other = Self.promise.replacingOccurrences(of: "send the plan", with: "call back")
    let store = try home.store([
      "accounts.txt": "account acme \"Acme Corp\" tier:A\n", "contacts.txt": "contact acme/jane \"Jane Doe\"\n",
      "events.txt": Self.promise + other,
    ])
    let loaded = try Store(path: store, writable: false)
    #expect(loaded.errors.map(\.reason) == ["duplicate id: line 1 has it too; give one of them another id"])
  }

  @Test func aPromiseAddedInTwoClonesIsCountedOnceAndRemovedInOneCommit() throws {
    let team = try Team(size: 2)
    func append(_ index: Int, _ text: String) throws {
      let events = team.clones[index] + "/events.txt"
      let old = try String(contentsOfFile: events, encoding: .utf8)
      try (old + text).write(toFile: events, atomically: true, encoding: .utf8)
    }
    // One more line before the shared one in the first clone, after it in the second: the hunks
    // conflict, and git's union keeps both copies.
    try append(0, "2026-11-23 acme deposit check-in +1 id:onlyfirst1\n" + Self.promise)
    try append(1, Self.promise + "2026-11-23 acme deposit check-in +2 id:onlysecond\n")
    _ = try Sync(storePath: team.clones[0], author: nil).run()
    let report = try Sync(storePath: team.clones[1], author: nil).run()
    #expect(report.duplicatesRemoved == 1 && report.pushed)
    let ids = try team.eventIDs(1)
    #expect(ids.filter { $0 == "prom000001" }.count == 1 && ids.contains("onlyfirst1") && ids.contains("onlysecond"))
    #expect(try team.git(["log", "-1", "--format=%s"], in: team.clones[1]) == "removed 1 duplicated event\n")
    let loaded = try Store(path: team.clones[1], writable: false)
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    #expect(loaded.ledger.promises.map(\.id) == ["prom000001"])
  }
}
