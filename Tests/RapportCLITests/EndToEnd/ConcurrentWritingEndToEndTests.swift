import Foundation
import Testing

/// Several Rapports on one store: each write takes the store's lock for its own length, so
/// dashboards and scripts write side by side, and nothing is lost or doubled.
@Suite(.serialized) struct ConcurrentWritingEndToEndTests {
  private func eventLines(_ store: String) throws -> [Substring] {
    try String(contentsOfFile: store + "/events.txt", encoding: .utf8).split(separator: "\n")
      .filter { !$0.hasPrefix("#") }
  }

  @Test func twoDashboardsAndABurstOfAddsAllWrite() throws {
    let (home, store, first) = try TmuxSession.onDemo()
    let second = try TmuxSession(["--store", store], home: home.path)
    try second.waitFor("Accounts 14/14 · by drift")
    #expect(!(try second.screen()).contains("READ-ONLY"))
    try first.waitFor("458 events")
    let before = try eventLines(store).count

    // A script adds twenty events while both dashboards record three deposits each.
    let runner = CommandRunner(home: home.path)
    let scripted = DispatchGroup()
    let failures = Failures()
    DispatchQueue.global().async(group: scripted) {
      DispatchQueue.concurrentPerform(iterations: 20) { n in
        let result = try? runner.run(["add", "favour-given", "nordhavn", "--note", "burst \(n)", "--store", store])
        if result?.status != 0 { failures.add("add \(n): \(result?.stderr ?? "did not run")") }
      }
    }
    for round in 1...3 {
      for dashboard in [first, second] {
        try dashboard.send("d", "Enter")
        try dashboard.waitFor("deposit \(round)") { $0.contains("Deposit +1 for Compagnie Électrique du Rhône") }
        try dashboard.send("Escape")
        try dashboard.waitFor("the message clears") { !$0.contains("Deposit +1 for") }
      }
    }
    scripted.wait()
    #expect(failures.all.isEmpty)

    let lines = try eventLines(store)
    #expect(lines.count == before + 26)
    let ids = lines.compactMap { line in line.range(of: " id:").map { String(line[$0.upperBound...]) } }
    #expect(Set(ids).count == ids.count)
    for n in 0..<20 {
      #expect(lines.filter { $0.contains("\"burst \(n)\"") }.count == 1)
    }
    #expect(
      lines.filter {
        // For the contact touched last, as the record form offers from the accounts pane.
        $0.hasPrefix("2026-11-23 electrique/") && $0.contains(" deposit check-in +1 ")
      }.count == 6)
    // Each dashboard shows every event, the other's and the script's included, without a key.
    for dashboard in [first, second] {
      try dashboard.waitFor("\(458 + 26) events")
      try dashboard.send("q")
      try dashboard.waitFor("[exit 0]")
    }
    let check = try runner.run(["check", "--store", store])
    #expect(check.status == 0)
  }

  @Test func aLinkCommittedAsTheOldLockFileIsNeverWritten() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let runner = CommandRunner(home: home.path)
    let target = home.path + "/precious.txt"
    try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: target))
    #expect(symlink(target, store + "/.rapport.lock") == 0)
    let added = try runner.run(["add", "deposit", "nordhavn", "--store", store])
    #expect(added.status == 0)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me\n")
  }
}
