import Foundation
import Testing

/// Personal notes are for their author: no output that can leave the machine carries them.
@Suite struct PrivacyTests {
  @Test(arguments: [
    ["accounts"], ["accounts", "--json"], ["contacts"], ["contacts", "--json"], ["drift"], ["drift", "--json"],
    ["check"], ["agenda", "--days", "366"], ["agenda", "--days", "366", "--json"], ["plan", "nordhavn"],
    ["plan", "electrique", "--json"], ["export", "--format", "csv"], ["export", "--format", "json"],
    ["export", "--format", "hledger"], ["export", "--format", "csv", "--what", "contacts"],
    ["export", "--format", "json", "--what", "contacts"], ["export", "--format", "json", "--what", "accounts"],
  ])
  func noCommandPrintsPersonalNotes(command: [String]) throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let contacts = try String(contentsOfFile: store + "/contacts.txt", encoding: .utf8)
    // The first words of every personal note, and their continuation lines.
    var notes: [String] = []
    var inPersonal = false
    for line in contacts.split(separator: "\n") {
      if line.hasPrefix("  personal: ") {
        notes.append(String(line.dropFirst(12).prefix(24)))
        inPersonal = true
      } else if inPersonal, line.hasPrefix("    ") {
        notes.append(String(line.trimmingCharacters(in: .whitespaces).prefix(24)))
      } else {
        inPersonal = false
      }
    }
    #expect(notes.count >= 36)
    let output = try CommandRunner(home: home.path).run(command + ["--store", store])
    #expect(output.status == 0)
    #expect(!output.stdout.isEmpty)
    for note in notes where note.count >= 12 {
      #expect(!output.stdout.contains(note), "\(command) printed a personal note: \(note)")
    }
  }
}
