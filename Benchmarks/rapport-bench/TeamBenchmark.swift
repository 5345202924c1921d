import Foundation
import RapportCore

/// `rapport-bench team`: a team of clones of one store, each appending its share of the events
/// and syncing in turn, round after round; prints the sync time per round and checks that every
/// clone ends with every event exactly once.
extension Benchmarks {
  static func team(clones: Int, events: Int, rounds: Int, keep: String?) throws {
    let root = try keep ?? makeTemporaryFolder("team")
    if let keep { try FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true) }
    defer { if keep == nil { try? FileManager.default.removeItem(atPath: root) } }
    FileHandle.standardOutput.write(
      Data(("team \(root): \(clones) clones, \(grouped(events)) events over \(rounds) rounds, 20 accounts\n").utf8))
    let remote = root + "/remote.git"
    try git(["-c", "init.defaultBranch=main", "init", "-q", "--bare", remote], in: root)
    var paths: [String] = []
    for index in 0..<clones {
      let path = root + "/clone" + String(format: "%02d", index)
      if index == 0 {
        try Store.create(at: path)
        let accounts = (0..<20).map { "account a\($0) \"Account \($0)\" tier:B\n" }.joined()
        try accounts.write(toFile: path + "/accounts.txt", atomically: true, encoding: .utf8)
        try git(["-c", "init.defaultBranch=main", "init", "-q"], in: path)
        try git(["remote", "add", "origin", remote], in: path)
      } else {
        try git(["clone", "-q", remote, path], in: root)
      }
      try git(["config", "user.name", "Member\(index)"], in: path)
      try git(["config", "user.email", "member\(index)@example.com"], in: path)
      if index == 0 { _ = try Sync(storePath: path, author: nil).run() }
      paths.append(path)
    }

    let share = events / (clones * rounds)
    var written = 0
    var rows: [[String]] = []
    for round in 0..<(rounds + 2) {
      var samples = Samples()
      let start = ContinuousClock.now
      for (index, path) in paths.enumerated() {
        // The last two rounds only sync: the first brings everything to the remote, the second
        // to every clone.
        if round < rounds {
          let count = round == rounds - 1 && index == clones - 1 ? events - written : share
          try appendEvents(count, to: path, clone: index, from: written)
          written += count
        }
        let author = Author("Member\(index)")
        let (report, milliseconds) = try timed { try Sync(storePath: path, author: author).run() }
        guard report.conflicts.isEmpty, report.pushed else {
          throw BenchError.invalidStore("clone \(index) did not push in round \(round + 1)")
        }
        samples.add(milliseconds)
      }
      let total = milliseconds(since: start)
      let row = [
        round < rounds ? "\(round + 1)" : "settle \(round - rounds + 1)", decimal(samples.median),
        decimal(samples.percentile(90)), decimal(samples.max), decimal(total / 1000),
      ]
      // Each round as soon as it ends: a big team takes minutes.
      FileHandle.standardOutput.write(Data(("  round " + row.joined(separator: " · ") + "\n").utf8))
      rows.append(row)
    }
    print(table(["round", "median ms", "p90 ms", "max ms", "round s"], rows))

    var lost = 0
    var doubled = 0
    for path in paths {
      let text = try String(contentsOfFile: path + "/events.txt", encoding: .utf8)
      let ids = text.split(separator: "\n").compactMap { $0.split(separator: " ").last }.filter { $0.hasPrefix("id:") }
      doubled += ids.count - Set(ids).count
      lost += events - Set(ids).count
      let store = try Store(path: path, writable: false)
      guard store.errors.isEmpty else { throw BenchError.invalidStore("\(path): \(store.errors[0])") }
    }
    print("  \(clones) clones × \(grouped(events)) events: \(lost) lost, \(doubled) doubled, 0 errors\n")
    guard lost == 0, doubled == 0 else { throw BenchError.invalidStore("events were lost or doubled") }
  }

  /// Appends `count` deposits with ids of their own and the clone's author, as recording them
  /// would, in one write.
  private static func appendEvents(_ count: Int, to path: String, clone: Int, from first: Int) throws {
    guard count > 0 else { return }
    var text = ""
    for n in first..<(first + count) {
      text += "2026-11-\(10 + n % 10) a\(n % 20) deposit check-in +1 \"note \(n)\" by:Member\(clone) id:\(teamID(n))\n"
    }
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path + "/events.txt"))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
    try handle.close()
  }

  /// Ten characters of the ids' alphabet, one per event number.
  private static func teamID(_ n: Int) -> String {
    let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")
    var value = UInt64(n) &* 0x9E37_79B9_7F4A_7C15
    var id = ""
    for _ in 0..<10 {
      id.append(alphabet[Int(value & 31)])
      value >>= 5
    }
    return id
  }

  private static func git(_ arguments: [String], in folder: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-C", folder] + arguments
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw BenchError.io("git \(arguments) failed in \(folder)") }
  }
}
