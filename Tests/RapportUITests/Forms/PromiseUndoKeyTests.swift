import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// `u` and Ctrl-R take back and bring back promise actions as they do events.
@Suite struct PromiseUndoKeyTests {
  private let events = """
    2026-11-10 acme/ole deposit +2 id:oledeposit
    2026-11-20 acme/lars promise "Send the benchmark" due:2026-11-27 id:promise001
    2026-11-21 acme/ole deposit +1 id:ole2
    2026-11-22 kept promise001

    """

  private func lines(_ dashboard: Dashboard) throws -> [String] {
    try String(contentsOfFile: dashboard.store.path + "/" + Store.eventsFile, encoding: .utf8)
      .split(separator: "\n").map(String.init)
  }

  @Test func aPromiseClosedBeforeTheSessionIsReopenedOnASecondUAndClosedAgainByRedo() throws {
    let dashboard = try PeopleFixture.dashboard(events: events)
    press(dashboard, [.character("u")])
    #expect(dashboard.message == "u again to undo the promise “Send the benchmark”, kept before this session")
    #expect(try lines(dashboard).count == 4)
    press(dashboard, [.character("u")])
    #expect(
      dashboard.message == "Took back keeping the promise “Send the benchmark”: it is open again; Ctrl-R redoes it")
    #expect(try lines(dashboard).last == "2026-11-23 reopened promise001 \"undo\"")
    #expect(dashboard.ledger.promises.first?.status == .open)
    press(dashboard, [.control("r")])
    #expect(dashboard.message == "Kept the promise “Send the benchmark” again")
    #expect(dashboard.ledger.promises.first?.status == .kept)
  }

  @Test func aPromiseMadeIsTakenBackAndThenTheEventBeforeIt() throws {
    let dashboard = try PeopleFixture.dashboard(
      events: String(events.split(separator: "\n").prefix(2).joined(separator: "\n") + "\n"))
    press(dashboard, [.character("u"), .character("u")])
    #expect(
      dashboard.message == "Took back the promise “Send the benchmark” (due 2026-11-27); Ctrl-R makes it again")
    #expect(try lines(dashboard).last == "2026-11-23 void promise001 \"undo\"")
    #expect(dashboard.ledger.promises.isEmpty)
    press(dashboard, [.character("u"), .character("u")])
    #expect(dashboard.message.hasPrefix("Undone (Ctrl-R redoes): Deposit +2 for Acme Corp / Ole Dahl on 2026-11-10"))
  }
}
