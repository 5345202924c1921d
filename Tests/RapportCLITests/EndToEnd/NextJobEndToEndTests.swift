import Foundation
import Testing

/// A role changed in the dashboard, through the real binary in tmux: the next-job question is
/// asked, and the file keeps the old role as a previous role.
@Suite(.serialized) struct NextJobEndToEndTests {
  @Test func aRoleChangeAsksAboutTheNextJobAndKeepsThePreviousRole() throws {
    let home = try TemporaryHome()
    let store = home.path + "/store"
    try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: true)
    try "account acme \"Acme Corp\" tier:A\n".write(toFile: store + "/accounts.txt", atomically: true, encoding: .utf8)
    try """
    contact acme/lars "Lars Berg" role:"VP Operations" flags:decision-maker
      next-job: COO when the current one retires

    """.write(toFile: store + "/contacts.txt", atomically: true, encoding: .utf8)
    try "2026-11-01 acme/lars deposit insight +3\n".write(
      toFile: store + "/events.txt", atomically: true, encoding: .utf8)

    let tmux = try TmuxSession(["--store", store], home: home.path)
    try tmux.waitFor("career help: never")
    try tmux.send("2", "e")
    try tmux.waitFor("Edit Lars Berg · Acme Corp")
    try tmux.send("Tab")
    try tmux.type("COO")
    try tmux.send("Enter")
    // The question is drawn from the top down: wait for its last line, the keys.
    let asked = try tmux.waitFor("the question with its keys") {
      $0.contains("Is their next job still") && $0.contains("Enter: edit it · Esc: keep it")
    }
    #expect(asked.contains("Lars Berg is now COO."))
    #expect(asked.contains("Enter: edit it · Esc: keep it"))
    let contacts = try String(contentsOfFile: store + "/contacts.txt", encoding: .utf8)
    #expect(contacts.contains("role:COO"))
    #expect(contacts.contains("  previous-role: 2026-11-23 VP Operations\n"))
    // Esc keeps the next job and writes nothing more.
    try tmux.send("Escape")
    try tmux.waitFor("Kept their next job")
    try tmux.send("q")
    try tmux.waitFor("[exit 0]")
    #expect(try String(contentsOfFile: store + "/contacts.txt", encoding: .utf8) == contacts)
  }
}
