import Foundation

/// What `archive` and `unarchive` act on: an account, or one of its contacts.
public enum ArchiveTarget: Hashable, Sendable {
  case account(String)
  case contact(account: String, id: String)

  /// `acme` or `acme/jane`, as written on the command line; nil when it is neither.
  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    switch parts.count {
    case 1 where Identifier.isValid(parts[0]): self = .account(parts[0])
    case 2 where Identifier.isValid(parts[0]) && Identifier.isValid(parts[1]):
      self = .contact(account: parts[0], id: parts[1])
    default: return nil
    }
  }

  /// `acme` or `acme/jane`.
  public var key: String {
    switch self {
    case .account(let id): return id
    case .contact(let account, let id): return "\(account)/\(id)"
    }
  }
}

extension Store {
  /// Archives an account or a contact on `day`: an `archived:` line is added to its record, which
  /// is rewritten like any record edit. Its history stays.
  public func archive(_ target: ArchiveTarget, on day: Day, reason: String = "") throws {
    let note = DatedNote(day: day, text: reason.trimmingCharacters(in: .whitespaces))
    try setArchived(target, note)
  }

  /// Takes an account or a contact out of the archive: its `archived:` line is removed.
  public func unarchive(_ target: ArchiveTarget) throws {
    try setArchived(target, nil)
  }

  private func setArchived(_ target: ArchiveTarget, _ note: DatedNote?) throws {
    switch target {
    case .account(let id):
      guard let index = ledger.accountIndex(id) else { throw StoreError.invalid("unknown account '\(id)'") }
      var account = ledger.accounts[index]
      try Store.check(change: account.archived, to: note, of: target)
      account.archived = note
      try update(account)
    case .contact(let accountID, let id):
      guard let index = ledger.contactIndex(target.key) else {
        throw StoreError.invalid("unknown contact '\(accountID)/\(id)'")
      }
      var contact = ledger.contacts[index]
      try Store.check(change: contact.archived, to: note, of: target)
      contact.archived = note
      try update(contact)
    }
  }

  private static func check(change current: DatedNote?, to note: DatedNote?, of target: ArchiveTarget) throws {
    if let current, note != nil {
      throw StoreError.invalid("'\(target.key)' was archived on \(current.day) already")
    }
    if current == nil, note == nil {
      throw StoreError.invalid("'\(target.key)' is not archived")
    }
  }

  /// Refuses to record against an archived account or contact, saying how to bring it back.
  func refuseArchived(account: String, contact: String?) throws {
    if let index = ledger.accountIndex(account), let note = ledger.accounts[index].archived {
      throw StoreError.invalid(Store.archivedReason(account, note))
    }
    if let contact, let index = ledger.contactIndex("\(account)/\(contact)"),
      let note = ledger.contacts[index].archived
    {
      throw StoreError.invalid(Store.archivedReason("\(account)/\(contact)", note))
    }
  }

  private static func archivedReason(_ key: String, _ note: DatedNote) -> String {
    "'\(key)' was archived on \(note.day): unarchive it first ('rapport unarchive \(key)', or Z on the dashboard)"
  }
}
