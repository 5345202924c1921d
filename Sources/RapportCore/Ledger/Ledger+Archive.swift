extension Ledger {
  /// The positions of the accounts, in file order: the archived ones only when asked for.
  public func accountIndices(includingArchived: Bool) -> [Int] {
    includingArchived ? Array(accounts.indices) : accounts.indices.filter { !accounts[$0].isArchived }
  }

  /// Whether the contact at `index` is archived, or its account is.
  public func isArchived(contact index: Int) -> Bool {
    let contact = contacts[index]
    return contact.isArchived || accountIndex(contact.account).map { accounts[$0].isArchived } ?? false
  }
}
