import Foundation
import RapportUI
import Testing

/// The key tables: one action a key, a key for every action, and the README in step.
@Suite struct KeyMapTests {
  @Test func theReadmeListsTheKeysOfTheKeyMap() throws {
    let readme = try String(
      contentsOf: DemoFixture.repository.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.contains(KeyMap.markdown()), "run `rapport keys --markdown` and paste it into the README")
  }

  @Test func everyKeyHasOneActionAndEveryActionAKey() {
    var seen: Set<Key> = []
    for binding in KeyMap.bindings {
      for key in binding.keys {
        #expect(!seen.contains(key), "\(key.label) is bound twice")
        seen.insert(key)
        #expect(KeyMap.action(for: key) == binding.action)
      }
    }
    for action in Action.allCases {
      #expect(KeyMap.bindings.contains { $0.action == action }, "\(action) has no key")
    }
  }
}
