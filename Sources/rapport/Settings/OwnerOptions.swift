import ArgumentParser
import Foundation
import RapportCore

/// `--owner NAME` and `--mine`: the accounts of one owner, shared by `accounts`, `drift`,
/// `agenda` and `brief`. The owner matches ignoring case; an owner with no account is refused,
/// naming the owners there are.
struct OwnerOptions: ParsableArguments {
  @Option(help: "Only the accounts of this owner (case ignored).", completion: StoreCompletion.owners)
  var owner: String?

  @Flag(help: "Only my accounts: me in config.toml, else $RAPPORT_USER, git's user.name, the login name.")
  var mine = false

  func validate() throws {
    if owner != nil, mine { throw ValidationError("--owner and --mine both choose an owner: give one of them") }
    if let owner, owner.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("--owner is empty: give an owner's name, as the accounts' owner: says it")
    }
  }

  /// Whether an owner was asked for.
  var isGiven: Bool { owner != nil || mine }

  /// The owner asked for, checked against the store: nil when none was. Archived accounts count
  /// only when `includingArchived`.
  func chosen(in store: Store, config: Config, includingArchived: Bool = false) throws -> String? {
    if let owner {
      _ = try Self.accounts(of: owner, in: store.ledger, includingArchived: includingArchived)
      return owner
    }
    guard mine else { return nil }
    guard let me = try Me.resolve(config: config, storePath: store.path) else {
      throw Problem("cannot tell who you are: set me = \"NAME\" in \(Config.path), or $RAPPORT_USER")
    }
    let ledger = store.ledger
    guard ledger.accountIndices(ownedBy: me.author.name, includingArchived: includingArchived).isEmpty else {
      return me.author.name
    }
    throw Problem(
      "you are '\(me.author.name)' (from \(me.source.wording)) and own no account; "
        + Self.existing(ledger.owners(includingArchived: includingArchived)))
  }

  /// The accounts of `owner` (case ignored), archived ones only when asked, by id; an owner
  /// with none is a problem that names the owners there are.
  static func accounts(of owner: String, in ledger: Ledger, includingArchived: Bool = false) throws -> [Int] {
    let found = ledger.accountIndices(ownedBy: owner, includingArchived: includingArchived)
      .sorted { ledger.accounts[$0].id < ledger.accounts[$1].id }
    guard found.isEmpty else { return found }
    throw Problem(
      "no account has the owner '\(owner)'; " + existing(ledger.owners(includingArchived: includingArchived)))
  }

  /// "the owners are jane, sam", or how to give one.
  private static func existing(_ owners: [String]) -> String {
    owners.isEmpty
      ? "no account has an owner (set one with E in the dashboard)"
      : "the owners are " + owners.joined(separator: ", ")
  }
}
