import Foundation
import RapportCore
import Testing

/// A bad line pushed by a teammate with plain git: the store that pulled it can still pull the
/// teammate's fix, and a fix made differently on both sides is named as such, not doubled.
@Suite struct SyncCarriedErrorsTests {
  static let bad = "2026-11-23 acme deposit check-in +1 \"Hi\" by:\"Eve\u{1B}[2J\" id:hostile001\n"
  static let fixed = "2026-11-23 acme deposit check-in +1 \"Hi\" by:Eve id:hostile001\n"

  /// Clone 1 pushes a bad line with plain git; clone 0 pulls it (not pushed: the check fails),
  /// then clone 1 fixes the line and pushes the fix.
  func pullTheBadLineThenPushItsFix(_ team: Team) throws {
    let events = team.clones[1] + "/events.txt"
    try append(Self.bad, to: events)
    try team.git(["commit", "-q", "-am", "hostile"], in: team.clones[1])
    try team.git(["push", "-q", "origin", "HEAD"], in: team.clones[1])
    _ = try team.deposit(0, note: "mine")
    #expect(throws: SyncFailure.self) { try team.sync(0, library: true) }
    #expect(try team.git(["status", "--porcelain"], in: team.clones[0]).isEmpty)
    let text = try String(contentsOfFile: events, encoding: .utf8)
    try text.replacingOccurrences(of: Self.bad, with: Self.fixed).write(
      toFile: events, atomically: true, encoding: .utf8)
    #expect(try team.sync(1, library: true).pushed)
  }

  func append(_ line: String, to path: String) throws {
    let handle = try #require(FileHandle(forWritingAtPath: path))
    handle.seekToEndOfFile()
    handle.write(Data(line.utf8))
    try handle.close()
  }

  @Test func errorsThatCameFromTheRemotePullTheFixAndPushOnlyWhenClean() throws {
    let team = try Team(size: 2)
    try pullTheBadLineThenPushItsFix(team)
    let synced = try team.rapport(0, ["sync"])
    #expect(synced.status == 0, "\(synced.stderr)\(synced.stdout)")
    #expect(
      synced.stdout.contains(
        "The store had 1 error from an earlier pull and nothing of yours to commit: pulled to take the fix, and the"
          + " store is clean now."), "\(synced.stdout)")
    #expect(synced.stdout.contains("Pushed"))
    let store = try Store(path: team.clones[0], writable: false)
    #expect(store.errors.isEmpty)
    #expect(try team.eventIDs(0).filter { $0 == "hostile001" }.count == 1)
    #expect(
      try team.git(["rev-parse", "HEAD"], in: team.clones[0])
        == team.git(["rev-parse", "origin/main"], in: team.clones[0]))
  }

  @Test func theJSONCountsTheErrorsThePullWentPast() throws {
    let team = try Team(size: 2)
    try pullTheBadLineThenPushItsFix(team)
    let synced = try team.rapport(0, ["sync", "--json"])
    #expect(synced.status == 0, "\(synced.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(synced.stdout.utf8)) as? [String: Any] ?? [:]
    #expect(json["carriedErrors"] as? Int == 1 && json["pushed"] as? Bool == true, "\(synced.stdout)")
  }

  @Test func errorsWithNothingNewOnTheRemoteAreNotPushed() throws {
    let team = try Team(size: 2)
    try append(Self.bad, to: team.clones[1] + "/events.txt")
    try team.git(["commit", "-q", "-am", "hostile"], in: team.clones[1])
    try team.git(["push", "-q", "origin", "HEAD"], in: team.clones[1])
    _ = try team.deposit(0, note: "mine")
    #expect(throws: SyncFailure.self) { try team.sync(0, library: true) }
    let remoteHead = try team.git(["rev-parse", "main"], in: team.remote)
    do {
      _ = try team.sync(0, library: true)
      Issue.record("a store with errors was synced")
    } catch let failure as SyncFailure {
      #expect(failure.reason == .invalidAfterPull)
      #expect(failure.message.contains("so it was not pushed"))
    }
    #expect(try team.git(["rev-parse", "main"], in: team.remote) == remoteHead)
  }

  @Test func aLineFixedDifferentlyOnBothSidesIsNamedAsOneEventNotPushedTwice() throws {
    let team = try Team(size: 2)
    try pullTheBadLineThenPushItsFix(team)
    let events = team.clones[0] + "/events.txt"
    let text = try String(contentsOfFile: events, encoding: .utf8)
    try text.replacingOccurrences(of: Self.bad, with: Self.fixed.replacingOccurrences(of: "Eve", with: "Mallory"))
      .write(toFile: events, atomically: true, encoding: .utf8)
    do {
      _ = try team.sync(0, library: true)
      Issue.record("two versions of one event were synced")
    } catch let failure as SyncFailure {
      #expect(failure.reason == .invalidAfterPull)
      #expect(failure.message.contains("is the same event written another way"), "\(failure.message)")
      #expect(failure.message.contains("delete one of the two lines"))
      #expect(!failure.message.contains("give one of them another id"))
    }
    let remote = try team.git(["show", "main:events.txt"], in: team.remote)
    #expect(remote.components(separatedBy: "id:hostile001").count == 2)
  }
}
