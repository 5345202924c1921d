import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// The contacts pane's and the detail's lines about careers and people: career help, leaving,
/// role changes and progress.
@Suite struct PeopleLinesTests {
  /// The texts of a contact's lines in the pane at 120 columns.
  private func block(_ dashboard: Dashboard, _ position: Int) throws -> [ContactsView.Line] {
    let view = dashboard.contactsView(width: 52)
    return Array(view.lines[try #require(view.block(position))])
  }

  @Test func careerHelpIsCountedInDaysForEveryoneWithANextJob() throws {
    let dashboard = try PeopleFixture.dashboard()
    _ = dashboard.render(width: 120, height: 40)
    // Lars, Ole, then Mia, who left.
    let texts = try (0..<3).map { try block(dashboard, $0).map(\.text) }
    #expect(texts[0].contains("career help: 140 days ago"))
    #expect(texts[2].contains("career help: never"))
    #expect(!texts[1].contains { $0.hasPrefix("career help") }, "Ole has no next job")
    #expect(dashboard.daysAgo(PeopleFixture.today) == "today")
    #expect(dashboard.daysAgo(Day(iso: "2026-11-22")!) == "1 day ago")
    #expect(dashboard.daysAgo(Day(iso: "2025-11-23")!) == "365 days ago")
  }

  @Test func aPersonWhoLeftSaysWhenAndWhereToAndIsDimmed() throws {
    let dashboard = try PeopleFixture.dashboard()
    let mia = try block(dashboard, 2)
    #expect(mia[0].text == "(left) Mia Holm · CFO · sponsor")
    let left = try #require(mia.first { $0.text.hasPrefix("left") })
    #expect(left.text == "left 2026-11-02 · Joined Vestas")
    #expect(left.role == .warning && !left.dimmed)
    #expect(mia.filter { $0.role != .warning }.allSatisfy { $0.dimmed })
    // Those still there are not dimmed.
    #expect(try block(dashboard, 0).contains { $0.dimmed } == false)
    #expect(try block(dashboard, 1).contains { $0.dimmed } == false)
  }

  @Test func aLeavingStillAheadIsSaidSoAndNotDimmed() throws {
    let contacts = PeopleFixture.contacts.replacingOccurrences(
      of: "left: 2026-11-02 Joined Vestas", with: "left: 2026-12-31")
    let dashboard = try PeopleFixture.dashboard(contacts: contacts)
    let mia = try block(dashboard, 1)
    #expect(mia.contains { $0.text == "leaving 2026-12-31" })
    #expect(mia.allSatisfy { !$0.dimmed })
  }

  @Test func aRoleChangeShowsTheLatestPreviousRole() throws {
    let contacts = PeopleFixture.contacts.replacingOccurrences(
      of: "  previous-role: 2026-10-01 Head of Fleet Operations\n",
      with: "  previous-role: 2026-10-01 Head of Fleet Operations\n  previous-role: 2024-02-01 Planner\n")
    let dashboard = try PeopleFixture.dashboard(contacts: contacts)
    let lars = dashboard.ledger.contacts[try #require(dashboard.ledger.contactIndex("acme/lars"))]
    #expect(dashboard.roleChange(lars) == "since 2026-10-01, before: Head of Fleet Operations")
    let ole = dashboard.ledger.contacts[try #require(dashboard.ledger.contactIndex("acme/ole"))]
    #expect(dashboard.roleChange(ole) == "")
    let lines = try block(dashboard, 0)
    #expect(lines.contains { $0.label == "Role" && $0.text.hasPrefix("since 2026-10-01, before: Head of") })
    #expect(lines.contains { $0.label == "Progress" && $0.text == "2026-10-01 Promoted to VP Operations" })
  }

  @Test func theDetailListsWhoLeftRoleChangesAndProgressLatestFirst() throws {
    let contacts = PeopleFixture.contacts.replacingOccurrences(
      of: "  progress: 2026-10-01 Promoted to VP Operations\n",
      with: "  progress: 2026-10-01 Promoted to VP Operations\n  progress: 2026-11-10 Runs the Hamburg terminal\n")
    let dashboard = try PeopleFixture.dashboard(contacts: contacts)
    let lines = try #require(dashboard.detailLines()).lines.map(\.0)
    let left = try #require(lines.firstIndex(of: "People who left"))
    #expect(lines[left + 1] == "  2026-11-02 Mia Holm, CFO — Joined Vestas")
    let roles = try #require(lines.firstIndex(of: "Role changes, latest first"))
    #expect(lines[roles + 1] == "  2026-10-01 Lars Berg was Head of Fleet Operations")
    let progress = try #require(lines.firstIndex(of: "Progress, latest first"))
    #expect(
      Array(lines[(progress + 1)...(progress + 2)]) == [
        "  2026-11-10 Lars Berg: Runs the Hamburg terminal", "  2026-10-01 Lars Berg: Promoted to VP Operations",
      ])
  }

  @Test func hugeDatedNotesCostOnlyTheirFirstLines() throws {
    let huge = String(repeating: "moved to a shipyard in Gdańsk ", count: 300_000)
    let contacts = PeopleFixture.contacts.replacingOccurrences(
      of: "left: 2026-11-02 Joined Vestas", with: "left: 2026-11-02 \(huge)"
    ).replacingOccurrences(
      of: "previous-role: 2026-10-01 Head of Fleet Operations", with: "previous-role: 2026-10-01 \(huge)")
    let dashboard = try PeopleFixture.dashboard(contacts: contacts)
    let start = Date()
    let frame = dashboard.render(width: 120, height: 40)
    _ = dashboard.handle(.character("2"))
    _ = dashboard.handle(.down)
    _ = dashboard.render(width: 120, height: 40)
    #expect(Date().timeIntervalSince(start) < 2, "two screens of a store with 9 MB notes")
    #expect(frame.text.contains("Lars Berg"))
    for position in 0..<2 {
      let lines = try #require(dashboard.contactLines?.block(position))
      #expect(lines.count <= 2 * Dashboard.longestField + 12, "contact \(position): \(lines.count) lines")
    }
  }
}
