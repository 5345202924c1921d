import RapportCore

/// What the accounts search (`/`) found, as the panes and the record form use it: the contact an
/// account was found through, and why, in the row's words.
extension Dashboard {
  /// The contact (a ledger index) that the search found `account` through, if it was.
  func searchedContact(of account: Int) -> Int? {
    filterText.isEmpty ? nil : list.hit(account)?.contact
  }

  /// The row's name in the accounts pane, in `width` columns: the account's name, and when the
  /// search found it through a contact, whom: "Müller Präzisionstechnik · Katrin Weber (CFO)".
  /// When both do not fit, the account's name is cut first (to no less than 6 columns), since
  /// the person is what was looked for; the field matched follows when there is room.
  func listName(of account: Int, width: Int) -> String {
    let name = ledger.accounts[account].name
    guard let (person, field) = searchReason(of: account) else { return DisplayWidth.truncate(name, to: width) }
    let whom = person + (field.map { " · " + $0 } ?? "")
    for text in [name + " · " + whom, name + " · " + person] where DisplayWidth.of(text) <= width { return text }
    let room = max(6, width - DisplayWidth.of(person) - 3)
    return DisplayWidth.truncate(DisplayWidth.truncate(name, to: room) + " · " + person, to: width)
  }

  /// Why the search found `account` through a contact: who ("Katrin Weber (CFO)") and, unless
  /// it was their name, id or role, where ("next job: CEO of a family firm"). A match in
  /// personal notes names the field only, never the note.
  func searchReason(of account: Int) -> (person: String, field: String?)? {
    guard !filterText.isEmpty, let hit = list.hit(account), let index = hit.contact else { return nil }
    let person = ledger.contacts[index]
    let whom = person.name + (person.role.isEmpty ? "" : " (\(person.role))")
    switch hit.field {
    case .accountName, .accountID, .name, .role: return (whom, nil)
    case .personal: return (whom, "in personal notes")
    case .id: return (whom, "id \(person.id)")
    default: return (whom, "\(hit.field.label): \(short(matchedText(hit.field, of: person), limit: 40))")
    }
  }

  /// Why the search found the selected row, in at most `width` columns, for the status line while
  /// the search is typed: an account by its id ("found: id hanbit"), or through a contact ("found:
  /// Katrin Weber (CFO) · next job: CEO of a family firm"). When it must be cut, the field that
  /// matched keeps its first words: the role goes first, then the field's end, then the person's name.
  func selectedSearchReason(width: Int) -> String? {
    guard !filterText.isEmpty, let account = selectedAccount, let hit = list.hit(account) else { return nil }
    if hit.field == .accountID {
      return DisplayWidth.truncate("found: id \(ledger.accounts[account].id)", to: width)
    }
    guard let index = hit.contact, let (whom, field) = searchReason(of: account) else { return nil }
    guard let field else { return DisplayWidth.truncate("found: " + whom, to: width) }
    let name = ledger.contacts[index].name
    if let fits = ["found: \(whom) · \(field)", "found: \(name) · \(field)"].first(where: {
      DisplayWidth.of($0) <= width
    }) {
      return fits
    }
    // The name keeps what the field's first words (up to 24 columns) leave, at least 4 columns.
    let keep = min(DisplayWidth.of(field), 24)
    let room = max(4, min(DisplayWidth.of(name), width - DisplayWidth.of("found:  · ") - keep))
    return DisplayWidth.truncate("found: \(DisplayWidth.truncate(name, to: room)) · \(field)", to: width)
  }

  /// The text of a contact's field that a search looks in.
  private func matchedText(_ field: SearchField, of person: Contact) -> String {
    let text: String
    switch field {
    case .flags: text = person.flags.joined(separator: " ")
    case .nextJob: text = person.nextJob
    case .measuredBy: text = person.measuredBy
    case .worries: text = person.worries
    case .help: text = person.help
    case .progress: text = person.progress.map(\.text).joined(separator: "; ")
    case .previousRole: text = person.previousRoles.map(\.text).joined(separator: "; ")
    case .left: text = person.left?.text ?? ""
    case .accountName, .accountID, .name, .id, .role, .personal: text = ""
    }
    return String(text.prefix { $0 != "\n" })
  }

  /// Selects in the contacts pane the contact the search found the selected account through, so
  /// that the next `d` or `e` is for them.
  func selectSearchedContact() {
    guard let account = selectedAccount, let contact = searchedContact(of: account),
      let position = contactsInPaneOrder(ofAccount: account).firstIndex(of: contact), position != contactCursor.index
    else { return }
    contactCursor = ScrollState(index: position, offset: 0)
  }

  /// Whom a record opened from the accounts pane is for, as a position in `contacts` (the
  /// account's contacts in pane order): the contact the search found, else the one touched most
  /// recently who is still there; nil (the whole account) when no one has been touched.
  func defaultContact(among contacts: [Int]) -> Int? {
    guard let account = selectedAccount else { return nil }
    if let found = searchedContact(of: account), let position = contacts.firstIndex(of: found) { return position }
    var latest: (position: Int, day: Day)?
    for (position, contact) in contacts.enumerated() where !ledger.contacts[contact].hasLeft(by: today) {
      guard let day = ledger.totals(contact: contact).lastTouch else { continue }
      if latest.map({ day > $0.day }) ?? true { latest = (position, day) }
    }
    return latest?.position
  }
}
