import Foundation

/// `rapport-bench compare`: Rapport beside the tools a user might reach for instead, on the same
/// events, each run as a whole process (start-up, reading the files, output to /dev/null).
extension Benchmarks {
  /// A program run for the comparison.
  struct Command {
    var label: String
    var arguments: [String]
    /// Where standard output goes; /dev/null when nil.
    var output: String? = nil
  }

  /// One process's wall-clock time and peak resident set size.
  struct ProcessRun {
    var milliseconds: Double
    var peakMiB: Double
    var status: Int32
  }

  /// A reference tool, skipped with `install` when it is not on the PATH.
  struct Reference {
    var program: String
    var install: String
  }

  static let references = [
    Reference(program: "wc", install: "apt-get install coreutils"),
    Reference(program: "mawk", install: "apt-get install mawk (awk is used meanwhile when present)"),
    Reference(program: "hledger", install: "apt-get install hledger"),
    Reference(program: "ledger", install: "apt-get install ledger"),
  ]

  /// Sums the weights of live events per account: the field after the type, or after the kind.
  static let awkScript = """
    $1 !~ /^#/ && $2 != "void" && NF >= 4 { w = ($4 ~ /^[-+0-9]/) ? $4 : $5; split($2, t, "/"); s[t[1]] += w }
    END { for (a in s) print a, s[a] }
    """

  static func compare(sizes: [Int], runs: Int, keep: String?) throws {
    let rapport = try siblingProgram("rapport")
    let folder = keep ?? NSTemporaryDirectory() + "rapport-compare-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { if keep == nil { try? FileManager.default.removeItem(atPath: folder) } }
    let awk = which("mawk") ?? which("awk")
    for reference in references where which(reference.program) == nil {
      print("skipped: \(reference.program) is not installed (\(reference.install))")
    }
    print("rapport: \(rapport); \(runs) runs of each, in turn, as whole processes; a ratio is a median over")
    print("rapport's; a peak RSS is at least the few MiB this program had when it started the process")
    for events in sizes {
      let store = "\(folder)/events-\(events)"
      if !FileManager.default.fileExists(atPath: "\(store)/events.txt") {
        var options = GenerateOptions()
        options.events = events
        try generate(store, options)
      }
      let journal = "\(store)/events.journal"
      let csv = "\(store)/events.csv"
      for (format, file) in [("hledger", journal), ("csv", csv)] where !FileManager.default.fileExists(atPath: file) {
        let run = try spawn(
          Command(label: "export", arguments: [rapport, "export", "--format", format, "--store", store], output: file))
        guard run.status == 0 else { throw BenchError.io("rapport export --format \(format) failed (\(run.status))") }
      }
      var commands = [
        Command(label: "rapport check", arguments: [rapport, "check", "--store", store]),
        Command(label: "rapport accounts --json", arguments: [rapport, "accounts", "--json", "--store", store]),
      ]
      if let wc = which("wc") {
        let files = ["accounts.txt", "contacts.txt", "events.txt"].map { "\(store)/\($0)" }
        commands.append(Command(label: "wc -l, the three files", arguments: [wc, "-l"] + files))
      }
      if let awk {
        let name = (awk as NSString).lastPathComponent
        commands.append(
          Command(label: "\(name): weights per account", arguments: [awk, awkScript, "\(store)/events.txt"]))
      }
      // hledger and ledger take minutes and gigabytes beyond 100k events.
      if events <= 100_000 {
        if let hledger = which("hledger") {
          commands.append(Command(label: "hledger balance", arguments: [hledger, "-f", journal, "balance"]))
        }
        if let ledger = which("ledger") {
          commands.append(Command(label: "ledger balance", arguments: [ledger, "-f", journal, "balance"]))
        }
      }
      var times = Array(repeating: Samples(), count: commands.count)
      var peaks = Array(repeating: 0.0, count: commands.count)
      for _ in 0..<runs {
        for (index, command) in commands.enumerated() {
          let run = try spawn(command)
          guard run.status == 0 || index == 0 && run.status == 1 else {
            throw BenchError.io("\(command.label) failed with status \(run.status)")
          }
          times[index].add(run.milliseconds)
          peaks[index] = max(peaks[index], run.peakMiB)
        }
      }
      let size = try FileManager.default.attributesOfItem(atPath: "\(store)/events.txt")[.size] as? Int ?? 0
      print("")
      print("\(grouped(events)) events (events.txt \(String(format: "%.1f", Double(size) / 1_048_576)) MiB)")
      print("| command | min ms | median ms | peak RSS MiB | ÷ rapport check | ÷ rapport accounts --json |")
      print("|---|--:|--:|--:|--:|--:|")
      for (index, command) in commands.enumerated() {
        let ratios = [0, 1].map { String(format: "%.2f", times[index].median / times[$0].median) }
        print(
          "| \(command.label) | \(String(format: "%.1f", times[index].min)) | "
            + "\(String(format: "%.1f", times[index].median)) | \(String(format: "%.0f", peaks[index])) | "
            + "\(ratios[0]) | \(ratios[1]) |")
      }
    }
  }

  /// `name` beside this program (both built by `swift build -c release`).
  static func siblingProgram(_ name: String) throws -> String {
    let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let path = me.deletingLastPathComponent().appendingPathComponent(name).path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw BenchError.io(
        "\(path) is missing: build both with swift build -c release --scratch-path .build-bench")
    }
    return path
  }

  /// The program's path on the PATH, or nil.
  static func which(_ program: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(program)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// Runs `command` to its end, standard output to its file or /dev/null, standard error to
  /// /dev/null.
  static func spawn(_ command: Command) throws -> ProcessRun {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(
      &actions, 1, command.output ?? "/dev/null", command.output == nil ? O_WRONLY : O_WRONLY | O_CREAT | O_TRUNC,
      0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = command.arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let start = ContinuousClock.now
    let code = posix_spawn(&pid, command.arguments[0], &actions, nil, argv, environ)
    guard code == 0 else {
      throw BenchError.io("cannot run \(command.arguments[0]): \(String(cString: strerror(code)))")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
    let elapsed = milliseconds(since: start)
    let exited = status & 0x7f == 0
    return ProcessRun(
      milliseconds: elapsed, peakMiB: Double(usage.ru_maxrss) / 1024, status: exited ? (status >> 8) & 0xff : -1)
  }
}
