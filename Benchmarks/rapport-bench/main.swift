import Foundation

/// rapport-bench: generates a large synthetic store and times loading and querying it, to
/// reproduce the figures in Benchmarks/README.md. Build it in release mode:
///
///     swift build -c release --scratch-path .build-bench --product rapport-bench
///     .build-bench/release/rapport-bench all

let usage = """
  usage: rapport-bench generate DIR [--accounts N] [--contacts-per-account N] [--events N] [--seed N]
         rapport-bench load DIR [--runs N]
         rapport-bench query DIR
         rapport-bench dashboard DIR
         rapport-bench scan DIR [--runs N]
         rapport-bench huge DIR
         rapport-bench all [--keep DIR]
         rapport-bench compare [--runs N] [--events N,N,...] [--keep DIR]
         rapport-bench team [--clones N] [--events N] [--rounds N] [--keep DIR]
  """

/// Why the benchmark stopped.
enum BenchError: Error, CustomStringConvertible {
  /// The command line is wrong.
  case usage(String)
  case io(String)
  /// The store has errors, which the benchmark treats as a failure.
  case invalidStore(String)

  var description: String {
    switch self {
    case .usage(let reason), .io(let reason), .invalidStore(let reason): return reason
    }
  }
}

/// A command's words after the command name: positional words and `--name value` options.
struct Arguments {
  private(set) var positional: [String] = []
  private var options: [String: String] = [:]

  init(_ words: ArraySlice<String>, options allowed: Set<String>) throws {
    var rest = words
    while let word = rest.popFirst() {
      guard word.hasPrefix("--") else {
        positional.append(word)
        continue
      }
      let name = String(word.dropFirst(2))
      guard allowed.contains(name) else { throw BenchError.usage("unknown option \(word)") }
      guard let value = rest.popFirst() else { throw BenchError.usage("\(word) needs a value") }
      options[name] = value
    }
  }

  /// The single folder argument.
  func folder() throws -> String {
    guard positional.count == 1 else { throw BenchError.usage("expected one folder, got \(positional.count)") }
    return positional[0]
  }

  func integer(_ name: String, default value: Int, minimum: Int) throws -> Int {
    guard let text = options[name] else { return value }
    guard let number = Int(text.replacingOccurrences(of: "_", with: "")), number >= minimum else {
      throw BenchError.usage("--\(name) takes a whole number of at least \(minimum), not '\(text)'")
    }
    return number
  }

  func seed(default value: UInt64) throws -> UInt64 {
    guard let text = options["seed"] else { return value }
    guard let number = UInt64(text) else { throw BenchError.usage("--seed takes a whole number, not '\(text)'") }
    return number
  }

  func string(_ name: String) -> String? { options[name] }
}

func run(_ words: [String]) throws {
  guard let command = words.first else { throw BenchError.usage("expected a command") }
  let rest = words.dropFirst()
  switch command {
  case "generate":
    let arguments = try Arguments(rest, options: ["accounts", "contacts-per-account", "events", "seed"])
    var options = GenerateOptions()
    options.accounts = try arguments.integer("accounts", default: options.accounts, minimum: 1)
    options.contactsPerAccount = try arguments.integer(
      "contacts-per-account", default: options.contactsPerAccount, minimum: 0)
    options.events = try arguments.integer("events", default: options.events, minimum: 0)
    options.seed = try arguments.seed(default: options.seed)
    try Benchmarks.generate(arguments.folder(), options)
  case "load":
    let arguments = try Arguments(rest, options: ["runs"])
    try Benchmarks.load(arguments.folder(), runs: arguments.integer("runs", default: 10, minimum: 1))
  case "query":
    try Benchmarks.query(Arguments(rest, options: []).folder())
  case "dashboard":
    try Benchmarks.dashboard(Arguments(rest, options: []).folder())
  case "scan":
    let arguments = try Arguments(rest, options: ["runs"])
    try Benchmarks.scan(arguments.folder(), runs: arguments.integer("runs", default: 10, minimum: 1))
  case "huge":
    try Benchmarks.hugeFields(Arguments(rest, options: []).folder())
  case "all":
    let arguments = try Arguments(rest, options: ["keep"])
    guard arguments.positional.isEmpty else { throw BenchError.usage("'all' takes no folder; use --keep DIR") }
    try Benchmarks.all(keep: arguments.string("keep"))
  case "compare":
    let arguments = try Arguments(rest, options: ["runs", "events", "keep"])
    guard arguments.positional.isEmpty else { throw BenchError.usage("'compare' takes no folder; use --keep DIR") }
    let sizes = try (arguments.string("events") ?? "10000,100000,1000000").split(separator: ",").map { text in
      guard let number = Int(text.replacingOccurrences(of: "_", with: "")), number >= 0 else {
        throw BenchError.usage("--events takes whole numbers separated by commas, not '\(text)'")
      }
      return number
    }
    try Benchmarks.compare(
      sizes: sizes, runs: arguments.integer("runs", default: 5, minimum: 1), keep: arguments.string("keep"))
  case "team":
    let arguments = try Arguments(rest, options: ["clones", "events", "rounds", "keep"])
    guard arguments.positional.isEmpty else { throw BenchError.usage("'team' takes no folder; use --keep DIR") }
    let clones = try arguments.integer("clones", default: 50, minimum: 2)
    let rounds = try arguments.integer("rounds", default: 4, minimum: 1)
    let events = try arguments.integer("events", default: 100_000, minimum: clones * rounds)
    try Benchmarks.team(clones: clones, events: events, rounds: rounds, keep: arguments.string("keep"))
  case "help", "-h", "--help":
    print(usage)
  default:
    throw BenchError.usage("unknown command '\(command)'")
  }
}

do {
  try run(Array(CommandLine.arguments.dropFirst()))
} catch let error as BenchError {
  if case .usage = error {
    FileHandle.standardError.write(Data("rapport-bench: \(error)\n\(usage)\n".utf8))
    exit(2)
  }
  FileHandle.standardError.write(Data("rapport-bench: \(error)\n".utf8))
  exit(1)
} catch {
  FileHandle.standardError.write(Data("rapport-bench: \(error)\n".utf8))
  exit(1)
}
