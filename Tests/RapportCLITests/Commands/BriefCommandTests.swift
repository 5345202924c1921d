import Foundation
import Testing

/// `rapport brief`: one account as text or Markdown, with personal notes only when asked, every
/// account of an owner, and its refusals; names from the store printed inert.
@Suite struct BriefCommandTests {
  private func store(in home: TemporaryHome) throws -> String {
    try home.store([
      "accounts.txt": """
      account acme "Acme Corp" tier:A won:2025-03-01 owner:Sam
        culture: Consensus-driven
      account beta "Beta *Works*" tier:B owner:sam
      account gamma "Gamma" tier:C owner:priya

      """,
      "contacts.txt": """
      contact acme/jane "Jane \u{1B}]0;pwned\u{07}Doe" role:CFO flags:decision-maker reassess:2026-12-01
        next-job: COO
        personal: Runs marathons

      """,
      "events.txt": """
      2026-06-01 acme/jane deposit insight +3 "Shared the benchmark"

      """,
    ])
  }

  @Test func oneAccountAsTextWithoutAndWithPersonalNotes() throws {
    let home = try TemporaryHome()
    let path = try store(in: home)
    let runner = CommandRunner(home: home.path)
    let plain = try runner.run(["brief", "acme", "--store", path])
    #expect(plain.status == 0, "\(plain.stderr)")
    #expect(plain.stdout.hasPrefix("Brief: Acme Corp (acme) · 2026-11-23\nTier A · owner Sam · won 2025-03-01\n"))
    #expect(
      plain.stdout.contains("  - On 2026-06-01 a deposit (insight) added 3 points with Jane \\e]0;pwned\\x07Doe.\n"))
    #expect(plain.stdout.contains("    Next job: COO\n"))
    #expect(!plain.stdout.contains("\u{1B}"))
    #expect(!plain.stdout.contains("Runs marathons"))
    #expect(!plain.stdout.contains("Shared the benchmark"))

    let personal = try runner.run(["brief", "acme", "--personal", "--store", path])
    #expect(personal.status == 0, "\(personal.stderr)")
    #expect(personal.stdout.contains("    Personal: Runs marathons\n"))
    #expect(personal.stdout.contains("with Jane \\e]0;pwned\\x07Doe: Shared the benchmark.\n"))
  }

  @Test func markdown() throws {
    let home = try TemporaryHome()
    let path = try store(in: home)
    let result = try CommandRunner(home: home.path).run(["brief", "beta", "--format", "markdown", "--store", path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("# Brief: Beta \\*Works\\* (beta)\n\n2026-11-23\n\n- Tier B · owner sam"))
    #expect(result.stdout.contains("\n## Drift: "))
  }

  @Test func everyAccountOfAnOwnerCaseIgnored() throws {
    let home = try TemporaryHome()
    let path = try store(in: home)
    let runner = CommandRunner(home: home.path)
    let result = try runner.run(["brief", "--owner", "SAM", "--store", path])
    #expect(result.status == 0, "\(result.stderr)")
    let titles = result.stdout.split(separator: "\n").filter { $0.hasPrefix("Brief: ") }
    #expect(titles == ["Brief: Acme Corp (acme) · 2026-11-23", "Brief: Beta *Works* (beta) · 2026-11-23"])
    #expect(result.stdout.contains("\n" + String(repeating: "═", count: 72) + "\n\nBrief: Beta"))

    let markdown = try runner.run(["brief", "--owner", "sam", "--format", "markdown", "--store", path])
    #expect(markdown.stdout.contains("\n---\n\n# Brief: Beta"))

    let nobody = try runner.run(["brief", "--owner", "kim", "--store", path])
    #expect(nobody.status == 1)
    #expect(nobody.stdout.isEmpty)
    #expect(nobody.stderr.contains("no account has the owner 'kim'; the owners are priya, Sam"))
  }

  @Test func refusals() throws {
    let home = try TemporaryHome()
    let path = try store(in: home)
    let runner = CommandRunner(home: home.path)
    let cases: [([String], String)] = [
      (["brief", "nope"], "no account 'nope' in \(path); 'rapport accounts' lists the accounts"),
      (["brief"], "name an account, or an owner with --owner"),
      (["brief", "acme", "--owner", "sam"], "name an account or an owner, not both"),
      (["brief", "acme", "--format", "pdf"], "--format 'pdf': use text or markdown"),
    ]
    for (arguments, message) in cases {
      let result = try runner.run(arguments + ["--store", path])
      #expect(result.status != 0, "\(arguments)")
      #expect(result.stdout.isEmpty, "\(arguments)")
      #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
    }
  }

  @Test func theHelpHasExamples() throws {
    let home = try TemporaryHome()
    let result = try CommandRunner(home: home.path).run(["brief", "--help"])
    #expect(result.stdout.contains("rapport brief --owner sam"))
    #expect(result.stdout.contains("rapport brief acme --format markdown"))
  }
}
