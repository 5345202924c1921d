extension Account {
  /// Whether `name` owns the account, case ignored (`Sam` owns what `sam` owns).
  public func isOwned(by name: String) -> Bool {
    guard let owner else { return false }
    return owner.lowercased() == name.lowercased()
  }
}

extension Ledger {
  /// The accounts' owners, each once (case ignored, in the first spelling found), sorted
  /// ignoring case; archived accounts' owners only when asked.
  public func owners(includingArchived: Bool = false) -> [String] {
    var seen = Set<String>()
    var owners: [String] = []
    for account in accounts where includingArchived || !account.isArchived {
      guard let owner = account.owner, !owner.isEmpty, seen.insert(owner.lowercased()).inserted else { continue }
      owners.append(owner)
    }
    return owners.sorted { $0.lowercased() < $1.lowercased() }
  }

  /// The accounts `owner` owns (case ignored), or every account when `owner` is nil; archived
  /// ones only when asked. In file order.
  public func accountIndices(ownedBy owner: String?, includingArchived: Bool) -> [Int] {
    let indices = accountIndices(includingArchived: includingArchived)
    guard let owner else { return indices }
    return indices.filter { accounts[$0].isOwned(by: owner) }
  }
}
