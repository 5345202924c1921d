import Foundation
import RapportCore
import RapportUI

/// A small store of one account and three people, written in the test (not the demo, which
/// changes): Lars, whose role changed and whose career we helped 140 days ago; Mia, a sponsor
/// who left; Ole, with no next job. Today is 2026-11-23.
enum PeopleFixture {
  static let today = Day(iso: "2026-11-23")!

  static let contacts = """
    contact acme/lars "Lars Berg" role:"VP Operations" flags:decision-maker
      next-job: COO when the current one retires
      progress: 2026-10-01 Promoted to VP Operations
      measured-by: On-time departures
      previous-role: 2026-10-01 Head of Fleet Operations
    contact acme/mia "Mia Holm" role:CFO flags:sponsor
      next-job: A seat on the board
      left: 2026-11-02 Joined Vestas
    contact acme/ole "Ole Dahl" role:Buyer

    """

  static let events = """
    2026-07-06 acme/lars deposit insight +3 for:career id:career0001
    2026-10-15 acme/ole deposit +2 id:oledeposit

    """

  /// The store's folder, made in a new temporary folder, with `contacts` for its people.
  static func store(contacts: String = contacts, events: String = events) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-people-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let files = [
      Store.accountsFile: "account acme \"Acme Corp\" tier:A\n", Store.contactsFile: contacts,
      Store.eventsFile: events,
    ]
    for (name, text) in files { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
    return path
  }

  /// A dashboard over a new copy of the store, labelled for snapshots.
  static func dashboard(contacts: String = contacts, events: String = events) throws -> Dashboard {
    let store = try Store(path: try store(contacts: contacts, events: events), writable: true, today: today)
    let dashboard = Dashboard(store: store, today: today)
    dashboard.storeLabel = "people"
    return dashboard
  }
}
