import Foundation
import Testing

@testable import RapportUI

/// The key tables: one action a key, a key for every action, and the README in step.
@Suite struct KeyMapTests {
  @Test func theReadmeListsTheKeysOfEveryMode() throws {
    let readme = try String(
      contentsOf: DemoFixture.repository.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.contains(KeyMap.markdown()), "run `rapport keys --markdown` and paste it into the README")
    for mode in [
      KeyMap.normal.mode, KeyMap.filter.mode, KeyMap.review.mode, KeyMap.form.mode, KeyMap.confirm.mode,
      KeyMap.plan.mode, KeyMap.agenda.mode,
    ] {
      #expect(readme.contains("#### \(mode)\n"), "the README lacks the keys of \(mode)")
    }
  }

  /// Checks a table: no key bound twice, each key finds its line's action, every action a key.
  private func check<A: CaseIterable & Hashable & Sendable>(_ table: KeyTable<A>) {
    #expect(table.duplicates.isEmpty, "\(table.mode): \(table.duplicates.map(\.label)) bound twice")
    for binding in table.bindings {
      for pattern in binding.keys {
        guard case .key(let key) = pattern else { continue }
        #expect(table.action(for: key) == binding.action, "\(table.mode): \(key.label)")
      }
    }
    for action in A.allCases {
      #expect(table.bindings.contains { $0.action == action }, "\(table.mode): \(action) has no key")
    }
  }

  @Test func everyKeyHasOneActionAndEveryActionAKey() {
    check(KeyMap.normal)
    check(KeyMap.filter)
    check(KeyMap.review)
    check(KeyMap.form)
    check(KeyMap.confirm)
    check(KeyMap.overlay)
    check(KeyMap.plan)
    check(KeyMap.agenda)
    check(KeyMap.terminal)
  }

  /// The plan and agenda keys open from the panes are bound nowhere else there, and the review
  /// does not take them for its own.
  @Test func thePlanAndAgendaKeysAreFreeInThePanesAndTheReview() {
    for action in [Action.keyPlan, .agenda] {
      let keys = KeyMap.normal.bindings.first { $0.action == action }!.keys
      #expect(keys.count == 1)
      guard case .key(let key) = keys[0] else { continue }
      #expect(KeyMap.review.action(for: key) == nil, "\(key.label) is a review key")
      #expect(KeyMap.normal.action(for: key) == action)
    }
  }

  @Test func aKeyBoundTwiceIsReportedNotTrapped() {
    let table = KeyTable<Action>(
      mode: "Test", [bind([.character("x")], .quit, "Quit", in: "T"), bind([.character("x")], .help, "Help", in: "T")])
    #expect(table.duplicates == [.key(.character("x"))])
    #expect(table.action(for: .character("x")) == .quit)
  }

  @Test func theListingPutsTheCurrentModeFirst() {
    #expect(KeyMap.listing().first?.title == "Move")
    #expect(KeyMap.listing(first: .review).first?.title == KeyMap.reviewSection)
    #expect(KeyMap.listing(first: .review).count == KeyMap.listing().count)
  }
}
