import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// `P`: the promise form, what it offers, what it saves and what it refuses.
@Suite struct PromiseFormTests {
  @Test func fromTheAccountsPaneItIsForTheWholeAccountDueInAWeekByTheOwner() throws {
    let dashboard = try PromiseFixture.dashboard(
      events: PeopleFixture.events, accounts: "account acme \"Acme Corp\" tier:A owner:sam\n")
    press(dashboard, [.character("P")])
    let form = try #require(dashboard.form)
    #expect(form.fields.map(\.key) == [.what, .contact, .due, .by])
    #expect(form[.contact].choice?.index == 0)
    #expect(form[.due].string == "+7d")
    #expect(form[.by].string == "sam")
    #expect(dashboard.formHint(form[.due])?.text == "= 2026-11-30")
    press(dashboard, Key.typing("Fix the invoice run") + [.enter])
    #expect(dashboard.form == nil)
    let promise = try #require(dashboard.ledger.promises.last)
    #expect(promise.what == "Fix the invoice run" && promise.contact == nil)
    #expect(promise.due == Day(iso: "2026-11-30") && promise.by == "sam" && promise.made == PeopleFixture.today)
    #expect(dashboard.message == "Promised 'Fix the invoice run' to Acme Corp, due 2026-11-30 (in 7 days)")
  }

  @Test func fromTheContactsPaneItIsForTheSelectedPersonAndTakesAWeekday() throws {
    let dashboard = try PromiseFixture.dashboard(events: PeopleFixture.events)
    press(dashboard, [.character("2"), .down, .character("P")])
    let form = try #require(dashboard.form)
    let person = dashboard.ledger.contacts[dashboard.selectedContacts[1]]
    #expect(form[.contact].choice?.value == person.name)
    #expect(form[.by].string.isEmpty)
    press(dashboard, Key.typing("send the benchmark") + [.tab, .tab] + Key.typing("fri") + [.enter])
    let promise = try #require(dashboard.ledger.promises.last)
    #expect(promise.contact == person.id && promise.due == Day(iso: "2026-11-27") && promise.by == nil)
    #expect(try PromiseFixture.lines(dashboard).last?.contains("promise \"send the benchmark\" due:2026-11-27") == true)
  }

  @Test func aContactIsPickedByTypingPartOfTheName() throws {
    let dashboard = try PromiseFixture.dashboard(events: PeopleFixture.events)
    press(
      dashboard,
      [.character("P")] + Key.typing("call") + [.tab] + Key.typing("ole") + [.tab] + Key.typing("tomorrow") + [.enter])
    let promise = try #require(dashboard.ledger.promises.last)
    #expect(promise.contact == "ole" && promise.due == Day(iso: "2026-11-24"))
  }

  /// Each refusal is said at its field and writes nothing.
  @Test(arguments: [
    ([Key.enter], FieldKey.what, "Say what was promised"),
    (
      Key.typing("x") + [.tab, .tab] + Key.typing("2026-11-01") + [.enter], .due, "A new promise is due today or later"
    ),
    (Key.typing("x") + [.tab, .tab] + Key.typing("someday") + [.enter], .due, "'someday' is not a day"),
    (Key.typing("x\u{1B}[31m") + [.enter], .what, "What"),
    (Key.typing("x") + [.tab] + Key.typing("nobody") + [.enter], .contact, "No contact matches 'nobody'"),
  ])
  func aRefusalIsSaidAtTheFieldAndNothingIsWritten(_ keys: [Key], _ field: FieldKey, _ problem: String) throws {
    let dashboard = try PromiseFixture.dashboard(events: PeopleFixture.events)
    let before = try PromiseFixture.lines(dashboard)
    press(dashboard, [.character("P")] + keys)
    let form = try #require(dashboard.form)
    #expect(form.problem.hasPrefix(problem), "\(form.problem)")
    #expect(form.focused.key == field)
    #expect(try PromiseFixture.lines(dashboard) == before)
    #expect(dashboard.ledger.promises.isEmpty)
  }

  @Test func aPastDayIsFlaggedAsItIsTyped() throws {
    let dashboard = try PromiseFixture.dashboard(events: PeopleFixture.events)
    press(dashboard, [.character("P"), .tab, .tab] + Key.typing("yesterday"))
    let form = try #require(dashboard.form)
    #expect(dashboard.formHint(form[.due])?.role == .error)
  }

  @Test func theMadePromiseIsUndoneByUWithoutAsking() throws {
    let dashboard = try PromiseFixture.dashboard(events: PeopleFixture.events)
    press(dashboard, [.character("P")] + Key.typing("send it") + [.enter, .character("u")])
    #expect(dashboard.message == "Took back the promise “send it” (due 2026-11-30); Ctrl-R makes it again")
    press(dashboard, [.control("r")])
    #expect(dashboard.message == "Made the promise “send it” again (due 2026-11-30)")
    #expect(dashboard.ledger.openPromises.map(\.what) == ["send it"])
    press(dashboard, [.character("u")])
    #expect(dashboard.ledger.promises.isEmpty)
  }
}
