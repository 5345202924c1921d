/// The remote a store's branch syncs with: its upstream when it has one, else `origin` (or the
/// only remote), on the branch of the same name.
struct Remote {
  var name: String
  var branch: String
  /// Whether the local branch tracks it already (a first push sets it up).
  var tracked: Bool

  /// Where `git fetch` puts the remote branch.
  var trackingRef: String { "refs/remotes/\(name)/\(branch)" }

  init(_ git: Git, committed: String?) throws(SyncFailure) {
    let head = try git.run(["symbolic-ref", "--short", "-q", "HEAD"])
    guard head.succeeded else {
      throw SyncFailure(
        .git,
        "the store's repository is not on a branch (a detached HEAD), so there is nowhere to merge into:"
          + " git switch BRANCH, then sync again. \(Sync.keptHere(committed))")
    }
    let local = head.text
    let configured = try git.run(["config", "--get", "branch.\(local).remote"])
    let merge = try git.run(["config", "--get", "branch.\(local).merge"])
    let remotes = try git.must(["remote"], doing: "list the remotes").text.split(separator: "\n").map(String.init)
    if configured.succeeded, remotes.contains(configured.text) {
      name = configured.text
      tracked = merge.succeeded
    } else if let chosen = remotes.contains("origin") ? "origin" : remotes.count == 1 ? remotes[0] : nil {
      name = chosen
      tracked = false
    } else {
      throw SyncFailure(
        .noRemote,
        (remotes.isEmpty
          ? "the store's repository has no remote to sync with."
          : "the store's repository has several remotes and none is 'origin' or tracked by '\(local)'.")
          + " \(Sync.keptHere(committed)) To share it: git remote add origin URL (or git branch -u REMOTE/BRANCH),"
          + " then rapport sync.")
    }
    let prefix = "refs/heads/"
    branch =
      merge.succeeded && tracked && merge.text.hasPrefix(prefix) ? String(merge.text.dropFirst(prefix.count)) : local
  }
}
