import Foundation
import RapportCore
import Testing

/// What `rapport sync` does when it cannot do everything: each case says so and what to do, and
/// the store stays valid with this clone's changes committed.
@Suite struct SyncFailureTests {
  /// Runs a sync that must fail, and returns the failure.
  func failure(_ sync: Sync) throws -> SyncFailure {
    do {
      let report = try sync.run()
      Issue.record("the sync did not fail: \(report)")
      return SyncFailure(.git, "")
    } catch {
      return error
    }
  }

  @Test func aStoreOutsideGitIsLeftAloneAndTheMessageSaysHowToStart() throws {
    let home = try TemporaryHome()
    let store = home.path + "/store"
    try Store.create(at: store)
    let before = try FileManager.default.contentsOfDirectory(atPath: store).sorted()
    let failed = try failure(Sync(storePath: store, author: nil))
    #expect(failed.reason == .notARepository)
    #expect(failed.message.contains("git init") && failed.message.contains("git remote add origin URL"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: store).sorted() == before)
    let output = try CommandRunner(home: home.path).run(["sync", "--store", store])
    #expect(output.status == 1 && output.stdout.isEmpty)
    #expect(output.stderr.hasPrefix("rapport sync: ") && output.stderr.contains("not in a git repository"))
  }

  @Test func withoutARemoteTheChangesAreCommittedHere() throws {
    let team = try Team(size: 1)
    try team.git(["remote", "remove", "origin"], in: team.clones[0])
    let id = try team.deposit(0, note: "kept here")
    let failed = try failure(Sync(storePath: team.clones[0], author: nil))
    #expect(failed.reason == .noRemote)
    #expect(failed.message.contains("committed here (1 deposit)") && failed.message.contains("git remote add origin"))
    #expect(try team.git(["status", "--porcelain"], in: team.clones[0]).isEmpty)
    #expect(try team.git(["show", "HEAD:events.txt"], in: team.clones[0]).contains("id:\(id)"))
  }

  /// No name in any git configuration (an empty HOME, no system file, and git told not to
  /// guess one): the message names the commands to run, and the change waits in the store.
  @Test func gitWithoutAnIdentityIsToldTheCommandsAndNothingIsLost() throws {
    let team = try Team(size: 2)
    let clone = team.clones[1]
    try team.git(["config", "--unset", "user.name"], in: clone)
    try team.git(["config", "--unset", "user.email"], in: clone)
    try team.git(["config", "user.useConfigOnly", "true"], in: clone)
    let empty = team.home.path + "/empty"
    try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: false)
    let head = try team.git(["rev-parse", "HEAD"], in: clone)
    let id = try team.deposit(1, note: "not lost")
    let environment = ["HOME": empty, "GIT_CONFIG_NOSYSTEM": "1", "RAPPORT_USER": Team.name(1)]
    let failed = try team.runner.run(["sync", "--store", clone], extraEnvironment: environment)
    #expect(failed.status == 1 && failed.stdout.isEmpty)
    #expect(failed.stderr.contains("git does not know who you are, so nothing was committed"), "\(failed.stderr)")
    #expect(
      failed.stderr.contains("git config user.name \"Your Name\"")
        && failed.stderr.contains("git config user.email you@example.com"))
    #expect(try team.git(["rev-parse", "HEAD"], in: clone) == head)
    #expect(try String(contentsOfFile: clone + "/events.txt", encoding: .utf8).contains("id:\(id)"))
    #expect(try Store(path: clone, writable: false).diagnostics.isEmpty)
    // Once git knows the name, the same sync commits the change and pushes it.
    try team.git(["config", "user.name", Team.name(1)], in: clone)
    try team.git(["config", "user.email", "member01@example.com"], in: clone)
    let synced = try team.runner.run(["sync", "--store", clone], extraEnvironment: environment)
    #expect(synced.status == 0, "\(synced.stderr)")
    #expect(try team.git(["show", "main:events.txt"], in: team.remote).contains("id:\(id)"))
  }

  @Test func anUnreachableRemoteIsANetworkFailureWithTheStoreCommitted() throws {
    let team = try Team(size: 1)
    try team.git(["remote", "set-url", "origin", team.home.path + "/nowhere.git"], in: team.clones[0])
    _ = try team.deposit(0, note: "offline")
    let failed = try failure(Sync(storePath: team.clones[0], author: nil))
    #expect(failed.reason == .network)
    #expect(failed.message.contains("could not reach the remote 'origin'"))
    #expect(failed.message.contains("committed here (1 deposit) and the store is valid"))
    #expect(try team.git(["status", "--porcelain"], in: team.clones[0]).isEmpty)
  }

  @Test func aStoreWithErrorsIsNotSyncedAndTheErrorsAreNamed() throws {
    let team = try Team(size: 1)
    let events = team.clones[0] + "/events.txt"
    let handle = try #require(FileHandle(forWritingAtPath: events))
    handle.seekToEndOfFile()
    handle.write(Data("2026-11-23 globex deposit check-in +1 id:zzzzzzzzzz\n".utf8))
    try handle.close()
    let failed = try failure(Sync(storePath: team.clones[0], author: nil))
    #expect(failed.reason == .storeInvalid)
    #expect(failed.message.contains("events.txt:2:12:"), "\(failed.message)")
    #expect(!(try team.git(["status", "--porcelain"], in: team.clones[0]).isEmpty))
  }

  /// A pre-push hook in the first clone that, once, pushes the second clone's commit first: the
  /// remote moves while the first clone pushes.
  func pushMeanwhile(_ team: Team) throws {
    let mark = team.home.path + "/pushed-meanwhile"
    let hook = team.clones[0] + "/.git/hooks/pre-push"
    try """
    #!/bin/sh
    [ -e '\(mark)' ] && exit 0
    touch '\(mark)'
    unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE
    git -C '\(team.clones[1])' push -q origin HEAD:main
    """.write(toFile: hook, atomically: true, encoding: .utf8)
    chmod(hook, 0o755)
    _ = try team.deposit(1, note: "pushed meanwhile")
    try team.git(["commit", "-q", "-am", "a deposit"], in: team.clones[1])
  }

  @Test func aPushRejectedBecauseSomeonePushedMeanwhileIsMergedAndPushedAgain() throws {
    let team = try Team(size: 2)
    try pushMeanwhile(team)
    let mine = try team.deposit(0, note: "mine")
    let report = try Sync(storePath: team.clones[0], author: Author("Member00")).run()
    #expect(report.pushed)
    #expect(report.arrivals.map(\.sentence) == ["Member01 logged 1 touch on Acme Corp"])
    let remote = try team.git(["show", "main:events.txt"], in: team.remote)
    #expect(remote.contains("id:\(mine)") && remote.contains("pushed meanwhile"))
  }

  @Test func aPushRejectedTooOftenIsAClearFailure() throws {
    let team = try Team(size: 2)
    try pushMeanwhile(team)
    _ = try team.deposit(0, note: "mine")
    let failed = try failure(Sync(storePath: team.clones[0], author: nil, attempts: 1))
    #expect(failed.reason == .pushRejected)
    #expect(failed.message.contains("kept receiving other pushes") && failed.message.contains("sync again"))
    #expect(try Store(path: team.clones[0], writable: false).errors.isEmpty)
  }

  @Test func aStoreWithErrorsAfterThePullIsNotPushed() throws {
    let team = try Team(size: 2)
    // A teammate's commit, made without Rapport, names an account nobody has.
    let events = team.clones[1] + "/events.txt"
    let text = try String(contentsOfFile: events, encoding: .utf8)
    try (text + "2026-11-23 globex deposit check-in +1 id:zzzzzzzzzz\n").write(
      toFile: events, atomically: true, encoding: .utf8)
    try team.git(["commit", "-q", "-am", "by hand"], in: team.clones[1])
    try team.git(["push", "-q", "origin", "main"], in: team.clones[1])
    let theirs = try team.git(["rev-parse", "main"], in: team.remote)
    _ = try team.deposit(0, note: "mine")
    let failed = try failure(Sync(storePath: team.clones[0], author: nil))
    #expect(failed.reason == .invalidAfterPull)
    #expect(failed.message.contains("not pushed") && failed.message.contains("events.txt:"))
    #expect(failed.message.contains("unknown account"), "\(failed.message)")
    #expect(try team.git(["rev-parse", "main"], in: team.remote) == theirs)
  }

  @Test func eventsAddedInTwoClonesAreCountedOnceAndRemovedInOneCommit() throws {
    let team = try Team(size: 2)
    let line = "2026-11-23 acme/jane deposit check-in +1 \"shared\" id:dup0000001\n"
    func append(_ index: Int, _ text: String) throws {
      let events = team.clones[index] + "/events.txt"
      let old = try String(contentsOfFile: events, encoding: .utf8)
      try (old + text).write(toFile: events, atomically: true, encoding: .utf8)
    }
    // One more line before the shared one in the first clone, after it in the second: the
    // hunks conflict, and git's union keeps both copies.
    try append(0, "2026-11-23 acme deposit check-in +1 id:onlyfirst1\n" + line)
    try append(1, line + "2026-11-23 acme deposit check-in +2 id:onlysecond\n")
    _ = try Sync(storePath: team.clones[0], author: nil).run()
    let report = try Sync(storePath: team.clones[1], author: nil).run()
    #expect(report.duplicatesRemoved == 1 && report.pushed)
    let ids = try team.eventIDs(1)
    #expect(ids.filter { $0 == "dup0000001" }.count == 1 && ids.contains("onlyfirst1") && ids.contains("onlysecond"))
    #expect(try team.git(["log", "-1", "--format=%s"], in: team.clones[1]) == "removed 1 duplicated event\n")
    #expect(try Store(path: team.clones[1], writable: false).diagnostics.isEmpty)
  }

  @Test func theSameEventTwiceIsCountedOnceWithAWarningNotAnError() throws {
    let home = try TemporaryHome()
    let line = "2026-11-23 acme deposit check-in +1 id:dup0000001\n"
    let store = try home.store([
      "accounts.txt": "account acme \"Acme Corp\" tier:A\n", "contacts.txt": "",
      "events.txt": line + "2026-11-23 acme deposit check-in +2 id:other00001\n" + line,
    ])
    let loaded = try Store(path: store, writable: false)
    #expect(loaded.errors.isEmpty)
    #expect(loaded.ledger.eventCount == 2)
    #expect(
      loaded.diagnostics.map(\.description) == [
        "events.txt:3:40: warning: the same event as line 1, counted once: rapport sync removes the copy"
      ])
  }
}
