import Foundation

extension Store {
  /// Saves an edit of an account (matched by id) by rewriting `accounts.txt`. Only the fields
  /// that differ from `original`, the record as the edit began (by default the one in memory),
  /// are written: when the file changed on disk meanwhile, the store is reloaded and the edit
  /// applied to the record found there, unless someone else changed the same fields.
  public func update(_ account: Account, from original: Account? = nil) throws {
    try update(account, key: account.id, from: original, in: .accounts)
  }

  /// Saves an edit of a contact (matched by account and id) by rewriting `contacts.txt`, as
  /// `update(_:from:)` does for accounts.
  public func update(_ contact: Contact, from original: Contact? = nil) throws {
    try update(contact, key: contact.key, from: original, in: .contacts)
  }

  /// Where the records of one kind live, in memory and on disk, and how one is merged, checked
  /// and written.
  struct RecordPlace<Record> {
    var word: InputProblem.Record
    var fileName: String
    var file: ReferenceWritableKeyPath<Store, RecordFile>
    var positions: KeyPath<Store, [Int]>
    var all: KeyPath<Ledger, [Record]>
    var index: (Ledger, String) -> Int?
    var merge: (_ original: Record, _ edited: Record, _ current: Record) throws -> Record
    var validate: (Store) -> (Record) throws -> Void
    var replace: (inout Ledger, Int, Record) -> Void
    var text: (Record) -> String
    var stamp: (Store) -> (Record) -> Record

    static var accounts: RecordPlace<Account> {
      RecordPlace<Account>(
        word: .account, fileName: Store.accountsFile, file: \.accountsFile, positions: \.accountRecords,
        all: \.accounts, index: { $0.accountIndex($1) }, merge: Merge.account, validate: Store.validate,
        replace: { $0.replace(account: $1, with: $2) }, text: RecordCodec.text(of:), stamp: Store.stamped)
    }

    static var contacts: RecordPlace<Contact> {
      RecordPlace<Contact>(
        word: .contact, fileName: Store.contactsFile, file: \.contactsFile, positions: \.contactRecords,
        all: \.contacts, index: { $0.contactIndex($1) }, merge: Merge.contact, validate: Store.validate,
        replace: { $0.replace(contact: $1, with: $2) }, text: RecordCodec.text(of:), stamp: Store.stamped)
    }
  }

  private func update<Record>(_ record: Record, key: String, from original: Record?, in place: RecordPlace<Record>)
    throws
  {
    guard let before = original ?? place.index(ledger, key).map({ ledger[keyPath: place.all][$0] }) else {
      throw StoreError.invalid("unknown \(place.word.rawValue) '\(key)'")
    }
    return try writing {
      guard let index = place.index(ledger, key) else {
        throw StoreError.invalid("the \(place.word.rawValue) '\(key)' is no longer in the store")
      }
      let merged = try place.merge(before, place.stamp(self)(record), ledger[keyPath: place.all][index])
      try place.validate(self)(merged)
      var file = self[keyPath: place.file]
      file.replace(self[keyPath: place.positions][index], with: place.text(merged))
      try write(file, to: place.fileName)
      self[keyPath: place.file] = file
      place.replace(&ledger, index, merged)
    }
  }

  /// Adds an account at the end of `accounts.txt`.
  public func add(_ account: Account) throws {
    let account = stamped(account)
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
    let contact = stamped(contact)
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

  /// The account as written by the store's author today (`changed: DAY by NAME`); unchanged
  /// without an author.
  func stamped(_ account: Account) -> Account {
    var account = account
    if let author { account.changed = RecordChange(day: today, author: author) }
    return account
  }

  /// The contact as written by the store's author today.
  func stamped(_ contact: Contact) -> Contact {
    var contact = contact
    if let author { contact.changed = RecordChange(day: today, author: author) }
    return contact
  }

  /// Rewrites both record files from memory: byte for byte what was loaded, plus any edits.
  func saveRecordFiles() throws {
    try writing {
      try write(accountsFile, to: Store.accountsFile)
      try write(contactsFile, to: Store.contactsFile)
    }
  }

  func validate(_ account: Account) throws {
    try validate(id: account.id, name: account.name, as: .account)
    if let problem = TextSafety.problem(in: account) { throw StoreError.refused(.controlCharacter(problem)) }
    if let days = account.cadenceDays, !Account.cadenceRange.contains(days) {
      let range = Account.cadenceRange
      throw StoreError.invalid(
        "a cadence of \(days) days is not one: give between \(range.lowerBound) and \(range.upperBound) days")
    }
    for initiative in account.keyPlan.initiatives {
      if let problem = PlanCodec.problem(in: initiative) { throw StoreError.invalid(problem) }
      if let contact = initiative.contact, ledger.contactIndex("\(account.id)/\(contact)") == nil {
        throw StoreError.invalid(
          "the initiative '\(initiative.text)' is for '\(contact)', who is not a contact of '\(account.id)'")
      }
    }
  }

  func validate(_ contact: Contact) throws {
    try validate(id: contact.id, name: contact.name, as: .contact)
    if let bad = contact.flags.first(where: { !Identifier.isValid($0) }) {
      throw StoreError.refused(.notAFlag(bad))
    }
    if let problem = TextSafety.problem(in: contact) { throw StoreError.refused(.controlCharacter(problem)) }
  }

  private func validate(id: String, name: String, as record: InputProblem.Record) throws {
    guard Identifier.isValid(id) else { throw StoreError.refused(.notAnId(id, record)) }
    guard !name.allSatisfy(\.isWhitespace) else { throw StoreError.refused(.noName(record)) }
  }

}
