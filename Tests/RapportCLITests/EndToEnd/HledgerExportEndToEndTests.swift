import Foundation
import Testing

/// `rapport export --format hledger` read by hledger itself: the journal balances, `balance`,
/// `register` and `activity` run on it, and each account's balance is its equity as Rapport sums
/// it. Skipped, with the reason, where hledger is not installed.
@Suite(.enabled(if: Hledger.path != nil, "hledger not installed: apt-get install hledger"))
struct HledgerExportEndToEndTests {
  @Test func balanceRegisterAndActivityWorkAndBalancesAreRapportsEquity() throws {
    let hledger = try #require(Hledger.path)
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let runner = CommandRunner(home: home.path)
    let export = try runner.run(["export", "--store", store, "--format", "hledger"])
    #expect(export.status == 0, "\(export.stderr)")
    let journal = home.path + "/equity.journal"
    try export.stdout.write(toFile: journal, atomically: true, encoding: .utf8)

    // Piped, as the help says: hledger -f - balance.
    let piped = try Subprocess.run(
      [
        "sh", "-c", "\"$0\" export --store \"$1\" --format hledger | \"$2\" -f - balance", CommandRunner.binary, store,
        hledger,
      ],
      environment: runner.environment)
    #expect(piped.status == 0, "\(piped.stderr)")
    #expect(piped.stdout.contains("equity:nordhavn"))

    for command in [["balance"], ["register"], ["activity"], ["print"]] {
      let result = try Subprocess.run([hledger, "-f", journal] + command, environment: runner.environment)
      #expect(result.status == 0, "hledger \(command): \(result.stderr)")
      #expect(!result.stdout.isEmpty)
    }

    let csv = try runner.run(["export", "--store", store, "--format", "csv"])
    let events = csv.stdout.components(separatedBy: "\r\n").count - 2
    let register = try Subprocess.run([hledger, "-f", journal, "register"], environment: runner.environment)
    #expect(register.stdout.split(separator: "\n").count == 2 * events)

    // Each account's balance is its undecayed equity, relationship:ACCOUNT its opposite, and the
    // whole journal sums to zero.
    let accounts = try runner.run(["accounts", "--json", "--archived", "--store", store])
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(accounts.stdout.utf8)) as? [[String: Any]])
    #expect(rows.count >= 10)
    let equity = try Hledger.balances(hledger, journal, query: "equity", environment: runner.environment)
    let relationship = try Hledger.balances(hledger, journal, query: "relationship", environment: runner.environment)
    for row in rows {
      let id = try #require(row["id"] as? String)
      let expected = Int(((row["equity"] as? Double ?? .nan) * 100).rounded())
      #expect(equity["equity:\(id)", default: 0] == expected, "\(id)")
      #expect(relationship["relationship:\(id)", default: 0] == -expected, "\(id)")
    }
    #expect(equity.values.contains { $0 != 0 })
  }

  @Test func notesWithControlCharactersStayInertAndTheJournalReads() throws {
    let hledger = try #require(Hledger.path)
    let home = try TemporaryHome()
    let store = try home.store(ExportCommandTests.files)
    let runner = CommandRunner(home: home.path)
    let export = try runner.run(["export", "--store", store, "--format", "hledger", "--personal"])
    #expect(export.status == 0, "\(export.stderr)")
    #expect(!ExportCommandTests.hasActiveCharacters(export.stdout))
    #expect(export.stdout.contains("| Ünïcode ✓, \\e[31m <U+009B><U+202E>  ; kind:favour-given"))
    #expect(export.stdout.contains("mistake | Invoice, sent \"twice\"\\nthen credited  ; kind:mistake"))
    let journal = home.path + "/small.journal"
    try export.stdout.write(toFile: journal, atomically: true, encoding: .utf8)
    let print = try Subprocess.run([hledger, "-f", journal, "print"], environment: runner.environment)
    #expect(print.status == 0, "\(print.stderr)")
    #expect(!ExportCommandTests.hasActiveCharacters(print.stdout))
    let equity = try Hledger.balances(hledger, journal, query: "equity", environment: runner.environment)
    // acme: +3 -2.25 +0.5 (the +1 is voided); kyoto: +1.5.
    #expect(equity == ["equity:acme": 125, "equity:kyoto": 150])
    let tags = try Subprocess.run(
      [hledger, "-f", journal, "register", "tag:kind=mistake"], environment: runner.environment)
    #expect(tags.stdout.split(separator: "\n").count == 2)
  }
}

/// hledger, when it is on PATH.
enum Hledger {
  static let path: String? = {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
    return (folders + ["/usr/bin", "/usr/local/bin"]).map { $0 + "/hledger" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }()

  /// The balances of the accounts two levels deep that match `query`, in hundredths of `pts`.
  static func balances(_ hledger: String, _ journal: String, query: String, environment: [String: String]) throws
    -> [String: Int]
  {
    let result = try Subprocess.run(
      [hledger, "-f", journal, "balance", query, "--depth", "2", "-N", "-O", "csv"], environment: environment)
    #expect(result.status == 0, "\(result.stderr)")
    var balances: [String: Int] = [:]
    for line in result.stdout.split(whereSeparator: \.isNewline).dropFirst() {
      let fields = line.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
      guard fields.count == 2, fields[1].hasSuffix(" pts"), let value = Double(fields[1].dropLast(4)) else {
        Issue.record("not a balance: \(line)")
        continue
      }
      balances[fields[0]] = Int((value * 100).rounded())
    }
    return balances
  }
}
