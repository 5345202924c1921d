import Foundation
import Testing

/// The brief through the real binary in tmux: `b` opens it over the panes, it scrolls, and `w`
/// writes it to a Markdown file in the folder the dashboard was started from.
@Suite(.serialized) struct BriefEndToEndTests {
  private func store(in home: TemporaryHome) throws -> String {
    try home.store([
      "accounts.txt": """
      account acme "Acme Corp" tier:A won:2025-03-01 owner:sam
        culture: Consensus-driven; nothing is decided in the first meeting.
        do: Bring numbers to every review

      """,
      "contacts.txt": """
      contact acme/jane "Jane Doe" role:CFO flags:decision-maker reassess:2026-12-01
        next-job: COO within two years
        personal: Runs marathons

      """,
      "events.txt": "2026-06-01 acme/jane deposit insight +3 \"Shared the benchmark\"\n",
    ])
  }

  @Test func bOpensTheBriefAndWWritesItWhereRapportStarted() throws {
    let home = try TemporaryHome()
    let store = try store(in: home)
    let tmux = try TmuxSession(["--store", store], home: home.path, width: 80, height: 24)
    try tmux.waitFor("1/1 · drift, worst first")

    try tmux.send("b")
    try tmux.waitFor("Brief · Acme Corp")
    try tmux.waitFor("Tier A · owner sam · won 2025-03-01")
    let top = try tmux.screen()
    #expect(top.contains("w write"))
    try tmux.send("NPage")
    try tmux.waitFor("the page below") { !$0.contains("Tier A · owner sam") }

    try tmux.send("w")
    let path = home.path + "/brief-acme-2026-11-23.md"
    try tmux.waitFor("Brief written to")
    let written = try String(contentsOfFile: path, encoding: .utf8)
    #expect(written.hasPrefix("# Brief: Acme Corp (acme)\n"))
    #expect(written.contains("- **Next job:** COO within two years\n"))
    #expect(!written.contains("Runs marathons"))
    // Private, like the store's files.
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)

    try tmux.send("Escape", "q")
    try tmux.waitFor("[exit 0]")
  }
}
