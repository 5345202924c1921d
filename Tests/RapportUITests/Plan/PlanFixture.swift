import Foundation
import RapportCore

@testable import RapportUI

/// The promise store (PromiseFixture, today Monday 2026-11-23) with a key account plan at Acme:
/// its review 13 days late, an objective, an active initiative for Lars three days late, an idea
/// due on Friday and one done; a touch planned for Wednesday; Beta, tier B, with no plan; and
/// Ole to be reassessed tomorrow.
enum PlanFixture {
  static let accounts = """
    account acme "Acme Corp" tier:A owner:sam plan:2026-11-25 plan-review:2026-11-10
      plan-note: Lunch with Lars
      objective: Become their sole supplier of turbine parts by 2028
      initiative: status:idea due:2026-11-27 A joint innovation day
      initiative: status:active due:2026-11-20 owner:sam for:lars Benchmark study for the board
      initiative: status:done Fix the invoicing run
    account beta "Beta Logistics" tier:B

    """

  static func dashboard(accounts: String = accounts) throws -> Dashboard {
    let contacts = PeopleFixture.contacts.replacingOccurrences(
      of: "contact acme/ole \"Ole Dahl\" role:Buyer",
      with: "contact acme/ole \"Ole Dahl\" role:Buyer reassess:2026-11-24")
    let dashboard = try PeopleFixture.dashboard(contacts: contacts, events: PromiseFixture.events)
    try accounts.write(toFile: dashboard.store.path + "/" + Store.accountsFile, atomically: true, encoding: .utf8)
    try dashboard.store.reload()
    let fresh = Dashboard(store: dashboard.store, today: PeopleFixture.today)
    fresh.storeLabel = "plan"
    return fresh
  }

  /// The accounts file as it is on disk.
  static func accountsText(_ dashboard: Dashboard) throws -> String {
    try String(contentsOfFile: dashboard.store.path + "/" + Store.accountsFile, encoding: .utf8)
  }
}
