import Foundation

extension Store {
  /// Saves an edit of an account (matched by id) by rewriting `accounts.txt`. Only the fields
  /// that differ from `original`, the record as the edit began (by default the one in memory),
  /// are written: when the file changed on disk meanwhile, the store is reloaded and the edit
  /// applied to the record found there, unless someone else changed the same fields.
  public func update(_ account: Account, from original: Account? = nil) throws {
    guard let before = original ?? ledger.accountIndex(account.id).map({ ledger.accounts[$0] }) else {
      throw StoreError.invalid("unknown account '\(account.id)'")
    }
    return try writing {
      guard let index = ledger.accountIndex(account.id) else {
        throw StoreError.invalid("the account '\(account.id)' is no longer in the store")
      }
      let merged = try Merge.account(original: before, edited: account, current: ledger.accounts[index])
      try validate(merged)
      var file = accountsFile
      file.replace(accountRecords[index], with: RecordCodec.text(of: merged))
      try write(file, to: Store.accountsFile)
      accountsFile = file
      ledger.replace(account: index, with: merged)
    }
  }

  /// Saves an edit of a contact (matched by account and id) by rewriting `contacts.txt`, as
  /// `update(_:from:)` does for accounts.
  public func update(_ contact: Contact, from original: Contact? = nil) throws {
    guard let before = original ?? ledger.contactIndex(contact.key).map({ ledger.contacts[$0] }) else {
      throw StoreError.invalid("unknown contact '\(contact.key)'")
    }
    return try writing {
      guard let index = ledger.contactIndex(contact.key) else {
        throw StoreError.invalid("the contact '\(contact.key)' is no longer in the store")
      }
      let merged = try Merge.contact(original: before, edited: contact, current: ledger.contacts[index])
      try validate(merged)
      var file = contactsFile
      file.replace(contactRecords[index], with: RecordCodec.text(of: merged))
      try write(file, to: Store.contactsFile)
      contactsFile = file
      ledger.replace(contact: index, with: merged)
    }
  }

  /// Adds an account at the end of `accounts.txt`.
  public func add(_ account: Account) throws {
    return try writing {
      guard ledger.accountIndex(account.id) == nil else {
        throw StoreError.invalid("an account with the id '\(account.id)' exists already")
      }
      try validate(account)
      var file = accountsFile
      file.append(RecordCodec.text(of: account))
      try write(file, to: Store.accountsFile)
      accountsFile = file
      ledger.add(account)
      accountRecords.append(file.recordCount - 1)
    }
  }

  /// Adds a contact to `contacts.txt`: after the account's other contacts, or at the end.
  public func add(_ contact: Contact) throws {
    return try writing {
      guard ledger.accountIndex(contact.account) != nil else {
        throw StoreError.invalid("unknown account '\(contact.account)'")
      }
      guard ledger.contactIndex(contact.key) == nil else {
        throw StoreError.invalid("a contact with the id '\(contact.key)' exists already")
      }
      try validate(contact)
      var file = contactsFile
      let account = ledger.accountIndex(contact.account)!
      file.append(
        RecordCodec.text(of: contact), after: ledger.contacts(ofAccount: account).last.map { contactRecords[$0] })
      try write(file, to: Store.contactsFile)
      contactsFile = file
      _ = ledger.add(contact)
      contactRecords.append(file.recordCount - 1)
    }
  }

  /// Rewrites both record files from memory: byte for byte what was loaded, plus any edits.
  func saveRecordFiles() throws {
    try writing {
      try write(accountsFile, to: Store.accountsFile)
      try write(contactsFile, to: Store.contactsFile)
    }
  }

  private func validate(_ account: Account) throws {
    guard Identifier.isValid(account.id) else {
      throw StoreError.refused(.notAnId(account.id, .account))
    }
    guard !account.name.allSatisfy(\.isWhitespace) else {
      throw StoreError.refused(.noName(.account))
    }
    if let problem = TextSafety.problem(in: account) { throw StoreError.refused(.controlCharacter(problem)) }
  }

  private func validate(_ contact: Contact) throws {
    guard Identifier.isValid(contact.id) else {
      throw StoreError.refused(.notAnId(contact.id, .contact))
    }
    guard !contact.name.allSatisfy(\.isWhitespace) else {
      throw StoreError.refused(.noName(.contact))
    }
    if let bad = contact.flags.first(where: { !Identifier.isValid($0) }) {
      throw StoreError.refused(.notAFlag(bad))
    }
    if let problem = TextSafety.problem(in: contact) { throw StoreError.refused(.controlCharacter(problem)) }
  }

}
