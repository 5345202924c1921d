import Foundation
import RapportCore
import RapportUI
import SnapshotTesting
import Testing

/// Who recorded what, on screen: the timeline's author column, the event detail's By line, the
/// contacts pane's "last touched by", and undo that skips a teammate's lines.
@Suite struct AuthorSnapshotTests {
  static let events = """
    2026-07-06 acme/lars deposit insight +3 for:career by:sam id:career0001
    2026-10-15 acme/ole deposit +2 by:"Jane Roe" id:oledeposit
    2026-11-11 acme/ole withdrawal -1 "late" by:sam id:olewithdra
    2026-11-20 acme deposit +1 id:oldlinenob

    """

  private func dashboard(events: String = AuthorSnapshotTests.events) throws -> Dashboard {
    try PeopleFixture.dashboard(events: events)
  }

  private func screen(_ width: Int, _ height: Int, after keys: [Key]) throws -> String {
    let dashboard = try dashboard()
    _ = dashboard.render(width: width, height: height)
    for key in keys { _ = dashboard.handle(key) }
    return dashboard.render(width: width, height: height).text
  }

  /// The timeline's events with a short column of who recorded each (blank for an old line).
  @Test func theTimelineShowsWhoRecordedEachEvent() throws {
    assertSnapshot(of: try screen(110, 30, after: [.character("3")]), as: .lines)
  }

  /// The event detail says who recorded it.
  @Test func theEventDetailHasAByLine() throws {
    let text = try screen(110, 30, after: [.character("3"), .down, .enter])
    #expect(text.contains("By      sam"), "\(text)")
    assertSnapshot(of: text, as: .lines)
  }

  /// Ole was last touched by Jane Roe; Lars by sam; without an author, the line is as before.
  @Test func theContactsPaneSaysWhoLastTouchedThem() throws {
    let text = try screen(110, 30, after: [.character("2")])
    #expect(text.contains("last touched by sam, 140 days ago"), "\(text)")
    #expect(text.contains("last touched by Jane Roe, 39 days"), "\(text)")
    assertSnapshot(of: text, as: .lines)
    let plain = try PeopleFixture.dashboard()
    _ = plain.render(width: 110, height: 30)
    _ = plain.handle(.character("2"))
    #expect(!plain.render(width: 110, height: 30).text.contains("last touched by"))
  }

  /// A pull brought Jane's line after mine: u takes back mine, skips the line without an author
  /// (nobody's, in a store that names Jane), then says what stays.
  @Test func undoTakesBackMyLineNotTheTeammates() throws {
    let dashboard = try dashboard(
      events: AuthorSnapshotTests.events + "2026-11-22 acme/ole deposit +1 \"call\" by:\"Jane Roe\" id:janelatest\n")
    dashboard.store.author = Author("sam")
    _ = dashboard.render(width: 100, height: 30)
    // Mine: the withdrawal (2026-11-11), not the later line without an author; it was written
    // before this session, so u asks once more.
    _ = dashboard.handle(.character("u"))
    #expect(dashboard.message.hasPrefix("u again to undo Withdrawal"), "\(dashboard.message)")
    _ = dashboard.handle(.character("u"))
    #expect(dashboard.message.hasPrefix("Undone"), "\(dashboard.message)")
    let ledger = dashboard.store.ledger
    #expect(ledger.event(ledger.eventIndex(id: "olewithdra")!).voided)
    #expect(!ledger.event(ledger.eventIndex(id: "oldlinenob")!).voided)
    #expect(!ledger.event(ledger.eventIndex(id: "janelatest")!).voided)
    // Then my other one (asked twice), then nothing of mine is left.
    for _ in 0..<3 { _ = dashboard.handle(.character("u")) }
    #expect(
      dashboard.message == "Nothing of yours to undo; Jane Roe's 1 newer line and 1 line without an author stay",
      "\(dashboard.message)")
    let now = dashboard.store.ledger
    #expect(now.event(now.eventIndex(id: "career0001")!).voided)
    for id in ["oledeposit", "oldlinenob", "janelatest"] {
      #expect(!now.event(now.eventIndex(id: id)!).voided, "\(id)")
    }
  }
}
