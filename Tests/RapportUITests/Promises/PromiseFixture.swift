import Foundation
import RapportCore

@testable import RapportUI

/// The people store (PeopleFixture, today 2026-11-23, a Monday) with promises: one to Lars nine
/// days overdue, one to Ole due in two days, one to the whole account due in seventeen, and one
/// to Ole kept before.
enum PromiseFixture {
  static let events = """
    2026-07-06 acme/lars deposit insight +3 for:career id:career0001
    2026-10-15 acme/ole deposit +2 id:oledeposit
    2026-11-01 acme/lars promise "Send the benchmark" due:2026-11-14 by:sam id:promise001
    2026-11-20 acme/ole promise "Call back about the invoice" due:2026-11-25 id:promise002
    2026-11-20 acme promise "Fix the invoice run" due:2026-12-10 id:promise003
    2026-10-01 acme/ole promise "Send the price list" due:2026-10-10 id:promise004
    2026-10-09 acme/ole deposit promise-kept +2 "Kept: Send the price list" promise:promise004 id:keptevent1
    2026-10-09 kept promise004

    """

  static func dashboard(events: String = events, accounts: String? = nil) throws -> Dashboard {
    let dashboard = try PeopleFixture.dashboard(events: events)
    if let accounts {
      try accounts.write(
        toFile: dashboard.store.path + "/" + Store.accountsFile, atomically: true, encoding: .utf8)
      try dashboard.store.reload()
      let fresh = Dashboard(store: dashboard.store, today: PeopleFixture.today)
      fresh.storeLabel = "people"
      return fresh
    }
    return dashboard
  }

  /// The events file's lines.
  static func lines(_ dashboard: Dashboard) throws -> [String] {
    try String(contentsOfFile: dashboard.store.path + "/" + Store.eventsFile, encoding: .utf8)
      .split(separator: "\n").map(String.init)
  }
}
