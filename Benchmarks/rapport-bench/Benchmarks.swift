import Foundation
import RapportCore

/// The benchmark commands. Each prints a plain table; times are wall-clock, in a release build.
enum Benchmarks {
  /// The day balances are computed for: just after the generated events end.
  static let today = Day(iso: "2026-11-23")!
  static let files = [Store.accountsFile, Store.contactsFile, Store.eventsFile]

  // MARK: generate

  static func generate(_ folder: String, _ options: GenerateOptions) throws {
    print(
      "generate \(folder): \(grouped(options.accounts)) accounts, \(options.contactsPerAccount) contacts "
        + "each, \(grouped(options.events)) events, seed \(options.seed)")
    var generator = StoreGenerator(options: options)
    let (written, milliseconds) = try timed { try generator.write(to: folder) }
    for file in written {
      print("  \(pad(file.name, 14)) \(pad(mebibytes(file.bytes), 10, right: true))  \(grouped(file.lines)) lines")
    }
    print("  written in \(decimal(milliseconds / 1000)) s\n")
  }

  // MARK: load

  /// Opens the store read-only `runs` times; also the same records beside an empty events file,
  /// to tell the records' share from the events', and reads the files, the floor set by the file
  /// system. Throws when the store has errors.
  static func load(_ folder: String, runs: Int) throws {
    print("load \(folder): \(runs) runs, read-only")
    let recordsOnly = try makeTemporaryFolder("records")
    defer { try? FileManager.default.removeItem(atPath: recordsOnly) }
    let source = URL(fileURLWithPath: folder).standardizedFileURL.path
    // Copies, not links: a store's files must be regular files inside it.
    for name in files.dropLast() {
      try FileManager.default.copyItem(atPath: "\(source)/\(name)", toPath: "\(recordsOnly)/\(name)")
    }
    guard FileManager.default.createFile(atPath: "\(recordsOnly)/\(Store.eventsFile)", contents: nil) else {
      throw BenchError.io("cannot create an empty events file in \(recordsOnly)")
    }

    var (open, records, read) = (Samples(), Samples(), Samples())
    var store: Store?
    var peakRSS = 0.0
    var bytes = 0
    for _ in 0..<runs {
      // Drop the previous store first, so that its memory is not counted twice.
      store = nil
      let (opened, openTime) = try timed { try openReadOnly(folder) }
      open.add(openTime)
      store = opened
      if peakRSS == 0 { peakRSS = peakRSSMiB() }
      records.add(try timed { try openReadOnly(recordsOnly) }.milliseconds)
      let readTime: Double
      (bytes, readTime) = try timed { try files.reduce(0) { try $0 + readWholeFile("\(folder)/\($1)") } }
      read.add(readTime)
    }
    let ledger = try checked(store!).ledger

    print(
      table(
        ["step", "min ms", "median ms", "max ms"],
        [
          ("open the whole store", open), ("open accounts + contacts only", records),
          ("read the three files (\(mebibytes(bytes)))", read),
        ].map { [$0.0, decimal($0.1.min), decimal($0.1.median), decimal($0.1.max)] }))
    let events = ledger.eventCount
    print(
      "  \(grouped(ledger.accounts.count)) accounts · \(grouped(ledger.contacts.count)) contacts · "
        + "\(grouped(events)) events (\(grouped(events - ledger.liveEventCount)) voided) · 0 errors")
    print(
      "  \(decimal(Double(events) / open.median / 1000)) million events/s (median) · "
        + "peak RSS \(decimal(peakRSS)) MiB after the first open\n")
  }

  // MARK: query

  /// Times the queries a screen makes at each keystroke, on one loaded store: per call, for the
  /// account with the most events where a query is about one account.
  static func query(_ folder: String) throws {
    let ledger = try checked(openReadOnly(folder)).ledger
    guard
      let busiest = ledger.accounts.indices.max(by: {
        ledger.totals(account: $0).events < ledger.totals(account: $1).events
      })
    else { throw BenchError.invalidStore("\(folder) has no accounts") }
    let events = ledger.events(ofAccount: busiest)
    print(
      "query \(folder): \(grouped(ledger.accounts.count)) accounts; busiest \(ledger.accounts[busiest].id) "
        + "(\(grouped(events.count)) events); today \(today)")

    func id(_ index: Int?) -> String { index.map { ledger.accounts[$0].id } ?? "none" }
    var rows: [[String]] = []
    /// Adds a row timing `body`, which makes `calls` calls of the query.
    func row<T>(_ label: String, calls: Int = 1, _ body: () -> T, result: (T) -> String) {
      let (samples, value) = timedPerCall(calls: calls, body)
      rows.append([label, decimal(samples.min * 1000), decimal(samples.median * 1000), result(value)])
    }
    // Queries that take nanoseconds are timed over every account, so that none can be skipped.
    let accounts = ledger.accounts.indices
    let balances = { accounts.reduce(0) { $0 + ledger.totals(account: $1).balanceHundredths } }
    let decayed = { accounts.reduce(0) { $0 + ledger.decayedBalance(account: $1, on: today) } }
    let positions = { ledger.events(ofAccount: busiest) }
    let months = { ledger.timeline(events: positions(), granularity: .month, count: 8, endingOn: today) }
    let weeks = { ledger.timeline(events: positions(), granularity: .week, count: 104, endingOn: today) }
    let drift = { ledger.drift(account: busiest, on: today) }
    let ranking = { ledger.inReviewOrder(Array(accounts), reports: ledger.driftReports(on: today), on: today) }
    let byEquity = { sortedDescending(accounts) { ledger.totals(account: $0).balanceHundredths } }
    let byDecayed = { sortedDescending(accounts) { ledger.decayedBalance(account: $0, on: today) } }

    row("totals(account:), each account", calls: accounts.count, balances) { "sum \(decimal(Double($0) / 100))" }
    row("decayedBalance(account:on:), each account", calls: accounts.count, decayed) { "sum \(decimal($0))" }
    row("events(ofAccount:), busiest", positions) { "\(grouped($0.count)) positions" }
    row("timeline, busiest, 8 months", months) { "last balance \(decimal($0.last?.balance ?? 0))" }
    row("timeline, busiest, 104 weeks", weeks) { "last balance \(decimal($0.last?.balance ?? 0))" }
    row("drift analysis, busiest", drift) { "\($0.status.word), \(decimal($0.recentRate)) touches a month" }
    row("drift analysis of every account, ranked", ranking) { "top \(id($0.first))" }
    row("all accounts sorted by equity", byEquity) { "top \(id($0.first))" }
    row("all accounts sorted by decayed equity", byDecayed) { "top \(id($0.first))" }
    print(table(["query", "min µs", "median µs", "result"], rows, textLast: true) + "\n")
  }

  // MARK: all

  /// Generates the default store (into `keep`, or a temporary folder removed afterwards) unless
  /// `keep` holds one already, then loads and queries it.
  static func all(keep: String?) throws {
    let folder = try keep ?? makeTemporaryFolder("store")
    defer { if keep == nil { try? FileManager.default.removeItem(atPath: folder) } }
    if FileManager.default.fileExists(atPath: "\(folder)/\(Store.accountsFile)") {
      print("using the store in \(folder)\n")
    } else {
      try generate(folder, GenerateOptions())
    }
    try load(folder, runs: 10)
    try query(folder)
    print(machine())
  }

  // MARK: Helpers

  static func openReadOnly(_ folder: String) throws -> Store {
    try Store(path: folder, writable: false, today: today)
  }

  /// The store, or an error after printing its first problems.
  static func checked(_ store: Store) throws -> Store {
    let errors = store.errors
    guard !errors.isEmpty else { return store }
    for error in errors.prefix(20) { print("  \(store.path)/\(error)") }
    throw BenchError.invalidStore("\(store.path) has \(grouped(errors.count)) errors")
  }

  /// `indices` by `key`, largest first; ties keep their order, as in the accounts pane.
  private static func sortedDescending<K: Comparable>(_ indices: Range<Int>, by key: (Int) -> K) -> [Int] {
    indices.sorted { a, b in
      let (ka, kb) = (key(a), key(b))
      return ka == kb ? a < b : ka > kb
    }
  }

  /// Runs `body`, which makes `calls` calls of a query, 21 times after once to warm up; returns
  /// the time per call in milliseconds and the last result.
  private static func timedPerCall<T>(calls: Int, _ body: () -> T) -> (Samples, T) {
    var result = body()
    var samples = Samples()
    for _ in 0..<21 {
      let start = ContinuousClock.now
      result = body()
      samples.add(milliseconds(since: start) / Double(calls))
    }
    return (samples, result)
  }

  /// Creates a new folder under the system's temporary directory.
  static func makeTemporaryFolder(_ label: String) throws -> String {
    let name = "rapport-bench-\(label)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(name).path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    return path
  }

  /// Cores, CPU model, system, Swift version and build configuration.
  private static func machine() -> String {
    var parts = ["\(ProcessInfo.processInfo.activeProcessorCount) cores"]
    if let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
      let model = cpuinfo.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
      let colon = model.firstIndex(of: ":")
    {
      parts.append(model[model.index(after: colon)...].trimmingCharacters(in: .whitespaces))
    }
    parts.append(ProcessInfo.processInfo.operatingSystemVersionString)
    if let swift = swiftVersion() { parts.append(swift) }
    #if DEBUG
      parts.append("debug build: numbers are not representative")
    #else
      parts.append("release build")
    #endif
    return "machine: " + parts.joined(separator: "; ")
  }

  /// The line of `swift --version` that names the version, or nil without a toolchain.
  private static func swiftVersion() -> String? {
    let process = Process()
    let output = Pipe()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["swift", "--version"]
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return text.split(separator: "\n").first(where: { $0.contains("Swift version") }).map(String.init)
  }
}
