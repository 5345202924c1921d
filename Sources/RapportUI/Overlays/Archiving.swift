import RapportCore

extension Dashboard {
  /// `Z`: asks, in the status line, to archive or unarchive the selected contact when the
  /// contacts pane has the focus, else the selected account.
  func askToArchive() {
    guard let account = selectedAccount, canWrite() else { return }
    let target: ArchiveTarget
    let name: String
    let archived: Bool
    if focus == .contacts, selectedContacts.indices.contains(contactCursor.index) {
      let contact = ledger.contacts[selectedContacts[contactCursor.index]]
      target = .contact(account: contact.account, id: contact.id)
      (name, archived) = (contact.name, contact.isArchived)
    } else {
      let record = ledger.accounts[account]
      target = .account(record.id)
      (name, archived) = (record.name, record.isArchived)
    }
    pendingArchive = target
    message =
      archived
      ? "Unarchive \(name)? y brings it back · any other key cancels"
      : "Archive \(name)? y archives (history kept) · any other key cancels"
  }

  /// The key after `Z`: `y` archives or unarchives, any other key cancels.
  func answerArchive(_ key: Key) {
    guard let target = pendingArchive else { return }
    pendingArchive = nil
    guard key == .character("y") || key == .character("Y") else {
      message = "Nothing was changed"
      return
    }
    guard canWrite() else { return }
    let archived: Bool
    switch target {
    case .account(let id): archived = ledger.accountIndex(id).map { ledger.accounts[$0].isArchived } ?? false
    case .contact: archived = ledger.contactIndex(target.key).map { ledger.contacts[$0].isArchived } ?? false
    }
    do {
      if archived { try store.unarchive(target) } else { try store.archive(target, on: today) }
    } catch {
      message = "Nothing was changed: \(error)"
      return
    }
    agendaCache = nil
    switch target {
    case .account(let id):
      storeChanged(select: id, contact: nil, accountsChanged: true)
    case .contact(let account, let id):
      storeChanged(select: account, contact: id)
    }
    message =
      archived
      ? "Unarchived \(target.key)"
      : "Archived \(target.key)" + (showArchived ? "; Z again brings it back" : ": z shows archived ones, Z unarchives")
  }

  /// `z`: shows or hides archived accounts and contacts.
  func toggleArchivedShown() {
    showArchived.toggle()
    agendaCache = nil
    rebuildList()
    contactCursor.clamp(count: selectedContacts.count)
    let count = ledger.accounts.lazy.filter(\.isArchived).count
    message =
      showArchived
      ? "Archived shown, marked \(Dashboard.archivedMark): \(count) account\(count == 1 ? "" : "s") · z hides them"
      : "Archived accounts and contacts hidden"
  }
}

extension Dashboard {
  /// `(archived) ` before an archived account's name in the list, nothing otherwise.
  func archivedPrefix(of account: Int) -> String {
    ledger.accounts[account].isArchived ? Dashboard.archivedMark + " " : ""
  }
}
