import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// The account form does not show the key account plan; saving it keeps the plan as it was.
@Suite struct AccountPlanKeptTests {
  @Test func editingAnAccountKeepsItsPlan() throws {
    let path = try PeopleFixture.store()
    let planned = """
      account acme "Acme Corp" tier:A plan-review:2027-01-15
        objective: Sole supplier by 2028
        initiative: status:active due:2026-12-15 owner:sam for:lars Benchmark study

      """
    try planned.write(toFile: path + "/" + Store.accountsFile, atomically: true, encoding: .utf8)
    let store = try Store(path: path, writable: true, today: PeopleFixture.today)
    let dashboard = Dashboard(store: store, today: PeopleFixture.today)
    press(dashboard, [.character("E"), .control("u")] + Key.typing("Acme Group") + [.enter])
    #expect(dashboard.message == "Saved Acme Group", "\(dashboard.message ?? "")")
    let written = try String(contentsOfFile: path + "/" + Store.accountsFile, encoding: .utf8)
    #expect(written == planned.replacingOccurrences(of: "\"Acme Corp\"", with: "\"Acme Group\""), "\(written)")
  }
}
