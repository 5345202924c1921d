import Foundation
import RapportCore
import SnapshotTesting
import Testing

@testable import RapportUI

/// `Y` in the dashboard with a fake sync that returns canned reports: "Syncing…" first, what
/// came in in the status line or its overlay, failures whole, and the conflict form.
@Suite struct SyncDashboardTests {
  /// A sync that records the resolutions it was given and answers from a list, in turn.
  final class FakeSync {
    var calls: [[SyncResolution]] = []
    var answers: [Result<SyncReport, SyncFailure>]
    /// Run during the call, as a pull would change the files.
    var during: (() throws -> Void)?

    init(_ answers: [Result<SyncReport, SyncFailure>]) { self.answers = answers }

    func run(_ resolutions: [SyncResolution]) throws -> SyncReport {
      calls.append(resolutions)
      try during?()
      return try answers[min(calls.count, answers.count) - 1].get()
    }
  }

  static let conflicts = [
    SyncConflict(
      kind: .contact, record: "lars", recordName: "Lars Berg", field: "role", ours: "VP Operations",
      theirs: "Chief Operating Officer"),
    SyncConflict(kind: .account, record: "acme", recordName: "Acme Corp", field: "tier", ours: "A", theirs: "B"),
  ]

  private func dashboard(_ fake: FakeSync?) throws -> Dashboard {
    let dashboard = try PeopleFixture.dashboard()
    if let fake { dashboard.sync = fake.run }
    _ = dashboard.render(width: 120, height: 40)
    return dashboard
  }

  /// Presses `Y`, checks that "Syncing…" is drawn before the sync runs, then runs it.
  private func sync(_ dashboard: Dashboard, _ fake: FakeSync, width: Int = 120, height: Int = 40) {
    let before = fake.calls.count
    press(dashboard, [.character("Y")])
    #expect(dashboard.message == "Syncing…")
    #expect(dashboard.render(width: width, height: height).text.contains("Syncing…"))
    #expect(fake.calls.count == before)
    #expect(dashboard.runPendingWork())
    #expect(fake.calls.count == before + 1)
    _ = dashboard.render(width: width, height: height)
  }

  /// Outside git, `Y` gives the commands that share the store, in the status line when they
  /// fit.
  @Test func withoutARepositoryTheKeyGivesTheCommands() throws {
    let dashboard = try dashboard(nil)
    let width = DisplayWidth.of(Dashboard.notARepository(dashboard.store.path)) + 2
    _ = dashboard.render(width: width, height: 30)
    press(dashboard, [.character("Y")])
    #expect(
      dashboard.message
        == "Not in git: to share the store, cd \(dashboard.store.path) && git init && git remote add origin URL, then Y"
    )
    #expect(!dashboard.runPendingWork())
    #expect(dashboard.render(width: width, height: 30).text.contains("git remote add origin URL, then Y"))
  }

  @Test func whatCameInIsSaidInWords() throws {
    let report = SyncReport(
      arrivals: [
        SyncArrival(author: "Jane", account: "Acme Corp", touches: 2),
        SyncArrival(author: "Sam", account: "Kestrel", promisesClosed: 1),
      ], pushed: true)
    let fake = FakeSync([.success(report)])
    let dashboard = try dashboard(fake)
    sync(dashboard, fake)
    #expect(fake.calls == [[]])
    #expect(dashboard.message == "Jane logged 2 touches on Acme Corp; Sam closed 1 promise on Kestrel · pushed")
    #expect(dashboard.overlay == nil)
  }

  @Test func nothingCameInAndWhatWasCommitted() throws {
    let fake = FakeSync([
      .success(SyncReport(pushed: true)), .success(SyncReport(committed: "1 deposit", pushed: true)),
      .success(SyncReport(duplicatesRemoved: 2, pushed: false)),
    ])
    let dashboard = try dashboard(fake)
    sync(dashboard, fake)
    #expect(dashboard.message == "nothing came in · pushed")
    sync(dashboard, fake)
    #expect(dashboard.message == "committed 1 deposit · nothing came in · pushed")
    sync(dashboard, fake)
    #expect(dashboard.message == "nothing came in · removed 2 duplicated events · not pushed")
  }

  @Test func manyArrivalsOpenAnOverlayListingThemAll() throws {
    let arrivals = ["Jane", "Sam", "Priya", "Ole"].enumerated().map { n, name in
      SyncArrival(author: name, account: "Acme Corp", touches: n + 1, edits: n)
    }
    let fake = FakeSync([.success(SyncReport(committed: "2 deposits", arrivals: arrivals, pushed: true))])
    let dashboard = try dashboard(fake)
    sync(dashboard, fake)
    #expect(dashboard.overlay == .sync)
    #expect(dashboard.message == "Synced: 4 arrivals · pushed")
    let text = screen(dashboard)
    for arrival in arrivals { #expect(text.contains(Dashboard.sentence(arrival))) }
    #expect(text.contains("Committed: 2 deposits"))
    press(dashboard, [.escape])
    #expect(dashboard.overlay == nil)
  }

  @Test func aShortFailureShowsInTheStatusLineALongOneWhole() throws {
    let long =
      "after the pull the store has 2 errors, so it was not pushed:\n  events.txt:3:1: unknown account\n"
      + "  events.txt:4:1: unknown account\nFix them (rapport check lists them all), then sync again."
    let fake = FakeSync([
      .failure(SyncFailure(.noRemote, "the repository has no remote: git remote add origin URL")),
      .failure(SyncFailure(.invalidAfterPull, long)),
    ])
    let dashboard = try dashboard(fake)
    sync(dashboard, fake)
    #expect(dashboard.message == "Sync failed: the repository has no remote: git remote add origin URL")
    #expect(dashboard.overlay == nil)
    sync(dashboard, fake)
    #expect(dashboard.overlay == .sync)
    let text = screen(dashboard)
    #expect(text.contains("Sync failed"))
    #expect(text.contains("events.txt:4:1: unknown account"))
    #expect(text.contains("Fix them (rapport check lists them all), then sync again."))
  }

  @Test func aCredentialFailureSaysToSyncInAShellOnce() throws {
    let fake = FakeSync([
      .failure(
        SyncFailure(
          .network,
          "could not reach the remote 'origin' (git: fatal: could not read Username for"
            + " 'https://example.com': terminal prompts disabled)."))
    ])
    let dashboard = try dashboard(fake)
    sync(dashboard, fake)
    #expect(dashboard.overlay == .sync)
    let shown = screen(dashboard).split(separator: "\n").map {
      $0.split(separator: "│", omittingEmptySubsequences: false).dropFirst(2).first?.trimmingCharacters(
        in: .whitespaces)
        ?? ""
    }
    #expect(shown.joined(separator: " ").contains("run rapport sync in a shell once"))
    #expect(shown.joined(separator: " ").contains("terminal prompts disabled"))
  }

  @Test func theSelectionIsKeptByIdWhenThePullAddsAccounts() throws {
    let fake = FakeSync([.success(SyncReport(arrivals: [SyncArrival(author: "Jane", account: "Aardvark")]))])
    let dashboard = try dashboard(fake)
    press(dashboard, [.character("2"), .down])
    let contact = dashboard.ledger.contacts[dashboard.selectedContacts[dashboard.contactCursor.index]].id
    fake.during = {
      let path = dashboard.store.path + "/" + Store.accountsFile
      try "account aardvark \"Aardvark\" tier:A\naccount acme \"Acme Corp\" tier:A\n".write(
        toFile: path, atomically: true, encoding: .utf8)
    }
    sync(dashboard, fake)
    #expect(dashboard.ledger.accounts.count == 2)
    #expect(dashboard.selectedAccount.map { dashboard.ledger.accounts[$0].id } == "acme")
    #expect(dashboard.ledger.contacts[dashboard.selectedContacts[dashboard.contactCursor.index]].id == contact)
  }

  @Test func theConflictFormShowsBothValuesAndEnterPassesTheChoices() throws {
    let fake = FakeSync([.success(SyncReport(conflicts: SyncDashboardTests.conflicts)), .success(SyncReport())])
    let dashboard = try dashboard(fake)
    sync(dashboard, fake)
    let text = screen(dashboard)
    #expect(text.contains("Lars Berg (contact lars) · role"))
    #expect(text.contains("VP Operations") && text.contains("Chief Operating Officer"))
    #expect(text.contains("Acme Corp (account acme) · tier"))
    #expect(dashboard.message.hasPrefix("Sync stopped: 2 fields were changed on both sides"))
    press(dashboard, [.enter])
    #expect(dashboard.message.hasPrefix("2 fields have no side yet"))
    #expect(!dashboard.runPendingWork())
    press(dashboard, [.character("t")])  // Lars's role: theirs; on to Acme's tier
    #expect(screen(dashboard).contains("● theirs (pulled in): chosen"))
    press(dashboard, [.enter])
    #expect(dashboard.message.hasPrefix("1 field has no side yet"))
    press(dashboard, [.left])  // Acme's tier: ours
    press(dashboard, [.enter])
    #expect(dashboard.message == "Syncing…")
    #expect(dashboard.runPendingWork())
    #expect(
      fake.calls == [
        [],
        [
          SyncResolution(record: "lars", field: "role", side: .theirs),
          .init(record: "acme", field: "tier", side: .ours),
        ],
      ])
    #expect(dashboard.message == "nothing came in · not pushed")
    guard case .normal = dashboard.mode else {
      Issue.record("the form is still open")
      return
    }
  }

  @Test func allOursOrTheirsAndMovingBack() throws {
    let fake = FakeSync([.success(SyncReport(conflicts: SyncDashboardTests.conflicts)), .success(SyncReport())])
    let dashboard = try dashboard(fake)
    sync(dashboard, fake)
    press(dashboard, [.character("O"), .character("k"), .right, .enter])
    #expect(dashboard.runPendingWork())
    #expect(
      fake.calls.last == [
        SyncResolution(record: "lars", field: "role", side: .theirs), .init(record: "acme", field: "tier", side: .ours),
      ])
  }

  @Test func aSecondStopGivesTheEarlierChoicesAgain() throws {
    let later = SyncConflict(
      kind: .contact, record: "ole", recordName: "Ole Dahl", field: "role", ours: "Buyer", theirs: "Head buyer")
    let fake = FakeSync([
      .success(SyncReport(conflicts: SyncDashboardTests.conflicts)), .success(SyncReport(conflicts: [later])),
      .success(SyncReport(pushed: true)),
    ])
    let dashboard = try dashboard(fake)
    sync(dashboard, fake)
    press(dashboard, [.character("T"), .enter])
    #expect(dashboard.runPendingWork())
    press(dashboard, [.character("o"), .enter])
    #expect(dashboard.runPendingWork())
    #expect(
      fake.calls.last == [
        SyncResolution(record: "lars", field: "role", side: .theirs),
        .init(record: "acme", field: "tier", side: .theirs),
        .init(record: "ole", field: "role", side: .ours),
      ])
  }

  @Test func escLeavesWithoutSyncing() throws {
    let fake = FakeSync([.success(SyncReport(conflicts: SyncDashboardTests.conflicts))])
    let dashboard = try dashboard(fake)
    let before = try String(contentsOfFile: dashboard.store.path + "/" + Store.contactsFile, encoding: .utf8)
    sync(dashboard, fake)
    press(dashboard, [.character("T"), .escape])
    #expect(!dashboard.runPendingWork())
    #expect(fake.calls == [[]])
    #expect(dashboard.message.hasPrefix("Nothing was synced or changed"))
    #expect(!screen(dashboard).contains("Chief Operating Officer"))
    #expect(try String(contentsOfFile: dashboard.store.path + "/" + Store.contactsFile, encoding: .utf8) == before)
  }

  /// Values come from files others pushed: a control character is drawn inert, a long value
  /// wraps within its column.
  @Test func valuesAreInertAndWrapped() throws {
    let conflict = SyncConflict(
      kind: .contact, record: "lars", recordName: "Lars Berg", field: "measured-by",
      ours: "On-time departures",
      theirs: "Fleet \u{1B}[31mred\u{1B}[0m uptime, " + String(repeating: "word ", count: 30))
    let fake = FakeSync([.success(SyncReport(conflicts: [conflict]))])
    let dashboard = try dashboard(fake)
    sync(dashboard, fake, width: 80, height: 24)
    let frame = dashboard.render(width: 80, height: 24)
    #expect(!frame.cells.contains { $0.text.contains("\u{1B}") })
    #expect(frame.text.contains("\\e[31mred"))
    #expect(frame.text.split(separator: "\n").filter { $0.contains("word word") }.count >= 3)
  }

  /// Down to the smallest window the form draws, within the frame, and its keys work.
  @Test(arguments: [(20, 6), (24, 8), (30, 10), (40, 12), (60, 16)])
  func narrowWindows(_ size: (Int, Int)) throws {
    let fake = FakeSync([.success(SyncReport(conflicts: SyncDashboardTests.conflicts)), .success(SyncReport())])
    let dashboard = try dashboard(fake)
    sync(dashboard, fake, width: size.0, height: size.1)
    for key: Key in [.character("j"), .character("t"), .character("k"), .character("o")] {
      _ = dashboard.handle(key)
      let frame = dashboard.render(width: size.0, height: size.1)
      #expect(frame.text.split(separator: "\n").count == size.1)
      #expect(frame.text.contains("Sync") || frame.text.contains("Sy"))
    }
    press(dashboard, [.enter])
    #expect(dashboard.runPendingWork())
    #expect(fake.calls.last?.map(\.side) == [.ours, .theirs])
  }

  /// In the form, a key its table leaves out changes nothing on screen but the status line.
  @Test func aKeyOutsideTheFormsTableDoesNothing() throws {
    let fake = FakeSync([.success(SyncReport(conflicts: SyncDashboardTests.conflicts))])
    let dashboard = try dashboard(fake)
    sync(dashboard, fake)
    func cells() -> [Cell] {
      let frame = dashboard.render(width: 120, height: 40)
      return Array(frame.cells.dropLast(frame.width))
    }
    let before = cells()
    var unbound = 0
    for key in ModeKeyTableTests.keys where KeyMap.conflicts.action(for: key) == nil {
      unbound += 1
      #expect(dashboard.handle(key), "\(key.label) quits")
      #expect(cells() == before, "\(key.label) is handled but not in the form's key table")
      #expect(dashboard.message.isEmpty || dashboard.message.hasPrefix("No action on"), "\(key.label)")
    }
    #expect(unbound > 0)
    #expect(!dashboard.runPendingWork())
    #expect(fake.calls.count == 1)
  }

  /// Narrower than two columns, each side's value follows its name, the title on one line.
  @Test func aNarrowFormPutsTheValuesAfterTheSides() throws {
    let fake = FakeSync([.success(SyncReport(conflicts: SyncDashboardTests.conflicts))])
    let dashboard = try dashboard(fake)
    sync(dashboard, fake, width: 30, height: 10)
    _ = dashboard.handle(.character("t"))
    _ = dashboard.handle(.character("k"))
    let text = dashboard.render(width: 30, height: 10).text
    #expect(text.contains("▸ Lars Berg (contact lars…"))
    #expect(text.contains("○ ours: VP Operations"))
    #expect(text.contains("● theirs: Chief Operating"))
  }

  @Test func theConflictFormSnapshot() throws {
    let fake = FakeSync([.success(SyncReport(conflicts: SyncDashboardTests.conflicts))])
    let dashboard = try dashboard(fake)
    sync(dashboard, fake, width: 80, height: 24)
    _ = dashboard.handle(.character("t"))
    assertSnapshot(of: dashboard.render(width: 80, height: 24).text, as: .lines)
  }

  @Test func theArrivalOverlaySnapshot() throws {
    let fake = FakeSync([
      .success(
        SyncReport(
          committed: "1 deposit, edited Lars Berg",
          arrivals: [
            SyncArrival(author: "Jane", account: "Acme Corp", touches: 2),
            SyncArrival(author: "Sam", account: "Kestrel", promisesMade: 1, promisesClosed: 1),
            SyncArrival(author: "Priya", account: "Acme Corp", withdrawals: 1, edits: 2),
          ], duplicatesRemoved: 1, pushed: true))
    ])
    let dashboard = try dashboard(fake)
    sync(dashboard, fake, width: 80, height: 24)
    assertSnapshot(of: dashboard.render(width: 80, height: 24).text, as: .lines)
  }
}
