import Foundation
import RapportCore
import SnapshotTesting
import Testing

@testable import RapportUI

/// The brief over the dashboard (`b`): scrolled, drawn at 80x24 and in a narrow window, and
/// written to a Markdown file with `w`. To record the snapshots anew, delete the files and run
/// the tests twice.
@Suite struct BriefOverlayTests {
  static let today = Day(iso: "2026-11-23")!

  static let accounts = """
    account acme "Acme Corp" tier:A won:2025-03-01 owner:sam
      culture: Consensus-driven; nothing is decided in the first meeting.
      do: Bring numbers to every review
      dont: Criticise the previous supplier

    """

  static let contacts = """
    contact acme/jane "Jane Doe" role:CFO flags:decision-maker reassess:2026-12-01
      next-job: COO within two years, once the merger with the Nordic business has gone through
      measured-by: Opex reduction
      personal: Runs marathons
    contact acme/bob "Bob Stone" role:Buyer flags:difficult

    """

  static let events = """
    2026-02-10 acme/bob withdrawal mistake -4 "Outage in their busiest week"
    2026-06-01 acme/jane deposit insight +3 "Shared the benchmark"

    """

  /// A dashboard over a new store, writing its briefs to `folder`.
  private func dashboard(briefFolder folder: String = NSTemporaryDirectory()) throws -> Dashboard {
    let path = NSTemporaryDirectory() + "rapport-brief-ui-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for (name, text) in [
      (Store.accountsFile, Self.accounts), (Store.contactsFile, Self.contacts), (Store.eventsFile, Self.events),
    ] {
      try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
    }
    let dashboard = Dashboard(store: try Store(path: path, writable: true, today: Self.today), today: Self.today)
    dashboard.storeLabel = "brief"
    dashboard.briefFolder = folder
    return dashboard
  }

  private func screen(_ width: Int, _ height: Int, after keys: [Key]) throws -> String {
    let dashboard = try dashboard()
    _ = dashboard.render(width: width, height: height)
    for key in keys { _ = dashboard.handle(key) }
    return dashboard.render(width: width, height: height).text
  }

  @Test func theBriefAt80x24() throws {
    assertSnapshot(of: try screen(80, 24, after: [.character("b")]), as: .lines)
  }

  @Test func theBriefScrolledAPageInANarrowWindow() throws {
    assertSnapshot(of: try screen(44, 16, after: [.character("b"), .pageDown]), as: .lines)
  }

  @Test func itScrollsAndSaysWhere() throws {
    let top = try screen(80, 24, after: [.character("b")])
    let down = try screen(80, 24, after: [.character("b"), .character("j"), .character("j")])
    #expect(top.contains(" 1-18/42 "))
    #expect(down.contains(" 3-20/42 "))
    #expect(!down.contains("Tier A · owner sam"))
    // Personal notes stay out: the brief is what `w` writes, and a file may leave the machine.
    let all = try screen(80, 200, after: [.character("b")])
    #expect(all.contains("COO within two years"))
    #expect(!all.contains("Runs marathons"))
    #expect(!all.contains("Outage in their busiest week"))
  }

  @Test func wWritesAMarkdownFileAndSaysWhere() throws {
    let folder = NSTemporaryDirectory() + "rapport-brief-out-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // A link at the first name, to a file of the user's: never followed, never overwritten.
    try "precious".write(toFile: folder + "/notes.md", atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/brief-acme-2026-11-23.md", withDestinationPath: folder + "/notes.md")
    let dashboard = try dashboard(briefFolder: folder)
    _ = dashboard.render(width: 80, height: 24)
    _ = dashboard.handle(.character("b"))
    _ = dashboard.handle(.character("w"))
    let path = folder + "/brief-acme-2026-11-23-2.md"
    #expect(dashboard.message == "Brief written to \(path)")
    let written = try String(contentsOfFile: path, encoding: .utf8)
    #expect(written.hasPrefix("# Brief: Acme Corp (acme)\n"))
    #expect(written.contains("## Drift: "))
    #expect(!written.contains("Runs marathons"))
    #expect(try String(contentsOfFile: folder + "/notes.md", encoding: .utf8) == "precious")
    // Again: a new file, the one before kept.
    _ = dashboard.handle(.character("w"))
    #expect(dashboard.message == "Brief written to \(folder)/brief-acme-2026-11-23-3.md")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == written)
  }

  @Test func aFailedWriteSaysWhatToDo() throws {
    let dashboard = try dashboard(briefFolder: "/nonexistent-\(UUID().uuidString)")
    _ = dashboard.render(width: 80, height: 24)
    _ = dashboard.handle(.character("b"))
    _ = dashboard.handle(.character("w"))
    #expect(dashboard.message.hasPrefix("Brief not written in /nonexistent-"))
    #expect(
      dashboard.message.hasSuffix("No such file or directory; start rapport from another folder (nothing was written)"))
  }

  @Test func wOutsideABriefSaysWhereItWorks() throws {
    let dashboard = try dashboard()
    _ = dashboard.render(width: 80, height: 24)
    _ = dashboard.handle(.character("?"))
    _ = dashboard.handle(.character("w"))
    #expect(dashboard.message == "Only in a brief: b opens the selected account's")
  }
}
