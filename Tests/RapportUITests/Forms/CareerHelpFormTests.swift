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
    #expect(form[.forCareer].string == "no" && !form[.forCareer].isYes)
    let shown = screen(dashboard)
    #expect(shown.contains("For their career"))
    #expect(shown.contains("next job: COO when the current one retires"))
    // Enter as it opened: an ordinary deposit.
    press(dashboard, [.enter])
    #expect(try lastEvent(dashboard).hasPrefix("2026-11-23 acme/lars deposit check-in +1 id:"))
  }

  @Test func yesRecordsTheEventForTheirCareerAndUndoAndRedoWork() throws {
    let dashboard = try PeopleFixture.dashboard()
    press(dashboard, [.character("2"), .character("d"), .character("2"), .tab, .tab, .tab, .tab])
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
    #expect(try lastEvent(dashboard).hasPrefix("2026-11-23 acme deposit check-in +1 id:"))
  }

  @Test func theFieldAddedAsTheFormOpensIsNotAChangeSoOneEscCloses() throws {
    let dashboard = try PeopleFixture.dashboard()
    press(dashboard, [.character("2"), .character("d")])
    #expect(dashboard.form?.isChanged == false)
    press(dashboard, [.escape])
    #expect(dashboard.form == nil)
  }

  /// Lars's record form, on its last field, "For their career".
  private func onTheCareerField() throws -> Dashboard {
    let dashboard = try PeopleFixture.dashboard()
    press(dashboard, [.character("2"), .character("d"), .backTab, .backTab])
    #expect(dashboard.form?.focused.key == .forCareer)
    return dashboard
  }

  @Test func yAndNSetItAndSpaceTurnsItOver() throws {
    let dashboard = try onTheCareerField()
    let value = { dashboard.form?[.forCareer].string }
    press(dashboard, Key.typing("y"))
    #expect(value() == "yes")
    press(dashboard, Key.typing("n"))
    #expect(value() == "no", "y then n is no, not 'yn', which matched nothing")
    press(dashboard, Key.typing(" "))
    #expect(value() == "yes")
    press(dashboard, Key.typing(" "))
    #expect(value() == "no")
    press(dashboard, Key.typing("Y") + [.right])
    #expect(value() == "no")
    press(dashboard, Key.typing("N") + Key.typing("y"))
    #expect(screen(dashboard).contains("For their career  yes"))
    press(dashboard, [.enter])
    #expect(try lastEvent(dashboard).hasPrefix("2026-11-23 acme/lars deposit check-in +1 for:career id:"))
  }

  @Test func anyOtherCharacterChangesNothingAndSaysWhichKeysDo() throws {
    let dashboard = try onTheCareerField()
    press(dashboard, Key.typing("y") + Key.typing("x"))
    #expect(dashboard.form?[.forCareer].string == "yes")
    #expect(dashboard.form?.problem == "For their career: y for yes, n for no, Space turns it over")
    #expect(screen(dashboard).contains("y for yes, n for no"))
    press(dashboard, [.enter])
    #expect(try lastEvent(dashboard).contains(" for:career id:"))
  }

  @Test func notOfferedForAWithdrawalOrAFavourAsked() throws {
    let dashboard = try PeopleFixture.dashboard()
    press(dashboard, [.character("2"), .character("w")])
    #expect(dashboard.form?.title.hasPrefix("Withdrawal") == true)
    #expect(dashboard.form?.has(.forCareer) == false)
    press(dashboard, [.escape, .escape, .character("g")])
    #expect(dashboard.form?.title.hasPrefix("Favour given") == true)
    #expect(dashboard.form?.has(.forCareer) == true)
  }

  @Test func theKindCareerHelpSaysForTheirCareerToo() throws {
    let dashboard = try PeopleFixture.dashboard()
    press(dashboard, [.character("2"), .character("d")] + Key.typing("career-help") + [.enter])
    #expect(try lastEvent(dashboard).hasPrefix("2026-11-23 acme/lars deposit career-help +2 id:"))
    #expect(dashboard.message.hasSuffix("· for their career"), "\(dashboard.message)")
    // An ordinary deposit does not.
    press(dashboard, [.character("d"), .enter])
    #expect(!dashboard.message.contains("for their career"), "\(dashboard.message)")
  }
}
