import ArgumentParser
import Foundation
import RapportCore

/// Shell completion of account and contact ids, read from the store the command line names.
///
/// The shell runs `rapport` when TAB is pressed: the store is the one after `--store` among the
/// words typed, else `$RAPPORT_STORE`, else `$XDG_DATA_HOME/rapport`. It is opened for reading
/// only, never created, and any problem (no store, a file that cannot be read) completes nothing
/// rather than printing an error into the user's command line.
enum StoreCompletion {
  /// What an argument completes to.
  enum Choice: Sendable {
    /// Account ids: `acme`.
    case accounts
    /// Contacts as `account/contact`: `acme/jane`.
    case contacts
    /// Either: `acme` or `acme/jane`.
    case accountsAndContacts
    /// The accounts' owners, each once (case ignored, as `brief --owner` ignores it).
    case owners
  }

  /// An account id.
  static let accounts = kind(.accounts)
  /// A contact as `account/contact`.
  static let contacts = kind(.contacts)
  /// `ACCOUNT` or `ACCOUNT/CONTACT`.
  static let accountsAndContacts = kind(.accountsAndContacts)
  /// An account's owner.
  static let owners = kind(.owners)

  /// The kinds of event the type among `words` lists (`add deposit acme --kind <TAB>`), or
  /// every type's when no type was typed yet; each kind once, in the types' order.
  static let eventKinds = CompletionKind.custom { words, _, prefix in kinds(words: words, prefix: prefix) }

  /// The kinds for the event type `words` name after `add`, beginning with `prefix`.
  static func kinds(words: [String], prefix: String) -> [String] {
    let after = words.firstIndex(of: "add").map { words[($0 + 1)...] } ?? words[...]
    let typed = after.lazy.compactMap { EventType(word: $0) }.first
    var seen = Set<String>()
    return (typed.map { [$0] } ?? EventType.allCases).flatMap { EventKinds.choices(for: $0).map(\.kind) }
      .filter { $0.hasPrefix(prefix) && seen.insert($0).inserted }
  }

  private static func kind(_ choice: Choice) -> CompletionKind {
    .custom { words, _, prefix in candidates(choice, words: words, prefix: prefix) }
  }

  /// The ids of `choice` in the store `words` name that begin with `prefix`, sorted.
  static func candidates(
    _ choice: Choice, words: [String], prefix: String,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> [String] {
    guard let path = storePath(words: words, environment: environment),
      let store = try? Store(path: path, writable: false)
    else { return [] }
    let ledger = store.ledger
    if choice == .owners {
      // The owners of accounts in play, as `--owner` leaves archived ones out.
      return ledger.owners().filter { $0.lowercased().hasPrefix(prefix.lowercased()) }.sorted()
    }
    var ids: [String] = []
    if choice != .contacts { ids += ledger.accounts.map(\.id) }
    if choice != .accounts { ids += ledger.contacts.map(\.key) }
    return ids.filter { $0.hasPrefix(prefix) }.sorted()
  }

  /// The store folder: the word after `--store` (or `--store=PATH`), else `$RAPPORT_STORE`, else
  /// the XDG default. Quotes around the typed word are taken off and a leading `~/` is the home.
  static func storePath(words: [String], environment: [String: String]) -> String? {
    var typed: String?
    for (index, word) in words.enumerated() {
      if word == "--store", index + 1 < words.count {
        typed = words[index + 1]
      } else if word.hasPrefix("--store=") {
        typed = String(word.dropFirst("--store=".count))
      }
    }
    if let typed {
      var path = typed
      if path.count >= 2, let first = path.first, first == "'" || first == "\"", path.last == first {
        path = String(path.dropFirst().dropLast())
      }
      if path.hasPrefix("~/"), let home = environment["HOME"] { path = home + path.dropFirst() }
      return path.isEmpty ? nil : path
    }
    if let store = environment["RAPPORT_STORE"], !store.isEmpty { return store }
    let data = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
    guard let base = data ?? environment["HOME"].map({ $0 + "/.local/share" }) else { return nil }
    return base + "/rapport"
  }
}
