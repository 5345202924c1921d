import Foundation
import RapportCore
import SnapshotTesting
import Testing

@testable import RapportUI

/// The timeline's event list: `3` (or Tab) focuses it, j/k move, its place shows in the border,
/// Enter opens an event's detail, `v` voids an event (asking first) and `c` corrects one, and
/// undo takes a correction back whole.
@Suite struct EventListTests {
  private let events = """
    2026-09-01 acme/lars deposit insight +3 "First line\\nSecond line\twith a tab" id:evfirst001
    2026-10-15 acme/ole withdrawal mistake -2 "Invoice sent twice" id:evmiddle01
    2026-11-20 acme/ole deposit +2 "Fixed it 👩‍💻 🇩🇪" id:evlast0001

    """

  private func lines(_ dashboard: Dashboard) throws -> [String] {
    try String(contentsOfFile: dashboard.store.path + "/" + Store.eventsFile, encoding: .utf8)
      .split(separator: "\n").map(String.init)
  }

  @Test func jAndKMoveThroughTheEventsAndTheBorderSaysWhere() throws {
    let dashboard = try PeopleFixture.dashboard(events: events)
    press(dashboard, [.character("3")])
    #expect(dashboard.selectedEvent.map { dashboard.ledger.event($0).id } == "evlast0001")
    #expect(screen(dashboard).contains(" 1/3 "))
    press(dashboard, [.character("j")])
    #expect(dashboard.selectedEvent.map { dashboard.ledger.event($0).id } == "evmiddle01")
    #expect(screen(dashboard).contains(" 2/3 "))
    press(dashboard, [.character("j"), .character("j")])
    #expect(screen(dashboard).contains(" 3/3 "))
    press(dashboard, [.character("k")])
    #expect(dashboard.selectedEvent.map { dashboard.ledger.event($0).id } == "evmiddle01")
    // Away from the timeline no event is in hand, and the place is not shown.
    press(dashboard, [.character("1")])
    #expect(dashboard.selectedEvent == nil)
    #expect(!screen(dashboard).contains(" 2/3 "))
  }

  @Test func enterOpensTheEventsDetailWithItsWholeNote() throws {
    let dashboard = try PeopleFixture.dashboard(events: events)
    press(dashboard, [.character("3"), .character(">"), .enter])
    #expect(dashboard.overlay == .event("evfirst001"))
    let text = screen(dashboard)
    #expect(text.contains("First line"))
    #expect(text.contains("Second line with a tab"))
    #expect(text.contains("evfirst001"))
    press(dashboard, [.escape])
    #expect(dashboard.overlay == nil)
    // From the accounts pane, Enter is the account's detail still.
    press(dashboard, [.character("1"), .enter])
    #expect(dashboard.overlay == .detail)
  }

  @Test func vAsksThenVoidsAnyEventAndItStaysInTheFile() throws {
    let dashboard = try PeopleFixture.dashboard(events: events)
    press(dashboard, [.character("3"), .character("j"), .character("v")])
    #expect(dashboard.message.hasPrefix("v again to void evmiddle01"))
    #expect(try lines(dashboard).count == 3)
    press(dashboard, [.character("v")])
    // What happened and the new balance first, the event after.
    #expect(dashboard.message.hasPrefix("Voided evmiddle01 · equity "), "\(dashboard.message)")
    #expect(
      dashboard.message.contains(" (u undoes): Withdrawal -2 for Acme Corp / Ole Dahl on "), "\(dashboard.message)")
    #expect(dashboard.message.contains("“Invoice sent twice”"), "\(dashboard.message)")
    #expect(try lines(dashboard).last == "2026-11-23 void evmiddle01")
    #expect(dashboard.ledger.event(dashboard.ledger.eventIndex(id: "evmiddle01")!).voided)
    #expect(screen(dashboard).contains("(void) Invoice sent twice"))
    // u brings it back, Ctrl-R voids it again.
    press(dashboard, [.character("u")])
    #expect(dashboard.message.hasPrefix("Undone (Ctrl-R redoes): evmiddle01 is back"))
    #expect(try lines(dashboard).last == "2026-11-23 restore evmiddle01 \"undo\"")
    press(dashboard, [.control("r")])
    #expect(dashboard.message == "Voided evmiddle01 again")
    #expect(dashboard.ledger.event(dashboard.ledger.eventIndex(id: "evmiddle01")!).voided)
    // Another key in between cancels the question.
    press(dashboard, [.character("j"), .character("v"), .character("k"), .character("v")])
    #expect(try lines(dashboard).count == 6)
  }

  @Test func cCorrectsAnEventInOneWriteAndUndoTakesBackBoth() throws {
    let dashboard = try PeopleFixture.dashboard(events: events)
    press(dashboard, [.character("3"), .character("j"), .enter, .character("c")])
    let form = try #require(dashboard.form)
    #expect(form.correcting == "evmiddle01")
    #expect(form[.weight].string == "-2")
    #expect(form[.date].string == "2026-10-15")
    #expect(form[.kind].choice?.value == "mistake")
    #expect(form[.contact].choice?.value == "Ole Dahl")
    // A weight of -1 instead, and save.
    press(dashboard, [.tab, .character("-"), .enter])
    #expect(dashboard.form == nil)
    let written = try lines(dashboard)
    #expect(written.count == 5)
    let newID = try #require(written[3].split(separator: ":").last.map(String.init))
    #expect(written[3] == "2026-10-15 acme/ole withdrawal mistake -1 \"Invoice sent twice\" id:\(newID)")
    #expect(written[4] == "2026-11-23 void evmiddle01 \"corrected by \(newID)\"")
    #expect(
      dashboard.message.hasPrefix("Voided evmiddle01 (Withdrawal -2 for Acme Corp / Ole Dahl) and recorded \(newID)"))
    press(dashboard, [.character("u")])
    #expect(dashboard.message == "Undone (Ctrl-R redoes): evmiddle01 is back, \(newID) voided")
    #expect(
      Array(try lines(dashboard).suffix(2)) == [
        "2026-11-23 void \(newID) \"undo\"", "2026-11-23 restore evmiddle01 \"undo\"",
      ])
    #expect(!dashboard.ledger.event(dashboard.ledger.eventIndex(id: "evmiddle01")!).voided)
    press(dashboard, [.control("r")])
    #expect(dashboard.message == "Redone: voided evmiddle01 and recorded \(newID) again")
    #expect(dashboard.ledger.event(dashboard.ledger.eventIndex(id: "evmiddle01")!).voided)
    #expect(!dashboard.ledger.event(dashboard.ledger.eventIndex(id: newID)!).voided)
  }

  @Test func aVoidEventIsNeitherVoidedNorCorrectedAgain() throws {
    let dashboard = try PeopleFixture.dashboard(events: events + "2026-11-22 void evlast0001\n")
    press(dashboard, [.character("3"), .character("c")])
    #expect(dashboard.form == nil)
    #expect(dashboard.message == "evlast0001 is void: there is nothing to correct")
    press(dashboard, [.character("v")])
    #expect(dashboard.message == "evlast0001 is already void")
  }

  @Test func aCorrectedEventNamesTheCorrectionThatReplacedIt() throws {
    let dashboard = try PeopleFixture.dashboard(
      events: events + "2026-11-21 acme/ole deposit +2 \"Fixed it\" id:evfixed001\n"
        + "2026-11-22 void evlast0001 \"corrected by evfixed001\"\n")
    press(dashboard, [.character("3")])
    for _ in 0..<4 where dashboard.selectedEvent.map({ dashboard.ledger.event($0).id }) != "evlast0001" {
      press(dashboard, [.character("j")])
    }
    #expect(dashboard.selectedEvent.map { dashboard.ledger.event($0).id } == "evlast0001")
    press(dashboard, [.character("c")])
    #expect(
      dashboard.message
        == "evlast0001 is void: there is nothing to correct; evfixed001 replaced it: correct that one instead")
    press(dashboard, [.character("v")])
    #expect(dashboard.message == "evlast0001 is already void; evfixed001 replaced it: correct that one instead")
  }

  // MARK: Snapshots

  private func snapshot(_ keys: [Key], width: Int = 100, height: Int = 30) throws -> String {
    let dashboard = try PeopleFixture.dashboard(events: events)
    _ = dashboard.render(width: width, height: height)
    for key in keys { _ = dashboard.handle(key) }
    return dashboard.render(width: width, height: height).text
  }

  @Test func theEventListFocused() throws {
    assertSnapshot(of: try snapshot([.character("3"), .character("j")]), as: .lines)
  }

  @Test func theEventDetail() throws {
    assertSnapshot(of: try snapshot([.character("3"), .character(">"), .enter]), as: .lines)
  }

  @Test func theCorrectionForm() throws {
    assertSnapshot(of: try snapshot([.character("3"), .character("j"), .character("c")]), as: .lines)
  }

  /// A note of two lines shows on two rows of the form, and the timeline behind shows it as one.
  @Test func theCorrectionFormOfANoteOfTwoLines() throws {
    let screen = try snapshot([.character("3"), .character("j"), .character("j"), .character("c")])
    #expect(screen.contains("Note              First line"))
    assertSnapshot(of: screen, as: .lines)
  }
}
