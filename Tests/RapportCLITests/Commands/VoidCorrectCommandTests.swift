import Foundation
import Testing

/// `rapport void ID` and `rapport correct ID`: any event voided, or recorded again with changes
/// and the old one voided in one write; refusals say why and write nothing.
@Suite struct VoidCorrectCommandTests {
  private let files = [
    "accounts.txt": "account acme \"Acme Corp\" tier:A\n",
    "contacts.txt": "contact acme/jane \"Jane Doe\" role:CFO\n",
    "events.txt": """
    2026-10-01 acme/jane deposit insight +3 "Shared the benchmark" id:first00001
    2026-11-01 acme withdrawal mistake -2 "Invoice sent twice" id:second0001

    """,
  ]

  private func events(_ store: String) throws -> [String] {
    try String(contentsOfFile: store + "/events.txt", encoding: .utf8).split(separator: "\n").map(String.init)
  }

  @Test func voidAppendsAVoidLineAndSaysTheEquity() throws {
    let home = try TemporaryHome()
    let store = try home.store(files)
    let runner = CommandRunner(home: home.path)
    let voided = try runner.run(["void", "first00001", "--reason", "entered twice", "--store", store])
    #expect(voided.status == 0, "\(voided.stderr)")
    #expect(voided.stdout == "Voided first00001 (Deposit +3 for Acme Corp / Jane Doe on 2026-10-01): equity 1 -> -2\n")
    #expect(try events(store).last == "2026-11-23 void first00001 \"entered twice\" by:sam")
    let again = try runner.run(["void", "first00001", "--store", store])
    #expect(again.status != 0)
    #expect(again.stderr.contains("already void"))
    let unknown = try runner.run(["void", "nosuchid00", "--store", store])
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("no event has the id 'nosuchid00'"))
    #expect(try events(store).count == 3)
  }

  @Test func correctKeepsWhatIsNotGivenAndWritesBothLines() throws {
    let home = try TemporaryHome()
    let store = try home.store(files)
    let runner = CommandRunner(home: home.path)
    let corrected = try runner.run(["correct", "second0001", "--weight", "1", "--store", store])
    #expect(corrected.status == 0, "\(corrected.stderr)")
    let lines = try events(store)
    #expect(lines.count == 4)
    let newID = String(lines[2].split(separator: ":").last!)
    #expect(lines[2] == "2026-11-01 acme withdrawal mistake -1 \"Invoice sent twice\" by:sam id:\(newID)")
    #expect(lines[3] == "2026-11-23 void second0001 \"corrected by \(newID)\" by:sam")
    #expect(
      corrected.stdout
        == "Voided second0001 (Withdrawal -2 for Acme Corp on 2026-11-01) and recorded \(newID) "
        + "(Withdrawal -1 for Acme Corp on 2026-11-01): equity 1 -> 2\n")
    // Correcting it again names the correction that replaced it.
    let again = try runner.run(["correct", "second0001", "--weight", "2", "--store", store])
    #expect(again.status != 0)
    #expect(
      again.stderr.contains("event 'second0001' is already void; it was corrected by '\(newID)'"), "\(again.stderr)")
    // The note is left out of the output.
    #expect(!corrected.stdout.contains("Invoice"))
    let refused = try runner.run(["correct", "first00001", "--kind", "mistake", "--store", store])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("--kind"))
    #expect(try events(store).count == 4)
    let checked = try runner.run(["check", "--store", store])
    #expect(checked.status == 0, "\(checked.stdout)")
  }
}
