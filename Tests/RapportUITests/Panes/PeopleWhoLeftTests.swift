import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// People who left are not treated as current: listed after those still there and marked in
/// words, nothing to reassess, no deposit ideas, only under "People who left" in the detail,
/// and marked in the record form's choice of contact. Mia (a sponsor) left on 2026-11-02.
@Suite struct PeopleWhoLeftTests {
  /// Mia is also a decision maker, difficult, a role model and due a reassessment.
  private static let flagged = PeopleFixture.contacts.replacingOccurrences(
    of: #"contact acme/mia "Mia Holm" role:CFO flags:sponsor"#,
    with: #"contact acme/mia "Mia Holm" role:CFO flags:sponsor,decision-maker,difficult,role-model reassess:2026-11-01"#
  )

  /// The same with her leaving still ahead, on 2026-12-31.
  private static let leaving = flagged.replacingOccurrences(
    of: "left: 2026-11-02 Joined Vestas", with: "left: 2026-12-31 Joined Vestas")

  /// Mia first in the file, so that only the pane's order puts her last.
  private static let miaFirst: String = {
    let parts = PeopleFixture.contacts.components(separatedBy: "contact acme/")
    return parts[0] + "contact acme/" + parts[2] + "contact acme/" + parts[1] + "contact acme/" + parts[3]
  }()

  private func ids(_ dashboard: Dashboard) -> [String] {
    dashboard.selectedContacts.map { dashboard.ledger.contacts[$0].id }
  }

  private func heads(_ dashboard: Dashboard) -> [String] {
    let view = dashboard.contactsView(width: 118)
    return view.blockStart.map { view.lines[$0].text }
  }

  @Test func theyComeAfterThoseStillThereAndTheFirstSelectedIsSomeoneThere() throws {
    let dashboard = try PeopleFixture.dashboard(contacts: Self.miaFirst)
    _ = dashboard.render(width: 120, height: 40)
    #expect(ids(dashboard) == ["lars", "ole", "mia"])
    // e and d go to the first person still there.
    press(dashboard, [.character("2"), .character("e")])
    #expect(dashboard.form?.title == "Edit Lars Berg · Acme Corp")
    // Leaving still ahead: still there, in the file's order.
    let ahead = try PeopleFixture.dashboard(
      contacts: Self.miaFirst.replacingOccurrences(of: "left: 2026-11-02", with: "left: 2026-12-31"))
    #expect(ids(ahead) == ["mia", "lars", "ole"])
  }

  @Test func theirHeaderIsMarkedInWordsAndHasNothingToReassess() throws {
    let dashboard = try PeopleFixture.dashboard(contacts: Self.flagged)
    #expect(
      heads(dashboard) == [
        "Lars Berg · VP Operations · decision-maker", "Ole Dahl · Buyer",
        "(left) Mia Holm · CFO · sponsor, decision-maker, difficult, role-model",
      ])
    let ahead = try PeopleFixture.dashboard(contacts: Self.leaving)
    #expect(
      heads(ahead)[1] == "Mia Holm · CFO · sponsor, decision-maker, difficult, role-model · reassess due 2026-11-01")
  }

  @Test func theRecordFormMarksThemInTheChoiceOfContact() throws {
    let dashboard = try PeopleFixture.dashboard()
    press(dashboard, [.character("2"), .character("d"), .backTab] + Key.typing("mi"))
    let form = try #require(dashboard.form)
    #expect(form[.contact].choice?.value == "Mia Holm (left)")
    #expect(screen(dashboard).contains("Mia Holm (left)"))
    guard case .choice(let options, _, _) = form[.contact].kind else { throw Failure("not a choice") }
    #expect(options == ["(the whole account)", "Lars Berg", "Ole Dahl", "Mia Holm (left)"])
    // Picked, the event is still hers.
    press(dashboard, [.enter])
    let events = try String(contentsOfFile: "\(dashboard.store.path)/\(Store.eventsFile)", encoding: .utf8)
    #expect(events.split(separator: "\n").last?.hasPrefix("2026-11-23 acme/mia deposit") == true)
  }

  @Test func twoPeopleWithOneNameAreToldApartByTheirIds() throws {
    let contacts = PeopleFixture.contacts + "contact acme/ole2 \"Ole Dahl\" role:Driver\n"
    let dashboard = try PeopleFixture.dashboard(contacts: contacts)
    press(dashboard, [.character("2"), .character("d")])
    guard case .choice(let options, _, _) = try #require(dashboard.form)[.contact].kind else {
      throw Failure("not a choice")
    }
    #expect(options == ["(the whole account)", "Lars Berg", "Ole Dahl (ole)", "Ole Dahl (ole2)", "Mia Holm (left)"])
  }

  @Test func theReviewOffersNoDepositIdeasForThem() throws {
    let dashboard = try PeopleFixture.dashboard()
    press(dashboard, [.character("r")])
    let card = try #require(dashboard.reviewCard(Rect(x: 0, y: 0, width: 200, height: 40))).lines.map(\.0)
    #expect(card.contains { $0.hasPrefix("  Lars Berg: ") })
    #expect(!card.contains { $0.contains("Mia Holm:") })
    // With her leaving still ahead, she is offered for.
    let ahead = try PeopleFixture.dashboard(contacts: Self.leaving)
    press(ahead, [.character("r")])
    let aheadCard = try #require(ahead.reviewCard(Rect(x: 0, y: 0, width: 200, height: 40))).lines.map(\.0)
    #expect(aheadCard.contains { $0.hasPrefix("  Mia Holm: ") })
  }

  @Test func theDetailListsThemOnlyUnderPeopleWhoLeft() throws {
    let dashboard = try PeopleFixture.dashboard(contacts: Self.flagged)
    let lines = try #require(dashboard.detailLines()).lines.map(\.0)
    // The drift's reason says she left; the people's sections name her once.
    #expect(
      lines.filter { $0.contains("Mia Holm") && !$0.hasPrefix("  - ") } == [
        "  2026-11-02 Mia Holm, CFO — Joined Vestas"
      ])
    #expect(!lines.contains("Difficult people") && !lines.contains("Culture role models"))
    #expect(!lines.contains { $0.contains("reassessment") })
    let makers = try #require(lines.firstIndex(of: "Decision makers"))
    #expect(lines[makers + 1] == "  Lars Berg, VP Operations" && lines[makers + 2] == "")
    // Leaving still ahead: under her flags, due her reassessment, and not among those who left.
    let ahead = try #require(try PeopleFixture.dashboard(contacts: Self.leaving).detailLines()).lines.map(\.0)
    #expect(ahead.contains("  Mia Holm, CFO — reassess was due 2026-11-01"))
    #expect(ahead.contains("Difficult people") && !ahead.contains("People who left"))
  }

  @Test func theDetailWrapsEveryReasonUnderItsText() throws {
    let dashboard = try PeopleFixture.dashboard()
    _ = dashboard.render(width: 60, height: 40)
    _ = dashboard.handle(.enter)
    _ = dashboard.render(width: 60, height: 40)
    let content = try #require(dashboard.overlayContent())
    let lines = content.lines.map(\.0)
    let reason = try #require(lines.firstIndex { $0.hasPrefix("  - Mia Holm (sponsor) left on 2026-11-02") })
    // Its lines after the first start under its text, four columns in, as every reason's do.
    let rest = lines[(reason + 1)...].prefix { $0.hasPrefix("    ") && !$0.hasPrefix("    -") }
    #expect(rest.count >= 2)
    #expect(rest.map { $0.dropFirst(4) }.joined(separator: " ").contains("find who holds the account now"))
    var start = lines.firstIndex(of: "Drift: drifting") ?? lines.firstIndex { $0.hasPrefix("Drift: ") }!
    start += 1
    for line in lines[start...].prefix(while: { !$0.isEmpty }) {
      #expect(line.hasPrefix("  - ") || line.hasPrefix("  · ") || line.hasPrefix("    "), "\(line)")
    }
  }
}

private struct Failure: Error {
  var description: String
  init(_ description: String) { self.description = description }
}
