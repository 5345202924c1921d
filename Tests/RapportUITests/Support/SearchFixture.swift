import Foundation
import RapportCore
import RapportUI

/// A small store for finding people (written in the test, not the demo): Müller with Katrin
/// Weber (touched in September) and Jonas Brandt (touched last week), Hanbit with 김지현 (id
/// `kim`), and Nordlicht with Ines, whose next job is at Müller. Today is 2026-11-23.
enum SearchFixture {
  static let today = Day(iso: "2026-11-23")!

  static let accounts = """
    account muller "Müller Präzisionstechnik" tier:A
    account hanbit "Hanbit Systems" tier:B
    account nord "Nordlicht Energie" tier:C

    """

  static let contacts = """
    contact muller/jonas "Jonas Brandt" role:"Head of Purchasing"
    contact muller/katrin "Katrin Weber" role:CFO
      next-job: CEO of a family firm
    contact hanbit/kim "김지현" role:CTO
    contact nord/ines "Ines Vogt" role:Buyer
      next-job: Purchasing at Müller
      personal: Sails on the Ostsee

    """

  static let events = """
    2026-09-01 muller/katrin deposit insight +2 id:katrin0001
    2026-11-16 muller/jonas deposit check-in +1 id:jonas00001
    2026-11-10 hanbit/kim deposit check-in +1 id:kim0000001

    """

  static func dashboard(
    accounts: String = accounts, contacts: String = contacts, events: String = events
  ) throws -> Dashboard {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-find-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let files = [Store.accountsFile: accounts, Store.contactsFile: contacts, Store.eventsFile: events]
    for (name, text) in files { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
    let dashboard = Dashboard(store: try Store(path: path, writable: true, today: today), today: today)
    dashboard.storeLabel = "find"
    return dashboard
  }
}
