import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// The drift review driven by keys on a copy of the demo store.
@Suite struct ReviewTests {
  private func accounts(_ dashboard: Dashboard) throws -> String {
    try String(contentsOfFile: "\(dashboard.store.path)/\(Store.accountsFile)", encoding: .utf8)
  }

  @Test func theReviewWalksTheAccountsThatNeedAttentionWorstFirst() throws {
    let dashboard = try DemoFixture.dashboard()
    press(dashboard, [.character("r")])
    #expect(screen(dashboard).contains("Review 1 of 7 · Compagnie Électrique du Rhône"))
    #expect(screen(dashboard).contains("- 87 days since the last deposit or favour; tier A promises"))
    #expect(screen(dashboard).contains("Deposit ideas"))
    press(dashboard, [.character("n")])
    #expect(screen(dashboard).contains("Review 2 of 7 · Kestrel Aerospace Components"))
    // The contacts pane and the timeline follow the account under review.
    #expect(screen(dashboard).contains("Equity · Kestrel Aerospace Components"))
    press(dashboard, [.character("k"), .character("k")])
    #expect(screen(dashboard).contains("Review 1 of 7"))
    press(dashboard, [.character("q")])
    #expect(dashboard.review == nil)
    // Both cards shown were looked at, one was decided.
    #expect(dashboard.message == "Review ended: 2 of 7 looked at; 1 skipped")
    // Ended on the first card: it was looked at, and nothing was decided.
    press(dashboard, [.character("r"), .character("q")])
    #expect(dashboard.message == "Review ended: 1 of 7 looked at, nothing decided")
  }

  @Test func planningAndSnoozingAreStoredAndTakeTheAccountOutOfTheQueue() throws {
    let dashboard = try DemoFixture.dashboard()
    press(dashboard, [.character("r"), .character("p"), .tab] + Key.typing("Call about the COMEX deck") + [.enter])
    #expect(
      dashboard.message
        == "Planned for 2026-11-30: Compagnie Électrique du Rhône (Call about the COMEX deck)")
    #expect(screen(dashboard).contains("Review 2 of 7 · Kestrel"))
    press(dashboard, [.character("z"), .enter])
    #expect(dashboard.form?.problem == "Say why, so that it makes sense when it comes back")
    press(dashboard, Key.typing("Reorganisation") + [.enter])  // the refusal moved to the reason
    #expect(dashboard.message == "Snoozed until 2026-12-23: Kestrel Aerospace Components (Reorganisation)")
    let text = try accounts(dashboard)
    #expect(text.contains("owner:priya plan:2026-11-30 plan-review:2027-01-08\n"))
    #expect(text.contains("  plan-note: Call about the COMEX deck\n"))
    #expect(text.contains("owner:sam snoozed:2026-12-23\n"))
    #expect(text.contains("  snooze-reason: Reorganisation\n"))
    press(dashboard, [.escape])
    // Both leave the queue, and the list shows them below the others with their marks.
    press(dashboard, [.character("r")])
    #expect(screen(dashboard).contains("Review 1 of 5 · Harbourline Health Trust"))
    press(dashboard, [.character("q")])
    let lines = screen(dashboard).components(separatedBy: "\n")
    #expect(lines.contains { $0.hasPrefix("│P  Compagnie Électrique") })
    #expect(lines.contains { $0.hasPrefix("│z  Kestrel Aerospace") })
  }

  @Test func aPlanInThePastIsRefused() throws {
    let dashboard = try DemoFixture.dashboard()
    press(dashboard, [.character("r"), .character("p")] + Key.typing("2026-11-01") + [.enter])
    #expect(dashboard.form?.problem == "Give a day from today on: tomorrow, +7d or YYYY-MM-DD")
    // Électrique's header keeps no plan (the demo plans a touch elsewhere, for 한빛바이오).
    #expect((try accounts(dashboard)).contains("owner:priya plan-review:2027-01-08\n"))
  }

  @Test func aDepositInTheReviewStaysOnTheAccountAndADuePlanShows() throws {
    let dashboard = try DemoFixture.dashboard()
    press(dashboard, [.character("r"), .character("d"), .character("0"), .character("2"), .enter])
    #expect(dashboard.message.hasPrefix("Deposit +3 for Compagnie Électrique du Rhône: equity 24.5 -> 27.5"))
    #expect(screen(dashboard).contains("Done in this review: deposit"))
    #expect(screen(dashboard).contains("Review 1 of 7"))
    press(dashboard, [.character("q")])
    // A plan for today is due: the title counts it and the mark says so.
    var account = dashboard.ledger.accounts[dashboard.ledger.accountIndex("nordhavn")!]
    account.plan = DemoFixture.today
    try dashboard.store.update(account)
    press(dashboard, [.character("j")])
    let text = screen(dashboard)
    #expect(text.hasPrefix(" Rapport  1 planned touch due · 14 accounts"))
    #expect(text.components(separatedBy: "\n").contains { $0.hasPrefix("│P! Nordhavn Shipping") })
  }

  @Test func keysThatWouldChangeTheListWaitAndOtherPanesScrollAsUsual() throws {
    let dashboard = try DemoFixture.dashboard()
    press(dashboard, [.character("r"), .pageDown, .character("s"), .character("/")])
    #expect(dashboard.message == "During the review: n next, k back, d deposit, p plan, z snooze, q ends it")
    #expect(screen(dashboard).contains("Contacts · Compagnie Électrique du Rhône"))
    press(dashboard, [.character("2"), .character("j")])
    #expect(screen(dashboard).contains("Review 1 of 7"))
    press(dashboard, [.character("1"), .character("j")])
    #expect(screen(dashboard).contains("Review 2 of 7"))
    // A click on another account in the list leaves the card's account in the panes.
    press(dashboard, [.mouse(MouseEvent(.press, x: 5, y: 12))])
    #expect(screen(dashboard).contains("Contacts · Kestrel Aerospace Components"))
  }

  @Test func aDuePlanComesFirstAndANewDecisionReplacesTheOld() throws {
    let dashboard = try DemoFixture.dashboard()
    // Planned by hand in the file: the dashboard reads it at the next key.
    let path = "\(dashboard.store.path)/\(Store.accountsFile)"
    try (try accounts(dashboard)).replacingOccurrences(
      of: "fjordlys \"Fjordlys kommune\" tier:C", with: "fjordlys \"Fjordlys kommune\" tier:C plan:2026-11-01"
    )
    .write(toFile: path, atomically: true, encoding: .utf8)
    press(dashboard, [.character("j")])
    #expect(screen(dashboard).components(separatedBy: "\n")[3].hasPrefix("│P! Fjordlys kommune"))
    // The reason line under the list says what the P! mark means.
    press(dashboard, [.character("k"), .character("k")])
    #expect(screen(dashboard).contains("The touch planned for 2026-11-01 is 22 days overdue"))
    press(dashboard, [.character("r")])
    #expect(screen(dashboard).contains("Review 1 of 8 · Fjordlys kommune"))
    #expect(screen(dashboard).contains("- The touch planned for 2026-11-01 is 22 days overdue"))
    // Planned again, then snoozed after all: the snooze replaces the plan.
    press(
      dashboard, [.character("p"), .enter, .character("k"), .character("z"), .tab] + Key.typing("Elections") + [.enter])
    let account = dashboard.ledger.accounts[dashboard.ledger.accountIndex("fjordlys")!]
    #expect(account.plan == nil)
    #expect(account.snoozedUntil == Day(iso: "2026-12-23"))
  }

  @Test func theAccountFormChangesOrClearsAPlanAndASnooze() throws {
    let dashboard = try DemoFixture.dashboard()
    press(
      dashboard, [.character("r"), .character("z"), .tab] + Key.typing("Budget freeze") + [.enter, .character("q")])
    let id = "electrique"
    #expect(dashboard.ledger.accounts[dashboard.ledger.accountIndex(id)!].snoozedUntil != nil)
    press(dashboard, [.character("/")] + Key.typing("électrique") + [.enter, .character("E")])
    press(
      dashboard, Array(repeating: .tab, count: 10) + [.control("u"), .tab, .control("u"), .backTab, .backTab, .backTab])
    press(dashboard, Key.typing("+3d") + [.enter])
    let account = dashboard.ledger.accounts[dashboard.ledger.accountIndex(id)!]
    #expect(account.snoozedUntil == nil)
    #expect(account.snoozeReason == "")
    #expect(account.plan == Day(iso: "2026-11-26"))
  }

  @Test func aTallCardScrollsWithPageKeys() throws {
    let dashboard = try DemoFixture.dashboard()
    _ = dashboard.handle(.character("r"))
    let before = dashboard.render(width: 80, height: 24).text
    #expect(before.contains(" 1-19/47 PgDn "))
    _ = dashboard.handle(.pageDown)
    let after = dashboard.render(width: 80, height: 24).text
    #expect(after.contains(" 6-24/47 PgDn "))
    #expect(after.contains("Review 1 of 7"))
  }
}
