import Foundation
import RapportCore
import Testing

@testable import rapport

/// Account and contact ids completed from the store, as the shells ask for them: the binary run
/// with `---completion`, the words typed so far, and the store named on that line.
@Suite struct StoreCompletionTests {
  let home: TemporaryHome
  let store: String

  init() throws {
    home = try TemporaryHome()
    store = try home.store([
      "accounts.txt": "account acme \"Acme\" tier:A\n\naccount globex \"Globex\" tier:B\n",
      "contacts.txt": "contact acme/jane \"Jane Roe\"\n\ncontact globex/hank \"Hank Scorpio\"\n",
      "events.txt": "",
    ])
  }

  /// What the shell gets for `words`, the last being completed, for the argument `argument` of
  /// the command `command`.
  private func complete(_ command: [String], _ argument: String, _ words: [String], environment: [String: String] = [:])
    throws -> CommandRunner.Output
  {
    let last = words.count - 1
    return try CommandRunner(home: home.path).run(
      ["---completion"] + command + ["--", argument, "\(last)", "\(words[last].count)"] + words,
      extraEnvironment: environment)
  }

  @Test func aTargetCompletesToAccountsAndContactsOfTheStoreOnTheLine() throws {
    let words = ["rapport", "add", "deposit", "--store", store, "ac"]
    let result = try complete(["add"], "positional@1", words)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.split(separator: "\n") == ["acme", "acme/jane"])
    let all = try complete(["add"], "positional@1", ["rapport", "add", "deposit", "--store=\(store)", ""])
    #expect(all.stdout.split(separator: "\n") == ["acme", "acme/jane", "globex", "globex/hank"])
  }

  @Test func accountOptionsCompleteAccountsAndForgetCompletesContacts() throws {
    let accounts = try complete(["contacts"], "--account", ["rapport", "contacts", "--store", store, "--account", ""])
    #expect(accounts.stdout.split(separator: "\n") == ["acme", "globex"])
    let contacts = try complete(["forget"], "positional@0", ["rapport", "forget", "--store", store, "g"])
    #expect(contacts.stdout.split(separator: "\n") == ["globex/hank"])
    let plan = try complete(["plan"], "positional@0", ["rapport", "plan", "gl"], environment: ["RAPPORT_STORE": store])
    #expect(plan.stdout.split(separator: "\n") == ["globex"], "from $RAPPORT_STORE")
    let promise = try complete(
      ["promise", "add"], "positional@0", ["rapport", "promise", "add", "acme/"], environment: ["RAPPORT_STORE": store])
    #expect(promise.stdout.split(separator: "\n") == ["acme/jane"], "nested commands complete too")
  }

  /// No store: nothing offered, nothing on standard error, and the default store is not created.
  @Test func withoutAStoreItCompletesNothingAndWritesNothing() throws {
    let result = try complete(["add"], "positional@1", ["rapport", "add", "deposit", "a"])
    #expect(result.status == 0)
    #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: home.path + "/data/rapport"), "the default store was created")
    let missing = try complete(["add"], "positional@1", ["rapport", "add", "deposit", "--store", "/nonexistent", ""])
    #expect(missing.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && missing.stderr.isEmpty)
  }

  @Test func readingTheStoreForCompletionChangesNoFile() throws {
    let before = try FileManager.default.contentsOfDirectory(atPath: store).sorted()
    let dates = try before.map {
      try FileManager.default.attributesOfItem(atPath: store + "/" + $0)[.modificationDate] as? Date
    }
    _ = try complete(["add"], "positional@1", ["rapport", "add", "deposit", "--store", store, ""])
    #expect(try FileManager.default.contentsOfDirectory(atPath: store).sorted() == before)
    let after = try before.map {
      try FileManager.default.attributesOfItem(atPath: store + "/" + $0)[.modificationDate] as? Date
    }
    #expect(after == dates)
  }

  @Test func theStoreIsTheTypedOneThenTheEnvironmentThenTheDefault() {
    let environment = ["HOME": "/home/u", "RAPPORT_STORE": "/env/store"]
    #expect(StoreCompletion.storePath(words: ["rapport", "--store", "'/a b'"], environment: environment) == "/a b")
    #expect(StoreCompletion.storePath(words: ["rapport", "--store", "~/s"], environment: environment) == "/home/u/s")
    #expect(StoreCompletion.storePath(words: ["rapport", "--store=/x"], environment: environment) == "/x")
    #expect(StoreCompletion.storePath(words: ["rapport", "add"], environment: environment) == "/env/store")
    #expect(StoreCompletion.storePath(words: ["rapport"], environment: ["HOME": "/h"]) == "/h/.local/share/rapport")
    #expect(
      StoreCompletion.storePath(words: ["rapport"], environment: ["HOME": "/h", "XDG_DATA_HOME": "/d"]) == "/d/rapport")
  }

  /// The generated scripts call back into rapport for the arguments that take ids.
  @Test(arguments: ["bash", "zsh", "fish"])
  func theScriptsAskRapportForIds(shell: String) throws {
    let script = try CommandRunner(home: home.path).run(["--generate-completion-script", shell]).stdout
    #expect(
      script.contains("---completion add -- positional@1"), "\(shell): add's target is not completed from the store")
    #expect(script.contains("---completion forget -- positional@0"))
    #expect(script.contains("---completion contacts -- --account"))
  }

  @Test func briefOwnerCompletesTheOwnersOfTheStoreEachOnce() throws {
    let other = try TemporaryHome()
    let owned = try other.store([
      "accounts.txt": "account acme \"Acme\" tier:A owner:sam\n\naccount kyoto \"Kyoto\" tier:B owner:SAM\n\n"
        + "account zeta \"Zeta\" tier:C owner:priya\n\naccount old \"Old\" tier:C owner:olga\n  archived: 2026-01-01\n",
      "contacts.txt": "", "events.txt": "",
    ])
    let all = try complete(["brief"], "--owner", ["rapport", "brief", "--store", owned, "--owner", ""])
    #expect(all.status == 0, "\(all.stderr)")
    #expect(all.stdout.split(separator: "\n") == ["priya", "sam"], "\(all.stdout)")
    let some = try complete(["brief"], "--owner", ["rapport", "brief", "--store", owned, "--owner", "S"])
    #expect(some.stdout.split(separator: "\n") == ["sam"])
  }

  @Test func addKindCompletesTheTypedTypesKindsEachOnce() throws {
    let deposit = try complete(["add"], "--kind", ["rapport", "add", "deposit", "acme", "--kind", ""])
    #expect(deposit.status == 0, "\(deposit.stderr)")
    let kinds = deposit.stdout.split(separator: "\n").map(String.init)
    #expect(kinds == EventKinds.choices(for: .deposit).map(\.kind))
    #expect(!kinds.contains("mistake"))
    let asked = try complete(["add"], "--kind", ["rapport", "add", "favour-asked", "acme", "--kind", ""])
    #expect(asked.stdout.split(separator: "\n").map(String.init) == EventKinds.choices(for: .favourAsked).map(\.kind))
    let untyped = try complete(["add"], "--kind", ["rapport", "add", "--kind", ""])
    let every = untyped.stdout.split(separator: "\n").map(String.init)
    #expect(every.count == Set(every).count && every.contains("mistake") && every.contains("insight"), "\(every)")
  }
}
