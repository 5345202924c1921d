import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// The rules the record and add forms share with `rapport add`: a kind of another type is
/// refused at the Kind field, a day more than ten years back at the Date field; a new contact's
/// id comes from the whole name; and an empty store says how to add an account.
@Suite struct FormRulesTests {
  private func events(_ dashboard: Dashboard) throws -> String {
    try String(contentsOfFile: "\(dashboard.store.path)/\(Store.eventsFile)", encoding: .utf8)
  }

  @Test func aKindOfAnotherTypeIsRefusedAtTheKindFieldAndAnOwnKindIsRecorded() throws {
    let dashboard = try PeopleFixture.dashboard()
    let before = try events(dashboard)
    // 0: for the whole account, not the contact touched last.
    press(dashboard, [.character("d"), .character("0")] + Key.typing("mistake"))
    #expect(screen(dashboard).contains("mistake  a withdrawal kind"))
    #expect(dashboard.form.flatMap { dashboard.formHint($0.focused) }?.text == "a withdrawal kind")
    press(dashboard, [.enter])
    #expect(
      dashboard.form?.problem
        == "mistake is a withdrawal's kind: use withdrawal, or a deposit kind: check-in, insight, problem-solved,"
        + " kindness, promise-kept")
    #expect(dashboard.form?.focused.key == .kind)
    #expect(try events(dashboard) == before)
    // A kind no type lists is one's own.
    press(dashboard, [.control("u")] + Key.typing("site-visit"))
    #expect(dashboard.form.flatMap { dashboard.formHint($0.focused) } == nil)
    press(dashboard, [.enter])
    #expect(dashboard.form == nil)
    #expect(try events(dashboard).hasPrefix(before + "2026-11-23 acme deposit site-visit +2 id:"))
  }

  @Test func aWithdrawalRefusesADepositsKind() throws {
    let dashboard = try PeopleFixture.dashboard()
    press(dashboard, [.character("w")] + Key.typing("insight") + [.enter])
    #expect(
      dashboard.form?.problem.hasPrefix("insight is a deposit's kind: use deposit, or a withdrawal kind:") == true)
  }

  @Test func aDayMoreThanTenYearsBackIsRefusedAtTheDateFieldAndTomorrowIsAllowed() throws {
    let dashboard = try PeopleFixture.dashboard()
    let before = try events(dashboard)
    press(dashboard, [.character("d"), .character("0"), .tab, .tab, .control("u")] + Key.typing("1900-01-01"))
    #expect(screen(dashboard).contains("more than 10 years ago"))
    #expect(dashboard.form.flatMap { dashboard.formHint($0.focused) }?.text == "more than 10 years ago")
    press(dashboard, [.enter])
    #expect(
      dashboard.form?.problem
        == "1900-01-01 is more than 10 years ago: events go back 10 years at most, to 2016-11-23")
    #expect(dashboard.form?.focused.key == .date)
    press(dashboard, [.control("u")] + Key.typing("-4000d") + [.enter])
    #expect(dashboard.form?.problem.hasPrefix("-4000d (2015-12-11) is more than 10 years ago") == true)
    #expect(try events(dashboard) == before)
    press(dashboard, [.control("u")] + Key.typing("tomorrow") + [.enter])
    #expect(dashboard.form == nil)
    #expect(try events(dashboard).hasPrefix(before + "2026-11-24 acme deposit check-in +1 id:"))
    // A touch dated tomorrow is a touch today: never -1 days since.
    let summary = try #require(AccountSummary.all(in: dashboard.ledger, on: PeopleFixture.today).first)
    #expect(summary.daysSinceTouch == 0)
  }

  @Test func aNewContactsIdIsMadeFromTheWholeName() throws {
    let dashboard = try PeopleFixture.dashboard()
    press(dashboard, [.character("C")] + Key.typing("Lars Ødegård") + [.enter])
    #expect(dashboard.message == "Added Lars Ødegård to Acme Corp")
    let contacts = try String(contentsOfFile: "\(dashboard.store.path)/\(Store.contactsFile)", encoding: .utf8)
    #expect(contacts.contains("contact acme/lars-odegard \"Lars Ødegård\""))
  }

  @Test func anEmptyStorePointsAtTheAddKey() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-empty-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for name in [Store.accountsFile, Store.contactsFile, Store.eventsFile] {
      try "".write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
    }
    let dashboard = Dashboard(
      store: try Store(path: path, writable: true, today: PeopleFixture.today), today: PeopleFixture.today)
    // Wrapped in the accounts pane, which is 64 columns wide in a 120-column window.
    let lines = screen(dashboard).components(separatedBy: "\n")
    let first = try #require(lines.firstIndex { $0.contains("No accounts yet: press A to add one (or add them to") })
    #expect(lines[first + 1].contains("│ accounts.txt)"))
    press(dashboard, [.character("A")] + Key.typing("Acme Corp") + [.enter])
    #expect(dashboard.message == "Added Acme Corp")
    #expect(!screen(dashboard).contains("No accounts yet"))
  }
}
