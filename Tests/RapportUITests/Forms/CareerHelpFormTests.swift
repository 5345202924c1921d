import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// The record form's "For their career": offered for a contact with a next job, off by default,
/// written as `for:career`, undone and redone as any event.
@Suite struct CareerHelpFormTests {
  private func lastEvent(_ dashboard: Dashboard) throws -> String {
    let text = try String(contentsOfFile: "\(dashboard.store.path)/\(Store.eventsFile)", encoding: .utf8)
    return text.split(separator: "\n").last.map(String.init) ?? ""
  }

  @Test func aContactWithANextJobIsOfferedItOffByDefaultWithTheirNextJobAsTheHint() throws {
    let dashboard = try PeopleFixture.dashboard()
    press(dashboard, [.character("2"), .character("d")])
    let form = try #require(dashboard.form)
    #expect(form.has(.forCareer))
    #expect(form[.forCareer].choice?.value == "no")
    let shown = screen(dashboard)
    #expect(shown.contains("For their career"))
    #expect(shown.contains("next job: COO when the current one retires"))
    // Enter as it opened: an ordinary deposit.
    press(dashboard, [.enter])
    #expect(try lastEvent(dashboard).hasPrefix("2026-11-23 acme/lars deposit promise-kept +2 id:"))
  }

  @Test func yesRecordsTheEventForTheirCareerAndUndoAndRedoWork() throws {
    let dashboard = try PeopleFixture.dashboard()
    press(dashboard, [.character("2"), .character("d"), .character("3"), .tab, .tab, .tab, .tab])
    #expect(dashboard.form?.focused.key == .forCareer)
    press(dashboard, Key.typing("y") + [.enter])
    let line = try lastEvent(dashboard)
    #expect(line.hasPrefix("2026-11-23 acme/lars deposit insight +3 for:career id:"))
    #expect(dashboard.message.hasSuffix("· for their career"))
    let lars = try #require(dashboard.ledger.contactIndex("acme/lars"))
    #expect(dashboard.ledger.totals(contact: lars).lastCareerHelp == PeopleFixture.today)
    #expect(screen(dashboard).contains("career help: today"))

    let id = String(line.suffix(10))
    press(dashboard, [.character("u")])
    #expect(try lastEvent(dashboard) == "2026-11-23 void \(id) \"undo\"")
    #expect(dashboard.ledger.totals(contact: lars).lastCareerHelp == Day(iso: "2026-07-06"))
    #expect(screen(dashboard).contains("career help: 140 days ago"))
    press(dashboard, [.control("r")])
    #expect(try lastEvent(dashboard) == "2026-11-23 restore \(id) \"redo\"")
    #expect(dashboard.ledger.totals(contact: lars).lastCareerHelp == PeopleFixture.today)
  }

  @Test func notOfferedForTheWholeAccountNorAContactWithoutANextJob() throws {
    let dashboard = try PeopleFixture.dashboard()
    // From the accounts pane the form is for the whole account.
    press(dashboard, [.character("d")])
    #expect(dashboard.form?.has(.forCareer) == false)
    #expect(!screen(dashboard).contains("For their career"))
    // Picking Ole (no next job) keeps it away; picking Lars brings it; the account takes it away.
    press(dashboard, [.backTab] + Key.typing("ole"))
    #expect(dashboard.form?[.contact].choice?.value == "Ole Dahl")
    #expect(dashboard.form?.has(.forCareer) == false)
    press(dashboard, [.control("u")] + Key.typing("lars"))
    #expect(dashboard.form?.has(.forCareer) == true)
    press(dashboard, [.control("u")] + Key.typing("whole"))
    #expect(dashboard.form?.has(.forCareer) == false)
    press(dashboard, [.enter])
    #expect(try lastEvent(dashboard).hasPrefix("2026-11-23 acme deposit promise-kept +2 id:"))
  }

  @Test func theFieldAddedAsTheFormOpensIsNotAChangeSoOneEscCloses() throws {
    let dashboard = try PeopleFixture.dashboard()
    press(dashboard, [.character("2"), .character("d")])
    #expect(dashboard.form?.isChanged == false)
    press(dashboard, [.escape])
    #expect(dashboard.form == nil)
  }
}
