import RapportCore

/// Whose accounts the accounts pane shows (`m`): everyone's, mine (the store's author), or one
/// other owner's. The review (`r`) and the agenda (`D`) follow it.
enum OwnerChoice: Equatable {
  case everyone
  case mine(Author)
  case owner(String)

  /// The owner to match (case ignored), or nil for everyone.
  var name: String? {
    switch self {
    case .everyone: return nil
    case .mine(let me): return me.name
    case .owner(let name): return name
    }
  }

  /// How the accounts pane's title says it: `mine (sam)`, `owner: jane`; nil for everyone.
  var title: String? {
    switch self {
    case .everyone: return nil
    case .mine(let me): return "mine (\(me.name))"
    case .owner(let name): return "owner: \(name)"
    }
  }

  /// Whose accounts, in a sentence's words: "my accounts (sam)", "jane's accounts".
  var accounts: String {
    switch self {
    case .everyone: return "every owner's accounts"
    case .mine(let me): return "my accounts (\(me.name))"
    case .owner(let name): return "\(name)'s accounts"
    }
  }

  /// The next in the cycle everyone → mine → each other owner, sorted → everyone. Mine only
  /// when the dashboard knows who `me` is; the owners are those of the accounts in play.
  func next(ledger: Ledger, me: Author?, includingArchived: Bool) -> OwnerChoice {
    var cycle: [OwnerChoice] = [.everyone]
    if let me { cycle.append(.mine(me)) }
    for owner in ledger.owners(includingArchived: includingArchived)
    where me.map({ owner.lowercased() != $0.name.lowercased() }) ?? true {
      cycle.append(.owner(owner))
    }
    guard let position = cycle.firstIndex(of: self) else { return .everyone }
    return cycle[(position + 1) % cycle.count]
  }

  static func == (a: OwnerChoice, b: OwnerChoice) -> Bool {
    switch (a, b) {
    case (.everyone, .everyone): return true
    case (.mine(let x), .mine(let y)): return x == y
    case (.owner(let x), .owner(let y)): return x.lowercased() == y.lowercased()
    default: return false
    }
  }
}

extension Dashboard {
  /// `m`: the next owner's accounts; the status line says whose, and how many.
  func cycleOwner() {
    ownerChoice = ownerChoice.next(ledger: ledger, me: store.author, includingArchived: showArchived)
    rebuildList()
    guard ownerChoice != .everyone else {
      message = "Showing every owner's accounts"
      return
    }
    let count = ledger.accountIndices(ownedBy: ownerChoice.name, includingArchived: showArchived).count
    message =
      count == 0
      ? "Showing \(ownerChoice.accounts): you own no account (E sets an account's owner); m for the next owner"
      : "Showing \(ownerChoice.accounts): \(plural(count, "account"))"
  }
}
