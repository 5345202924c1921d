import Foundation
import Testing

@testable import RapportCore

/// Contacts are parsed on their own thread while the accounts load, then added in file order:
/// the result must be what one pass over the file gives, problems in the same order.
@Suite struct RecordLoadOrderTests {
  /// One pass, as loading did before the contacts were parsed beside the accounts.
  private func onePass(accounts: Ledger, contacts text: String) -> (contacts: [Contact], problems: [String]) {
    var ledger = accounts
    var sink = DiagnosticSink(file: Store.contactsFile)
    Array(text.utf8).withByteView { buffer in
      let raws = splitRecords(buffer, word: "contact", sink: &sink, otherWords: ["account"])
      for raw in raws {
        guard let contact = RecordCodec.contact(raw, buffer, &sink) else { continue }
        switch ledger.add(contact) {
        case nil: break
        case .unknownAccount:
          sink.report(
            "unknown account '\(contact.account)': add it to accounts.txt or fix the id", line: raw.line,
            lineStart: raw.lineStart, offset: raw.header.lowerBound + 1, in: buffer)
        case .duplicate:
          sink.report(
            "duplicate contact '\(contact.key)': each contact of an account needs its own id", line: raw.line,
            lineStart: raw.lineStart, offset: raw.header.lowerBound + 1, in: buffer)
        }
      }
    }
    return (ledger.contacts, sink.diagnostics.map(\.description))
  }

  /// A contacts file with every kind of problem, mixed with good records.
  private func contactsText(seed: UInt64, count: Int) -> String {
    var random = SplitMix64(seed: seed)
    var lines: [String] = []
    for index in 0..<count {
      switch random.next() % 9 {
      case 0: lines.append("contact ghost/p\(index) \"Nobody's\"")
      case 1: lines.append("contact acme/dup \"Twice\"")
      case 2: lines.append("contact acme/p\(index) \"Bad\" tier:A\n  worries: money\n  colour: red")
      case 3: lines.append("  stray: line outside a record")
      case 4: lines.append("account acme \"Wrong file\" tier:A")
      case 5: lines.append("contact acme/p\(index) \"Dated\"\n  progress: 2026-02-30 Promoted")
      case 6: lines.append("contact kyoto/p\(index) \"Kyoto \(index)\"\n  help: intros\n    and more")
      default: lines.append("contact acme/p\(index) \"Good \(index)\" role:CFO\n  next-job: COO")
      }
      if random.next() % 3 == 0 { lines.append("") }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  @Test func contactsLoadAsInOnePass() throws {
    let accounts = "account acme \"Acme\" tier:A\n\naccount kyoto \"Kyoto\" tier:B\n"
    for seed in UInt64(1)...8 {
      let contacts = contactsText(seed: seed, count: 60)
      let fixture = try TemporaryStore(accounts: accounts, contacts: contacts, events: "")
      let store = try fixture.open(writable: false)
      var records = Ledger(settings: store.ledger.settings, referenceDay: store.ledger.referenceDay)
      for account in store.ledger.accounts { records.add(account) }
      let expected = onePass(accounts: records, contacts: contacts)
      let problems = store.diagnostics.filter { $0.file == Store.contactsFile }.map(\.description)
      #expect(problems == expected.problems, "seed \(seed)")
      #expect(store.ledger.contacts == expected.contacts, "seed \(seed)")
      // Each kind of problem is there, so that the order is tested.
      #expect(problems.contains { $0.contains("unknown account") } && problems.contains { $0.contains("duplicate") })
      #expect(problems.contains { $0.contains("outside a record") } && problems.contains { $0.contains("unknown") })
    }
  }

  @Test func accountsProblemsStayBeforeContactsProblems() throws {
    let fixture = try TemporaryStore(
      accounts: "account acme \"Acme\" tier:D\n",
      contacts: "contact ghost/amy \"Amy\"\ncontact acme/jo \"Jo\" shoe:9\n", events: "")
    let store = try fixture.open(writable: false)
    #expect(
      store.diagnostics.map(\.description) == [
        "accounts.txt:1:21: tier 'D' is not A, B or C",
        "contacts.txt:1:9: unknown account 'ghost': add it to accounts.txt or fix the id",
        "contacts.txt:2:22: unknown attribute 'shoe': a contact has role, flags and reassess",
      ])
  }
}
