import Foundation

// Writing what an import brings: events in one append, records in one rewrite per file.
extension Store {
  /// Appends the events of an import to `events.txt` in one write, after checking every one as
  /// `record(_:)` does (`checkedLine`); nothing is written when one is refused. Unlike `record(_:)`, an imported
  /// touch does not clear the account's planned touch: imports bring the past.
  @discardableResult
  public func importEvents(_ drafts: [EventDraft]) throws -> [Event] {
    guard !drafts.isEmpty else { return [] }
    return try writing {
      var probe = EventLog(bytes: [])
      var lines: [String] = []
      let taken = ledger.eventSources
      for draft in drafts {
        if let source = draft.source, taken.contains(source) {
          throw StoreError.invalid("an event from '\(source)' was imported already")
        }
        lines.append(try checkedLine(for: draft, id: ledger.log.freshID(), probe: &probe))
      }
      let outcomes = try append(lines: lines)
      return outcomes.compactMap {
        if case .recorded(let index) = $0 { return ledger.event(index) }
        return nil
      }
    }
  }

  /// Adds the accounts and contacts of an import and saves the edits of contacts that exist
  /// (matched by `Contact.key`): each record file is rewritten once, atomically; nothing is
  /// written when one record is refused. With `originals` (the edited contacts as they were
  /// when the import was planned, in the same order), each edit is merged with what another
  /// program wrote meanwhile, as `update(_:from:)` does; a conflict refuses the import.
  public func importRecords(
    accounts: [Account], newContacts: [Contact], editedContacts: [Contact], originals: [Contact] = []
  ) throws {
    guard !(accounts.isEmpty && newContacts.isEmpty && editedContacts.isEmpty) else { return }
    let (accounts, newContacts) = (accounts.map(stamped), newContacts.map(stamped))
    try writing {
      var accountFile = accountsFile
      let firstNewAccount = accountFile.recordCount
      var known = Set(ledger.accounts.map(\.id))
      for account in accounts {
        guard known.insert(account.id).inserted else {
          throw StoreError.invalid("an account with the id '\(account.id)' exists already")
        }
        try validate(account)
        accountFile.append(RecordCodec.text(of: account))
      }
      var contactFile = contactsFile
      var keys = Set(ledger.contacts.map(\.key))
      for contact in newContacts {
        guard known.contains(contact.account) else { throw StoreError.invalid("unknown account '\(contact.account)'") }
        guard keys.insert(contact.key).inserted else {
          throw StoreError.invalid("a contact with the id '\(contact.key)' exists already")
        }
        try validate(contact)
      }
      var edited: [(Int, Contact)] = []
      for (n, edit) in editedContacts.enumerated() {
        guard let index = ledger.contactIndex(edit.key) else {
          throw StoreError.invalid("the contact '\(edit.key)' is no longer in the store")
        }
        let contact = stamped(
          n < originals.count
            ? try Merge.contact(original: originals[n], edited: edit, current: ledger.contacts[index]) : edit)
        try validate(contact)
        contactFile.replace(contactRecords[index], with: RecordCodec.text(of: contact))
        edited.append((index, contact))
      }
      // New contacts go after their account's others; those of new accounts at the end.
      var lastRecord: [String: Int] = [:]
      for (index, contact) in ledger.contacts.enumerated() { lastRecord[contact.account] = contactRecords[index] }
      var appended = contactFile.recordCount
      var positions: [Int] = []
      for contact in newContacts {
        contactFile.append(RecordCodec.text(of: contact), after: lastRecord[contact.account])
        lastRecord[contact.account] = appended
        positions.append(appended)
        appended += 1
      }
      if !accounts.isEmpty { try write(accountFile, to: Store.accountsFile) }
      try write(contactFile, to: Store.contactsFile)
      accountsFile = accountFile
      contactsFile = contactFile
      for (n, account) in accounts.enumerated() {
        ledger.add(account)
        accountRecords.append(firstNewAccount + n)
      }
      for (index, contact) in edited { ledger.replace(contact: index, with: contact) }
      for (contact, position) in zip(newContacts, positions) {
        _ = ledger.add(contact)
        contactRecords.append(position)
      }
    }
  }
}
