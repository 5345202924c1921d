import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// K and M ask once, then keep or miss; X drops with a reason; the review shows and closes them.
@Suite struct PromiseQuestionTests {
  @Test func kAsksAndEnterKeepsWithALinkedDeposit() throws {
    let dashboard = try PromiseFixture.dashboard()
    press(dashboard, [.character("K")])
    let question = try #require(dashboard.promiseQuestion)
    // From the accounts pane, the account's open promises, soonest due first.
    #expect(question.promises == ["promise001", "promise002", "promise003"])
    let lines = dashboard.promiseQuestionLines(question).map(\.0)
    #expect(lines.first == "Keep 'Send the benchmark' for Lars Berg?")
    #expect(lines.last == "Enter: keep (records a promise-kept +2) · Esc: cancel")
    let before = try PromiseFixture.lines(dashboard)
    press(dashboard, [.enter])
    #expect(dashboard.promiseQuestion == nil)
    let after = try PromiseFixture.lines(dashboard)
    #expect(after.count == before.count + 2)
    #expect(after[after.count - 2].contains("acme/lars deposit promise-kept +2"))
    #expect(after[after.count - 2].contains("promise:promise001"))
    #expect(after.last == "2026-11-23 kept promise001")
    #expect(dashboard.ledger.promise(id: "promise001")?.status == .kept)
    #expect(dashboard.message == "Kept 'Send the benchmark' for Lars Berg: promise-kept +2, equity 7 -> 9")
  }

  @Test func escCancelsAndWritesNothing() throws {
    let dashboard = try PromiseFixture.dashboard()
    let before = try PromiseFixture.lines(dashboard)
    press(dashboard, [.character("M"), .escape])
    #expect(dashboard.promiseQuestion == nil && dashboard.message == "Nothing was written")
    #expect(try PromiseFixture.lines(dashboard) == before)
  }

  /// A key the question's table leaves out changes nothing: the question stays, nothing is
  /// written, and the status line says the keys.
  @Test func aKeyOutsideTheQuestionsTableDoesNothing() throws {
    let dashboard = try PromiseFixture.dashboard()
    let before = try PromiseFixture.lines(dashboard)
    press(dashboard, [.character("K")])
    let question = try #require(dashboard.promiseQuestion)
    for key in [Key.character("K"), .character("q"), .character("u"), .left, .pageDown, .function(1)] {
      press(dashboard, [key])
      #expect(dashboard.promiseQuestion == question, "\(key.label)")
      #expect(dashboard.message == "Enter: keep (records a promise-kept +2) · Esc: cancel")
    }
    #expect(try PromiseFixture.lines(dashboard) == before)
  }

  @Test func mMarksTheOneChosenWithTheArrowsMissed() throws {
    let dashboard = try PromiseFixture.dashboard()
    press(dashboard, [.character("M"), .down, .down, .up])
    let question = try #require(dashboard.promiseQuestion)
    #expect(question.current == "promise002")
    #expect(dashboard.promiseQuestionLines(question).map(\.0).contains("2 of 3 open promises: ↓ the next"))
    press(dashboard, [.enter])
    #expect(dashboard.ledger.promise(id: "promise002")?.status == .missed)
    #expect(dashboard.message == "Missed 'Call back about the invoice' for Ole Dahl: missed-promise -3, equity 7 -> 4")
    #expect(try PromiseFixture.lines(dashboard).last == "2026-11-23 missed promise002")
  }

  @Test func fromTheContactsPaneTheSelectedPersonsPromisesComeFirst() throws {
    let dashboard = try PromiseFixture.dashboard()
    let ole = try #require(dashboard.selectedContacts.firstIndex { dashboard.ledger.contacts[$0].id == "ole" })
    press(dashboard, [.character("2")] + Array(repeating: .down, count: ole) + [.character("K")])
    #expect(dashboard.promiseQuestion?.promises == ["promise002", "promise001", "promise003"])
  }

  @Test func anAccountWithoutOpenPromisesSaysSo() throws {
    let dashboard = try PromiseFixture.dashboard(events: PeopleFixture.events)
    press(dashboard, [.character("K")])
    #expect(dashboard.promiseQuestion == nil)
    #expect(dashboard.message == "No open promises to Acme Corp: P makes one")
  }

  @Test func theKeptPromiseIsTakenBackByU() throws {
    let dashboard = try PromiseFixture.dashboard()
    press(dashboard, [.character("K"), .enter, .character("u")])
    #expect(
      dashboard.message == "Took back keeping the promise “Send the benchmark”: it is open again; Ctrl-R redoes it")
    #expect(dashboard.ledger.promise(id: "promise001")?.isOpen == true)
  }

  @Test func xDropsTheChosenPromiseWithAReasonAndRecordsNothing() throws {
    let dashboard = try PromiseFixture.dashboard()
    let events = dashboard.ledger.liveEventCount
    press(dashboard, [.character("X")])
    let form = try #require(dashboard.form)
    #expect(form.focused.key == .reason)
    press(dashboard, [.backTab, .character("3"), .tab] + Key.typing("they fixed it themselves") + [.enter])
    #expect(dashboard.form == nil)
    #expect(dashboard.ledger.promise(id: "promise003")?.status == .dropped)
    #expect(try PromiseFixture.lines(dashboard).last == "2026-11-23 dropped promise003 \"they fixed it themselves\"")
    #expect(dashboard.ledger.liveEventCount == events)
    #expect(
      dashboard.message == "Dropped 'Fix the invoice run' for Acme Corp (they fixed it themselves): nothing recorded")
  }

  @Test func anOverduePromiseBringsTheAccountIntoTheReviewWhereKKeepsIt() throws {
    let dashboard = try PromiseFixture.dashboard()
    press(dashboard, [.character("r")])
    let review = try #require(dashboard.review)
    #expect(review.current == "acme")
    let card = try #require(dashboard.reviewCard(dashboard.layout.panes[.accounts]!)).lines.map(\.0)
    #expect(card.contains { $0.contains("Promise 'Send the benchmark' to Lars Berg is 9 days overdue") })
    #expect(card.contains("Open promises"))
    #expect(card.contains { $0.contains("Send the benchmark — Lars Berg · 9 days overdue") })
    #expect(card.contains { $0.contains("K keep · M miss · X drop") })
    press(dashboard, [.character("K"), .enter])
    #expect(dashboard.review?.done["acme"] == .keptPromise)
    #expect(dashboard.ledger.promise(id: "promise001")?.status == .kept)
  }
}

/// A snooze is the user's decision about when to look again: an overdue promise does not
/// overrule it. The mark and the drift reason still show the promise.
@Suite struct SnoozedWithAPromiseOverdueTests {
  @Test func aSnoozedAccountStaysOutOfTheReviewButShowsItsOverduePromise() throws {
    let dashboard = try PromiseFixture.dashboard(
      accounts: "account acme \"Acme Corp\" tier:A snoozed:2026-12-20\n  snooze-reason: Year-end freeze\n")
    press(dashboard, [.character("r")])
    #expect(dashboard.review == nil)
    #expect(screen(dashboard).contains("│⚑! Acme Corp"))
    #expect(
      dashboard.drift[0].reasons.contains {
        $0.description.hasPrefix("Promise 'Send the benchmark' to Lars Berg is 9 days overdue")
      })
  }
}
