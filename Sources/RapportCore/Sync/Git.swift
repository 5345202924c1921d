import Foundation

/// The user's own `git` command line, run in one folder: their configuration, credentials and
/// SSH keys are the ones every git command of theirs uses.
struct Git {
  /// What one git command printed and how it ended.
  struct Output {
    var status: Int32
    var bytes: [UInt8]
    var err: String

    var out: String { String(decoding: bytes, as: UTF8.self) }

    var succeeded: Bool { status == 0 }
    /// The output without its last line end.
    var text: String { out.hasSuffix("\n") ? String(out.dropLast()) : out }
    /// Git's own words on a failure, on one line.
    var complaint: String {
      let lines = (err.isEmpty ? out : err).split(whereSeparator: \.isNewline).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      let said = lines.filter { !$0.isEmpty && !$0.hasPrefix("hint:") }
      return said.joined(separator: " ")
    }
  }

  let folder: String

  /// Runs `git ARGS` in the folder, never asking anything on the terminal (a remote that needs a
  /// password the user has not stored fails instead of waiting). Spawned and waited for with
  /// posix_spawn and waitpid: Foundation's `Process` polls for the end every 50 ms, which a sync's
  /// dozen git commands would feel.
  func run(_ arguments: [String]) throws(SyncFailure) -> Output {
    let base = NSTemporaryDirectory() + "rapport-git-\(UUID().uuidString)"
    let (outPath, errPath) = (base + ".out", base + ".err")
    defer {
      unlink(outPath)
      unlink(errPath)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    var environment = ProcessInfo.processInfo.environment
    environment["GIT_TERMINAL_PROMPT"] = "0"
    environment["LC_ALL"] = "C"
    if environment["GIT_SSH_COMMAND"] == nil { environment["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes" }
    let argv = ["git", "-C", folder] + arguments
    let cArguments = argv.map { strdup($0) } + [nil]
    let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in cArguments + cEnvironment { free(pointer) }
    }
    var pid = pid_t()
    let spawned = posix_spawnp(&pid, "git", &actions, nil, cArguments, cEnvironment)
    guard spawned == 0 else {
      throw SyncFailure(
        .gitMissing,
        "git could not be run (\(String(cString: strerror(spawned)))): install git (or put it on the PATH), then sync again"
      )
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    let exited = status & 0x7f == 0
    let code = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    let out = (try? FileIO.read(outPath)).flatMap { $0 } ?? []
    let err = (try? FileIO.read(errPath)).flatMap { $0 } ?? []
    return Output(status: code, bytes: out, err: String(decoding: err, as: UTF8.self))
  }

  /// Runs a command that must succeed; a failure becomes `SyncFailure`, saying what was being done.
  @discardableResult
  func must(_ arguments: [String], doing what: String) throws(SyncFailure) -> Output {
    let output = try run(arguments)
    guard output.succeeded else {
      throw SyncFailure(.git, "git could not \(what): \(output.complaint)")
    }
    return output
  }

  /// A file as it is in a commit; empty when the commit does not have it.
  func file(_ path: String, at revision: String) throws(SyncFailure) -> [UInt8] {
    let output = try run(["show", "\(revision):\(path)"])
    return output.succeeded ? output.bytes : []
  }

  /// The commit a name points to, or nil.
  func commit(_ name: String) throws(SyncFailure) -> String? {
    let output = try run(["rev-parse", "-q", "--verify", "\(name)^{commit}"])
    return output.succeeded ? output.text : nil
  }
}

extension Sync {
  /// git's `user.name` as a repository in `folder` sees it (its own config, then the user's), or
  /// nil when git is missing or has none.
  public static func gitUserName(in folder: String) -> String? {
    guard let output = try? Git(folder: folder).run(["config", "user.name"]), output.succeeded else { return nil }
    let name = output.text.trimmingCharacters(in: .whitespacesAndNewlines)
    return name.isEmpty ? nil : name
  }
}
