import Foundation
import RapportCore
import Testing

/// Records edited in two clones: merged field by field, or stopped on the same field with the
/// store exactly as it was, then settled with `--ours` or `--theirs`.
@Suite struct SyncConflictTests {
  static let accounts = """
    # Our key accounts.
    account acme "Acme Corp" tier:A
      culture: Consensus first

    # Watch this one.
    account globex "Globex" tier:B

    """

  static let contacts = "contact acme/jane \"Jane Doe\" role:CFO\n"

  @Test func theSameFieldStopsTheSyncWithBothValuesAndTheCommandsThatSettleIt() throws {
    let team = try Team(size: 2, seed: ["accounts.txt": Self.accounts, "contacts.txt": Self.contacts])
    try team.editJane(0) { $0.role = "CEO" }
    _ = try team.sync(0, library: true)
    try team.editJane(1) { $0.role = "COO" }
    try team.editJane(1) { $0.worries = "Budget" }
    let files = ["accounts.txt", "contacts.txt", "events.txt"]
    _ = try team.git(["add", "-A"], in: team.clones[1])
    try team.git(["commit", "-q", "-m", "here"], in: team.clones[1])
    let before = try files.map { try String(contentsOfFile: team.clones[1] + "/" + $0, encoding: .utf8) }
    let head = try team.git(["rev-parse", "HEAD"], in: team.clones[1])

    let stopped = try team.rapport(1, ["sync"])
    #expect(stopped.status == 1)
    #expect(
      stopped.stdout == """
        Nothing to commit.
        Stopped: 1 field was changed on both sides. Nothing was pulled: the store is as it was. Settle each, then the sync goes on:
          Jane Doe (contact jane), role:
            here:  "COO"
            there: "CEO"
            keep here:  rapport sync --store \(team.clones[1]) --ours jane.role
            keep there: rapport sync --store \(team.clones[1]) --theirs jane.role

        """)
    #expect(try files.map { try String(contentsOfFile: team.clones[1] + "/" + $0, encoding: .utf8) } == before)
    #expect(try team.git(["rev-parse", "HEAD"], in: team.clones[1]) == head)
    #expect(try team.git(["status", "--porcelain"], in: team.clones[1]).isEmpty)

    let settled = try team.rapport(1, ["sync", "--ours", "jane.role"])
    #expect(settled.status == 0, "\(settled.stdout)\(settled.stderr)")
    #expect(settled.stdout.contains("Came in:\n  Member00 edited 1 record on Acme Corp\n"))
    let jane = try team.jane(1)
    #expect(jane.role == "COO" && jane.worries == "Budget")
    _ = try team.sync(0, library: true)
    #expect(try team.jane(0).role == "COO")
    for index in 0..<2 {
      let text = try String(contentsOfFile: team.clones[index] + "/contacts.txt", encoding: .utf8)
      #expect(!text.contains("<<<<<<<") && !text.contains(">>>>>>>"))
    }
  }

  /// Both edits of Acme are kept; its `changed:` names the writer of the merge, as both were
  /// made the same day.
  @Test func differentFieldsAndNewRecordsOnBothSidesAreKeptWithTheComments() throws {
    let team = try Team(size: 2, seed: ["accounts.txt": Self.accounts, "contacts.txt": Self.contacts])
    // Here: Acme's tier and a new contact; there: Acme's owner, a new account and a new contact.
    let here = try team.store(0)
    var acme = here.ledger.accounts[here.ledger.accountIndex("acme")!]
    let original = acme
    acme.tier = .b
    try here.update(acme, from: original)
    try here.add(Contact(account: "acme", id: "raj", name: "Raj Patel"))
    _ = try team.sync(0, library: true)
    let there = try team.store(1)
    acme = there.ledger.accounts[there.ledger.accountIndex("acme")!]
    var owned = acme
    owned.owner = "sam"
    try there.update(owned, from: acme)
    try there.add(Account(id: "initech", name: "Initech", tier: .c))
    try there.add(Contact(account: "acme", id: "li", name: "Li Wei"))
    let report = try team.sync(1, library: true)
    #expect(report.pushed && report.conflicts.isEmpty)
    #expect(report.committed == "added Initech, edited Acme Corp, added Li Wei")
    let accounts = try String(contentsOfFile: team.clones[1] + "/accounts.txt", encoding: .utf8)
    #expect(
      accounts == """
        # Our key accounts.
        account acme "Acme Corp" tier:B owner:sam
          culture: Consensus first
          changed: 2026-11-23 by Member01

        # Watch this one.
        account globex "Globex" tier:B
        account initech "Initech" tier:C
          changed: 2026-11-23 by Member01

        """)
    let contacts = try String(contentsOfFile: team.clones[1] + "/contacts.txt", encoding: .utf8)
    #expect(contacts.contains("contact acme/raj \"Raj Patel\"") && contacts.contains("contact acme/li \"Li Wei\""))
    #expect(try Store(path: team.clones[1], writable: false).diagnostics.isEmpty)
  }
}
