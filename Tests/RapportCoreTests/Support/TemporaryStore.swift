import Foundation

@testable import RapportCore

/// A store folder under the system's temporary directory, written from strings, removed on deinit.
final class TemporaryStore {
  let path: String

  init(accounts: String = "", contacts: String = "", events: String = "", in folder: String? = nil) throws {
    path = (folder.map { $0 + "/" } ?? NSTemporaryDirectory()) + "rapport-test-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    try write(Store.accountsFile, accounts)
    try write(Store.contactsFile, contacts)
    try write(Store.eventsFile, events)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func write(_ name: String, _ text: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: "\(path)/\(name)"))
  }

  func read(_ name: String) throws -> String {
    try String(contentsOfFile: "\(path)/\(name)", encoding: .utf8)
  }

  func open(writable: Bool = true, today: String = "2026-11-23", halfLife: Double = 180) throws
    -> Store
  {
    try Store(
      path: path, writable: writable, settings: EquitySettings(halfLifeDays: halfLife),
      today: Day(iso: today)!)
  }
}

/// A small, valid store used across tests.
enum Sample {
  static let accounts = """
    # Key accounts
    account acme "Acme Corp" tier:A won:2025-03-01 owner:sam
      culture: Consensus-driven; nothing is decided in the first meeting.
        The board meets monthly.
      do: Bring numbers to every review
      do: Send agendas early
      dont: Criticise the previous supplier

    account kyoto "京都精機株式会社" tier:B
      culture: Formal; gifts matter.

    """

  static let contacts = """
    contact acme/jane "Jane Doe" role:CFO flags:decision-maker,role-model reassess:2026-12-01
      next-job: COO within two years
      measured-by: Opex reduction
      worries: Board pressure on cost
      help: Introduce her to our benchmarking study
      personal: Runs marathons
    contact acme/bob "Bob Léger" role:"VP Procurement"
    contact kyoto/sato "佐藤 花子" role:部長

    """

  static let events = """
    # events
    2026-01-10 acme/jane deposit insight +3 "Shared the benchmark" id:e1
    2026-02-01 acme withdrawal mistake -2 "Invoice sent twice" id:e2
    2026-03-01 acme/jane favour-asked +1 "Intro to procurement" id:e3
    2026-03-05 acme/bob favour-given intro +2 id:e4
    2026-04-01 kyoto/sato deposit promise-kept +1.5

    """
}
