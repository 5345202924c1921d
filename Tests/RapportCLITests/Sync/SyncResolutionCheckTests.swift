import Foundation
import RapportCore
import Testing

/// `--ours`/`--theirs` naming a field that is not in conflict is refused with nothing changed,
/// and `rapport sync` says plainly what it cannot do: sync a demo, share without a remote.
@Suite struct SyncResolutionCheckTests {
  @Test func aKeyThatIsNotInConflictIsRefusedAndTheConflictsAreNamed() throws {
    let team = try Team(size: 2)
    try team.editJane(0) { $0.role = "CEO" }
    _ = try team.sync(0, library: true)
    try team.editJane(1) { $0.role = "COO" }
    let head = try team.git(["rev-parse", "HEAD"], in: team.clones[1])
    let refused = try team.rapport(1, ["sync", "--ours", "jane.flags"])
    #expect(refused.status == 1)
    #expect(
      refused.stderr.contains("no conflict on jane.flags; the conflicts are: jane.role. Nothing was changed"),
      "\(refused.stderr)")
    #expect(try team.git(["rev-parse", "HEAD"], in: team.clones[1]) == head)
    #expect(try team.git(["status", "--porcelain"], in: team.clones[1]) == " M contacts.txt\n")
    let settled = try team.rapport(1, ["sync", "--theirs", "jane.role"])
    #expect(settled.status == 0, "\(settled.stderr)")
    #expect(try team.jane(1).role == "CEO")
  }

  @Test func aKeyWhenNothingConflictsMatchesNothingAndChangesNothing() throws {
    let team = try Team(size: 1)
    _ = try team.deposit(0, note: "not committed")
    let head = try team.git(["rev-parse", "HEAD"], in: team.clones[0])
    let refused = try team.rapport(0, ["sync", "--ours", "nosuch.field"])
    #expect(refused.status == 1)
    #expect(refused.stdout.isEmpty)
    #expect(refused.stderr.contains("--ours nosuch.field matched nothing"), "\(refused.stderr)")
    #expect(refused.stderr.contains("Nothing was changed"))
    #expect(try team.git(["rev-parse", "HEAD"], in: team.clones[0]) == head)
    let badShape = try team.rapport(0, ["sync", "--theirs", "nosuch"])
    #expect(badShape.status == 64)
  }

  @Test func aDemoIsNeverSynced() throws {
    let home = try TemporaryHome()
    let output = try CommandRunner(home: home.path).run(["sync", "--demo"])
    #expect(output.status == 64)
    #expect(output.stderr.contains("a demo store is a temporary copy"), "\(output.stderr)")
    #expect(!output.stderr.contains("git init"))
  }

  @Test func withoutARemoteTheFirstCommitIsNotCalledShared() throws {
    let home = try TemporaryHome()
    let store = home.path + "/store"
    try Store.create(at: store)
    let runner = CommandRunner(home: home.path)
    let git = try Subprocess.run(
      ["git", "-c", "init.defaultBranch=main", "init", "-q"],
      environment: ["PATH": "/usr/bin:/bin", "HOME": home.path], directory: store)
    #expect(git.status == 0)
    for (key, value) in [("user.name", "Sam"), ("user.email", "sam@example.com")] {
      _ = try Subprocess.run(
        ["git", "config", key, value], environment: ["PATH": "/usr/bin:/bin", "HOME": home.path], directory: store)
    }
    let output = try runner.run(["sync", "--store", store])
    #expect(output.status == 1)
    #expect(!output.stderr.contains("shared"), "\(output.stderr)")
    #expect(output.stderr.contains("committed here, in the repository's first commit"), "\(output.stderr)")
    #expect(output.stderr.contains("git remote add origin URL"))
  }
}
