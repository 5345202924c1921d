import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// The status line's reason while a search is typed: an account found by its id says so, and a
/// reason cut to the width keeps the matched field's words, the role going first.
@Suite struct SearchReasonTests {
  private func statusLine(_ dashboard: Dashboard, width: Int) -> String {
    String(dashboard.render(width: width, height: 24).text.split(separator: "\n", omittingEmptySubsequences: false)[23])
  }

  @Test func anAccountFoundByItsIdSaysSo() throws {
    let dashboard = try SearchFixture.dashboard(
      accounts: "account hanbit \"한빛바이오 주식회사\" tier:B\naccount nord \"Nordlicht Energie\" tier:C\n",
      contacts: "contact nord/ines \"Ines Vogt\" role:Buyer\n", events: "")
    press(dashboard, [.character("/")] + Key.typing("hanbit"))
    #expect(dashboard.list.rows.count == 1)
    #expect(statusLine(dashboard, width: 120).contains("1 match · found: id hanbit"))
    // Found by its name, the row says it all: no reason.
    press(dashboard, [.escape, .character("/")] + Key.typing("nordlicht"))
    #expect(!statusLine(dashboard, width: 120).contains("found:"))
  }

  @Test func aCutReasonKeepsTheMatchedFieldsWordsAndDropsTheRoleFirst() throws {
    let dashboard = try SearchFixture.dashboard(
      accounts: "account brightwater \"Brightwater Insurance DAC\" tier:B\n",
      contacts: """
        contact brightwater/siobhan "Siobhán Byrne" role:"Head of Claims Operations"
          help: A benchmark of claims cycle times against peers

        """, events: "")
    press(dashboard, [.character("/")] + Key.typing("benchm"))
    let wide = statusLine(dashboard, width: 160)
    #expect(wide.contains("found: Siobhán Byrne (Head of Claims Operations) · help: A benchmark of claims cycle"))
    // At 80 columns the role goes, and the field's words stay.
    let narrow = statusLine(dashboard, width: 80)
    #expect(narrow.contains("found: Siobhán Byrne · help: A benchmark"), "\(narrow)")
    #expect(!narrow.contains("Head of Claims"))
    // Narrower still, the name is cut before the field's first words.
    let reason = try #require(dashboard.selectedSearchReason(width: 30))
    #expect(reason.contains("· help: A bench"), "\(reason)")
    #expect(!reason.contains("Byrne"))
    #expect(DisplayWidth.of(reason) <= 30)
  }
}
