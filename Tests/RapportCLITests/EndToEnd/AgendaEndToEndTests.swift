import Foundation
import Testing

/// The agenda and the key account plan through the real binary in tmux, on a small store made
/// in the test: keep a promise from the agenda and see it leave, then open the plan from the
/// agenda, add an initiative, and find it in accounts.txt and on the plan after a restart.
@Suite(.serialized) struct AgendaEndToEndTests {
  /// Acme (tier A) with a plan and a promise to Jane due tomorrow; Beta with a touch planned
  /// for Wednesday.
  private func store(in home: TemporaryHome) throws -> String {
    try home.store([
      "accounts.txt": """
      account acme "Acme Corp" tier:A owner:sam plan-review:2026-12-15
        objective: Become their sole supplier of turbine parts by 2028
        initiative: status:active due:2026-11-26 for:jane Benchmark study for the board
      account beta "Beta Logistics" tier:C plan:2026-11-25

      """,
      "contacts.txt": "contact acme/jane \"Jane Doe\" role:CTO\ncontact beta/tom \"Tom Reyes\" role:Buyer\n",
      "events.txt": """
      2026-11-20 acme/jane deposit insight +3 id:dep0000001
      2026-11-20 beta/tom deposit insight +3 id:dep0000002
      2026-11-20 acme/jane promise "send the benchmark" due:2026-11-24 id:prom000001

      """,
    ])
  }

  @Test func keepAPromiseFromTheAgendaThenAddAnInitiativeThatIsThereAfterARestart() throws {
    let home = try TemporaryHome()
    let store = try store(in: home)
    var tmux = try TmuxSession(["--store", store], home: home.path)
    try tmux.waitFor("Accounts 2/2 · by drift")

    // D: the agenda, the promise first (tomorrow), then the touch and the initiative.
    try tmux.send("D")
    try tmux.waitFor("Agenda · 2026-11-23 to 2026-11-29 · 3 items")
    try tmux.waitFor("Tomorrow · Tuesday 2026-11-24")
    let promiseLine = "promise     Jane Doe (Acme Corp)"
    try tmux.waitFor(promiseLine)
    try tmux.send("K")
    try tmux.waitFor("Keep 'send the benchmark' for Jane Doe?")
    try tmux.send("Enter")
    try tmux.waitFor("Kept 'send the benchmark' for Jane Doe: promise-kept +2")
    // Back on the agenda, the promise gone.
    try tmux.waitFor("Agenda · 2026-11-23 to 2026-11-29 · 2 items")
    #expect(!(try tmux.screen()).contains(promiseLine))

    // The initiative's line: e opens Acme's plan; i adds one.
    try tmux.send("G", "e")
    try tmux.waitFor("Key account plan · Acme Corp")
    try tmux.waitFor("Benchmark study for the board")
    try tmux.send("i")
    try tmux.waitFor("New initiative · Acme Corp")
    try tmux.type("Joint innovation day")
    try tmux.send("Tab")
    try tmux.type("act")
    try tmux.send("Tab")
    try tmux.type("fri")
    try tmux.send("Tab", "Tab")
    try tmux.type("jane")
    try tmux.send("Enter")
    try tmux.waitFor("Added the initiative 'Joint innovation day'")
    try tmux.waitFor("due 2026-11-27 (in 4 days) · owner sam · for Jane Doe")
    // Esc back to the agenda, which has the new initiative on Friday.
    try tmux.send("Escape")
    try tmux.waitFor("Agenda · 2026-11-23 to 2026-11-29 · 3 items")
    try tmux.waitFor("Joint innovation day (active)")
    // q closes the agenda, as Esc does; a second q quits.
    try tmux.send("q")
    try tmux.waitFor("the agenda closed") { !$0.contains("Agenda · 2026-11-23") }
    try tmux.send("q")
    try tmux.waitFor("[exit 0]")
    let accounts = try String(contentsOfFile: "\(store)/accounts.txt", encoding: .utf8)
    #expect(accounts.contains("  initiative: status:active due:2026-11-27 owner:sam for:jane Joint innovation day\n"))

    // After a restart: on the plan, and the store checks clean.
    tmux = try TmuxSession(["--store", store], home: home.path)
    try tmux.waitFor("Accounts 2/2 · by drift")
    try tmux.send("/")
    try tmux.type("acme")
    try tmux.send("Enter", "o")
    try tmux.waitFor("Key account plan · Acme Corp")
    try tmux.waitFor("Joint innovation day")
    try tmux.send("Escape", "q")
    try tmux.waitFor("[exit 0]")
    let check = try CommandRunner(home: home.path).run(["check", "--store", store])
    #expect(check.status == 0)
  }
}
