import RapportCore

extension Dashboard {
  // MARK: Opening

  /// `e`: the selected contact's fields, the first focused, or `key`'s; with `selectingAll`, that
  /// field's text is selected, so that typing replaces it and the arrows keep it to edit.
  func openContactForm(focusing key: FieldKey? = nil, selectingAll: Bool = false) {
    guard let account = selectedAccount, canWrite() else { return }
    let contacts = selectedContacts
    guard contacts.indices.contains(contactCursor.index) else {
      message = "\(ledger.accounts[account].name) has no contacts: C adds one"
      return
    }
    let contact = ledger.contacts[contacts[contactCursor.index]]
    var form = Form(
      title: "Edit \(contact.name) · \(ledger.accounts[account].name)", purpose: .editContact(contact),
      fields: contactFields(contact), focus: 0)
    if let key {
      form.focus = form.index(key)
      form.fields[form.focus].selectsAll = selectingAll
    }
    openForm(form)
  }

  /// `C`: a new contact at the selected account.
  func openNewContactForm() {
    guard let account = selectedAccount, canWrite() else { return }
    let id = ledger.accounts[account].id
    openForm(
      Form(
        title: "New contact · \(ledger.accounts[account].name)", purpose: .addContact(account: id),
        fields: [FormField(.id)] + contactFields(Contact(account: id, id: "", name: "")), focus: 1))
  }

  /// `E`: the selected account's fields.
  func openAccountForm() {
    guard let index = selectedAccount, canWrite() else { return }
    let account = ledger.accounts[index]
    openForm(
      Form(
        title: "Edit \(account.name)", purpose: .editAccount(account), fields: accountFields(account), focus: 0))
  }

  /// `A`: a new account.
  func openNewAccountForm() {
    guard canWrite() else { return }
    openForm(
      Form(
        title: "New account", purpose: .addAccount,
        fields: [FormField(.id)] + accountFields(Account(id: "", name: "", tier: .b)), focus: 1))
  }

  private func contactFields(_ contact: Contact) -> [FormField] {
    [
      FormField(.name, text: contact.name),
      FormField(.role, text: contact.role),
      FormField(.flags, text: contact.flags.joined(separator: ", ")),
      FormField(.reassess, text: contact.reassess?.description ?? ""),
      FormField(.nextJob, .multiline, text: contact.nextJob),
      FormField(.progress),
      FormField(.measuredBy, .multiline, text: contact.measuredBy),
      FormField(.worries, .multiline, text: contact.worries),
      FormField(.help, .multiline, text: contact.help),
      FormField(.personal, .multiline, text: contact.personal),
      FormField(.left, text: contact.left.map { $0.text.isEmpty ? "\($0.day)" : "\($0.day) \($0.text)" } ?? ""),
    ]
  }

  private func accountFields(_ account: Account) -> [FormField] {
    [
      FormField(.name, text: account.name),
      FormField(
        .tier, .choice(options: Tier.allCases.map(\.rawValue), numbered: false, allowsOther: false),
        selected: Tier.allCases.firstIndex(of: account.tier)!),
      FormField(.cadence, text: account.cadenceDays.map(String.init) ?? ""),
      FormField(.won, text: account.won?.description ?? ""),
      FormField(.owner, text: account.owner ?? ""),
      // Reflowed: the file's hard-wrapped lines joined into paragraphs, wrapped to the form.
      FormField(.culture, .multiline, text: FoldedText.reflowed(account.culture)),
      FormField(.dos, .multiline, text: account.dos.joined(separator: "\n")),
      FormField(.donts, .multiline, text: account.donts.joined(separator: "\n")),
      FormField(.plan, text: account.plan?.description ?? ""),
      FormField(.planNote, text: account.planNote),
      FormField(.snoozedUntil, text: account.snoozedUntil?.description ?? ""),
      FormField(.snoozeReason, text: account.snoozeReason),
    ]
  }

  // MARK: Keys and saving

  /// Keys for the edit and add forms.
  func editFormKey(_ key: Key) {
    switch changeForm({ $0.handle(key) }) {
    case .cancel: closeForm()
    case .submit: submitEdit()
    case .editing, nil: break
    }
  }

  private func submitEdit() {
    guard var form else { return }
    if form.refuseControlCharacters() {
      updateForm(form)
      return
    }
    do {
      switch form.purpose {
      case .editContact(let original):
        let edited = try contact(from: &form, account: original.account, id: original.id, original: original)
        try store.update(edited, from: original)
        finishEdit("Saved \(edited.name)", account: edited.account, contact: edited.id)
        askAboutNextJob(edited, was: original)
      case .addContact(let account):
        let name = try requiredName(form)
        let id = try identifier(&form, suggestedFrom: name)
        let contact = try contact(from: &form, account: account, id: id)
        guard ledger.contactIndex(contact.key) == nil else {
          throw Refusal("\(account) already has a contact '\(id)': give another id", field: .id)
        }
        try store.add(contact)
        finishEdit(
          "Added \(contact.name) to \(ledger.accounts[ledger.accountIndex(account)!].name)", account: account,
          contact: id)
        focus = .contacts
      case .editAccount(let original):
        let edited = try account(from: &form, id: original.id, original: original)
        try store.update(edited, from: original)
        finishEdit("Saved \(edited.name)", account: edited.id, contact: nil)
      case .addAccount:
        let id = try identifier(&form, suggestedFrom: try requiredName(form))
        let account = try account(from: &form, id: id)
        guard ledger.accountIndex(id) == nil else {
          throw Refusal("An account with the id '\(id)' exists already: give another id", field: .id)
        }
        try store.add(account)
        filterText = ""
        tierFilter = nil
        ownerChoice = .everyone
        finishEdit("Added \(account.name)", account: id, contact: nil)
        focus = .accounts
      case .plan, .snooze:
        _ = submitPlanOrSnooze(&form)
        if self.form != nil { updateForm(form) }
        return
      case .promise, .dropPromise:
        submitPromiseForm(form)
        return
      case .initiative, .objective, .planReview:
        submitPlanForm(form)
        return
      case .record: return
      }
    } catch let refusal as Refusal {
      form.refuse(refusal.reason, at: refusal.field)
      updateForm(form)
    } catch StoreError.conflict(let reason) {
      // The next Enter, knowing their version, saves over it; Esc keeps theirs.
      switch form.purpose {
      case .editContact(let original):
        if let index = ledger.contactIndex(original.key) { form.purpose = .editContact(ledger.contacts[index]) }
      case .editAccount(let original):
        if let index = ledger.accountIndex(original.id) { form.purpose = .editAccount(ledger.accounts[index]) }
      default: break
      }
      form.refuse("Nothing was saved: \(reason). Enter saves yours over theirs; Esc keeps theirs")
      updateForm(form)
    } catch {
      form.refuse("Nothing was saved: \(error)")
      updateForm(form)
    }
  }

  private func finishEdit(_ text: String, account: String, contact: String?) {
    closeForm()
    storeChanged(select: account, contact: contact, accountsChanged: contact == nil, peopleChanged: contact != nil)
    message = text
  }

  /// A problem with a field, said in the form.
  private struct Refusal: Error {
    var reason: String
    var field: FieldKey?

    init(_ reason: String, field: FieldKey?) {
      self.reason = reason
      self.field = field
    }
  }

  /// The id typed, or one made from the name (shown in the field when it is made).
  private func identifier(_ form: inout Form, suggestedFrom name: String) throws -> String {
    var id = form[.id].string.trimmingCharacters(in: .whitespaces).lowercased()
    if id.isEmpty {
      id = Identifier.suggested(from: name)
      guard !id.isEmpty else {
        throw Refusal(
          "'\(name)' has no Latin letters or digits to make an id from: type one, e.g. a romanised name", field: .id)
      }
    }
    form[.id] = FormField(.id, text: id)
    guard Identifier.isValid(id) else { throw Refusal("'\(id)' is not an id: \(Identifier.rule)", field: .id) }
    return id
  }

  private func requiredName(_ form: Form) throws -> String {
    let name = form[.name].string.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else { throw Refusal("A name is needed", field: .name) }
    return name
  }

  /// The contact the form describes; `original`, when editing, gives the history the form does
  /// not show, and the role it had.
  private func contact(from form: inout Form, account: String, id: String, original: Contact? = nil) throws
    -> Contact
  {
    let flags = form[.flags].string.split { $0 == "," || $0 == " " }.map(String.init)
    if let bad = flags.first(where: { !Identifier.isValid($0) }) {
      throw Refusal("Flag '\(bad)' is not a word: \(Identifier.rule)", field: .flags)
    }
    let reassess: Day?
    do {
      reassess = try laterDay(form[.reassess].string)
    } catch {
      throw Refusal(error.description, field: .reassess)
    }
    let left: DatedNote?
    do {
      left = try leftNote(form[.left].string)
    } catch {
      throw Refusal(
        "Left: start with the day they left (YYYY-MM-DD, +7d, today, yesterday), then where they went", field: .left)
    }
    func text(_ key: FieldKey) -> String { trimmedLines(form[key].string) }
    var contact = Contact(
      account: account, id: id, name: try requiredName(form), role: text(.role), flags: flags, reassess: reassess,
      nextJob: text(.nextJob), measuredBy: text(.measuredBy), worries: text(.worries), help: text(.help),
      personal: text(.personal))
    keepHistory(&contact, from: original, progress: text(.progress), left: left)
    return contact
  }

  /// The account the form describes; `original`, when editing, gives what the form does not show.
  private func account(from form: inout Form, id: String, original: Account? = nil) throws -> Account {
    let name = try requiredName(form)
    guard let tierText = form[.tier].choice?.value, let tier = Tier(rawValue: tierText) else {
      throw Refusal("The tier is A, B or C", field: .tier)
    }
    var won: Day?
    if !form[.won].string.allSatisfy(\.isWhitespace) {
      do {
        won = try DayInput.parse(form[.won].string, today: today, since: nil)
      } catch .futureDay {
        throw Refusal("The win cannot be in the future", field: .won)
      } catch {
        throw Refusal(error.description, field: .won)
      }
    }
    let cadence = try cadenceDays(form[.cadence].string)
    let owner = form[.owner].string.trimmingCharacters(in: .whitespaces)
    var decided: [Day?] = []
    for key in [FieldKey.plan, .snoozedUntil] {
      do {
        decided.append(try laterDay(form[key].string))
      } catch {
        throw Refusal("\(key.label): a day such as YYYY-MM-DD or +7d, or empty for none", field: key)
      }
    }
    func lines(_ key: FieldKey) -> [String] {
      form[key].string.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
    var account = Account(
      id: id, name: name, tier: tier, won: won, owner: owner.isEmpty ? nil : owner,
      culture: culture(form[.culture].string, was: original?.culture), dos: lines(.dos), donts: lines(.donts),
      cadenceDays: cadence, plan: decided[0],
      planNote: decided[0] == nil ? "" : form[.planNote].string.trimmingCharacters(in: .whitespaces),
      snoozedUntil: decided[1],
      snoozeReason: decided[1] == nil ? "" : form[.snoozeReason].string.trimmingCharacters(in: .whitespaces))
    // The form does not show the key account plan: it stays as it was.
    account.keyPlan = original?.keyPlan ?? AccountPlan()
    return account
  }

  /// The cadence typed: empty for the tier's, else a whole number of days in `Account.cadenceRange`,
  /// as the file's `cadence:` takes.
  private func cadenceDays(_ text: String) throws -> Int? {
    let word = text.trimmingCharacters(in: .whitespaces)
    guard !word.isEmpty else { return nil }
    let range = Account.cadenceRange
    guard let days = Int(word), range.contains(days) else {
      throw Refusal(
        "Cadence: a number of days between touches, \(range.lowerBound) to \(range.upperBound), or empty for the tier's",
        field: .cadence)
    }
    return days
  }

  /// A day for a reassessment: empty for none, YYYY-MM-DD, or +30d (thirty days from today).
  func laterDay(_ text: String) throws(InputProblem) -> Day? {
    let word = text.trimmingCharacters(in: .whitespaces).lowercased()
    if word.isEmpty { return nil }
    if word.hasPrefix("+"), word.hasSuffix("d"), let n = Int(word.dropFirst().dropLast()), n >= 0, n < 100_000 {
      return today.adding(days: n)
    }
    if let day = Day(iso: word) { return day }
    return try DayInput.parse(word, today: today)
  }

  /// The hint after an edit form's field.
  func editHint(_ field: FormField) -> (text: String, role: StyleRole)? {
    switch field.key {
    case .id where field.text.isEmpty: return ("empty: made from the name", .dim)
    case .flags where field.text.isEmpty: return ("e.g. decision-maker, role-model, difficult", .dim)
    case .reassess where field.text.isEmpty: return ("YYYY-MM-DD or +30d", .dim)
    case .plan, .snoozedUntil:
      if field.text.isEmpty { return ("none; YYYY-MM-DD or +7d", .dim) }
      guard let day = try? laterDay(field.string) else { return ("a day: YYYY-MM-DD or +7d", .error) }
      return field.string == day.description ? nil : ("= \(day)", .dim)
    case .date, .until:
      guard let day = try? laterDay(field.string) else { return ("a day: YYYY-MM-DD or +7d", .error) }
      return field.string == day.description ? nil : ("= \(day)", .dim)
    case .won where field.text.isEmpty: return ("YYYY-MM-DD, or empty", .dim)
    case .cadence:
      if field.text.isEmpty {
        let tiers = Tier.allCases.map {
          "\($0.rawValue) \(thresholds.cadence(of: Account(id: "", name: "", tier: $0)))"
        }
        return ("empty: the tier's (\(tiers.joined(separator: ", ")) days)", .dim)
      }
      let word = field.string.trimmingCharacters(in: .whitespaces)
      return Int(word).map(Account.cadenceRange.contains) == true ? ("days", .dim) : ("1 to 3650 days", .error)
    case .progress, .left: return historyHint(field)
    case .dos, .donts: return field.text.isEmpty ? ("one per line", .dim) : nil
    default: return nil
    }
  }
}

/// Text with the spaces at the ends of each line and blank lines at either end removed.
/// The culture typed; the one on file, with its own line breaks, when only its reflowing differs.
private func culture(_ typed: String, was original: String?) -> String {
  let culture = trimmedLines(typed)
  if let original, culture == FoldedText.reflowed(trimmedLines(original)) { return original }
  return culture
}

private func trimmedLines(_ text: String) -> String {
  let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
    $0.trimmingCharacters(in: .whitespaces)
  }
  return lines.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed().joined(separator: "\n")
}
