import Foundation
import RapportCore
import Testing

/// What came in is told by author: an event or promise line by its `by:`, else by the
/// `Rapport-Author:` line of the commit that added it, else by that commit's git author; a
/// record by its `changed: DAY by NAME`.
@Suite(.serialized) struct SyncArrivalTests {
  /// The first clone's store opened for writing by someone other than its git user.
  func store(_ team: Team, by name: String) throws -> Store {
    let store = try Store(path: team.clones[0], writable: true, today: Team.today)
    store.author = Author(name)
    return store
  }

  func append(_ team: Team, _ line: String) throws {
    let events = team.clones[0] + "/events.txt"
    let old = try String(contentsOfFile: events, encoding: .utf8)
    try (old + line + "\n").write(toFile: events, atomically: true, encoding: .utf8)
  }

  @Test func eachArrivalNamesItsLinesAuthorThenTheCommitsThenGits() throws {
    let team = try Team(size: 2)
    let member = Author(Team.name(0))
    // By the line's `by:`: a deposit and a promise by Sam Lee, the promise kept by Kim; synced by
    // Member00, whose name is the commits' Rapport-Author and git author.
    let sam = try store(team, by: "Sam Lee")
    _ = try sam.record(
      EventDraft(
        day: Team.today, account: "acme", contact: "jane", type: .deposit, kind: "check-in", weight: Weight(1),
        note: "by the line"))
    let promise = try sam.promise(
      PromiseDraft(
        day: Team.today, account: "acme", contact: "jane", what: "send the plan", due: Day(iso: "2026-12-10")!))
    _ = try store(team, by: "Kim").keep(promise.id, on: Team.today)
    // By its `changed: … by Rita`.
    let rita = try store(team, by: "Rita")
    let jane = rita.ledger.contacts[rita.ledger.contactIndex("acme/jane")!]
    var edited = jane
    edited.role = "CEO"
    try rita.update(edited, from: jane)
    _ = try Sync(storePath: team.clones[0], author: member).run()
    // Without `by:`: the commit's Rapport-Author, then git's author.
    try append(team, "2026-11-23 acme deposit check-in +1 \"by the trailer\"")
    _ = try Sync(storePath: team.clones[0], author: Author("Tess Trailer")).run()
    try append(team, "2026-11-23 acme withdrawal mistake -1 \"by git\"")
    try team.git(["add", "events.txt"], in: team.clones[0])
    try team.git(["-c", "user.name=Gil Git", "commit", "-q", "-m", "by hand"], in: team.clones[0])
    _ = try Sync(storePath: team.clones[0], author: member).run()

    let report = try Sync(storePath: team.clones[1], author: Author(Team.name(1))).run()
    let arrivals = Dictionary(uniqueKeysWithValues: report.arrivals.map { ($0.author, $0) })
    #expect(Set(arrivals.keys) == ["Sam Lee", "Kim", "Rita", "Tess Trailer", "Gil Git"], "\(report.arrivals)")
    #expect(arrivals["Sam Lee"] == SyncArrival(author: "Sam Lee", account: "Acme Corp", touches: 1, promisesMade: 1))
    // Keeping a promise writes the kept line and an event that records it.
    #expect(arrivals["Kim"]?.promisesClosed == 1 && arrivals["Kim"]?.promisesMade == 0)
    #expect(arrivals["Rita"] == SyncArrival(author: "Rita", account: "Acme Corp", edits: 1))
    #expect(arrivals["Tess Trailer"] == SyncArrival(author: "Tess Trailer", account: "Acme Corp", touches: 1))
    #expect(arrivals["Gil Git"] == SyncArrival(author: "Gil Git", account: "Acme Corp", withdrawals: 1))
  }

  @Test func aRecordWithoutChangedIsTheLastCommitsAuthors() throws {
    let team = try Team(size: 2)
    let contacts = team.clones[0] + "/contacts.txt"
    try "contact acme/jane \"Jane Doe\" role:CEO\n".write(toFile: contacts, atomically: true, encoding: .utf8)
    _ = try Sync(storePath: team.clones[0], author: Author("Tess Trailer")).run()
    let report = try Sync(storePath: team.clones[1], author: Author(Team.name(1))).run()
    #expect(report.arrivals == [SyncArrival(author: "Tess Trailer", account: "Acme Corp", edits: 1)])
  }
}
