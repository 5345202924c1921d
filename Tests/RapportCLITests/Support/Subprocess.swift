import Foundation

/// Runs a program to its end with posix_spawn and waitpid, its output collected in files.
///
/// Foundation's `Process` is not used: with tests running side by side, and tmux servers that
/// outlive the client that started them, it could miss a child's exit and wait forever.
enum Subprocess {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs `arguments` (the first is looked up on PATH) in `directory` with exactly `environment`,
  /// or the test's own environment when nil. Standard input is empty.
  static func run(_ arguments: [String], environment: [String: String]? = nil, directory: String? = nil) throws
    -> Result
  {
    let base = NSTemporaryDirectory() + "rapport-spawn-\(UUID().uuidString)"
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
    // `env -C DIR` changes folder before running the program, which posix_spawn cannot do portably.
    let argv = ["env"] + (directory.map { ["-C", $0] } ?? []) + arguments
    var cArguments = argv.map { strdup($0) } + [nil]
    let variables = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
    var cEnvironment = variables.map { strdup($0) } + [nil]
    defer {
      for pointer in cArguments + cEnvironment { free(pointer) }
    }
    // The test runner's threads block and ignore signals; the child starts with the defaults, so
    // that tmux can end its panes with SIGHUP.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    var all = sigset_t()
    sigemptyset(&none)
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, "/usr/bin/env", &actions, &attributes, &cArguments, &cEnvironment)
    guard spawned == 0 else { throw CocoaError(.fileNoSuchFile) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
    let exited = status & 0x7f == 0
    return Result(
      status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), stdout: read(outPath), stderr: read(errPath))
  }
}
