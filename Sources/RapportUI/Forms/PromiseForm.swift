import RapportCore

extension Form {
  /// Whether the form makes or drops a promise.
  var isAboutPromises: Bool {
    switch purpose {
    case .promise, .dropPromise: return true
    default: return false
    }
  }
}

extension Dashboard {
  /// How a promise's day reads next to it: "due 2026-11-27 (in 4 days)", "due today",
  /// "9 days overdue"; and the role to draw it in (overdue in the error colour).
  func dueWords(_ promise: Promise) -> (text: String, role: StyleRole) {
    let days = today.days(to: promise.due)
    switch days {
    case 0: return ("due today", .warning)
    case 1: return ("due \(promise.due) (tomorrow)", .warning)
    case let n where n > 0:
      return ("due \(promise.due) (in \(n) days)", n <= Dashboard.promiseSoonDays ? .warning : .normal)
    default: return (-days == 1 ? "1 day overdue" : "\(-days) days overdue", .error)
    }
  }

  /// 'send the benchmark' for Jane Doe: the whole of what was promised, for the questions asked
  /// before a write and the status line after it (which shortens it only to fit the window), or
  /// cut to `limit` characters for a list to pick from.
  func promiseTitle(_ promise: Promise, limit: Int? = nil) -> String {
    var what = promise.what
    if let limit, what.count > limit { what = what.prefix(limit - 1) + "…" }
    return "'\(what)' for \(ledger.recipient(of: promise))"
  }

  // MARK: Making a promise

  /// `P`: a short form for a promise to the selected account, or to the contact selected in the
  /// contacts pane: what (required), the contact, when it is due (+7d), and who makes it (the
  /// account's owner, unless another is typed).
  func openPromiseForm() {
    guard let account = selectedAccount, canWrite() else { return }
    let contacts = selectedContacts
    let options = contactChoices(contacts)
    let record = ledger.accounts[account]
    var form = Form(
      title: "Promise · \(record.name)",
      purpose: .promise(account: record.id, contacts: contacts.map { ledger.contacts[$0].id }),
      fields: [
        FormField(.what),
        FormField(
          .contact, .choice(options: options, numbered: false, allowsOther: false),
          selected: focus == .contacts && !contacts.isEmpty ? contactCursor.index + 1 : 0),
        FormField(.due, text: "+7d"),
        FormField(.by, text: record.owner ?? ""),
      ])
    form.markUnchanged()
    openForm(form)
  }

  /// Checks the promise form and makes the promise, or the drop form and drops one; the form
  /// stays open with the problem at its field when anything is wrong, and nothing is written.
  func submitPromiseForm(_ form: Form) {
    var form = form
    if form.refuseControlCharacters() {
      updateForm(form)
      return
    }
    switch form.purpose {
    case .promise(let account, let contacts): submitPromise(&form, account: account, contacts: contacts)
    case .dropPromise(_, let promises): submitDrop(&form, promises: promises)
    default: return
    }
    if self.form != nil { updateForm(form) }
  }

  private func submitPromise(_ form: inout Form, account: String, contacts: [String]) {
    let what = form[.what].string.trimmingCharacters(in: .whitespaces)
    guard !what.isEmpty else {
      form.refuse("Say what was promised, such as “send the benchmark”", at: .what)
      return
    }
    guard let position = form[.contact].choice?.index else {
      form.refuse("No contact matches '\(form[.contact].string)': pick one with ↑ ↓", at: .contact)
      return
    }
    let due: Day
    do {
      due = try DueDay.parse(form[.due].string, today: today)
    } catch {
      form.refuse("'\(form[.due].string)' is not a day: write \(DueDay.forms)", at: .due)
      return
    }
    guard due >= today else {
      form.refuse("A new promise is due today or later: \(due) is before \(today)", at: .due)
      return
    }
    let by = form[.by].string.trimmingCharacters(in: .whitespaces)
    let draft = PromiseDraft(
      day: today, account: account, contact: position == 0 ? nil : contacts[position - 1], what: what, due: due,
      by: by.isEmpty ? nil : by)
    let promise: Promise
    do {
      promise = try store.promise(draft)
    } catch {
      form.refuse("Nothing was saved: \(error)")
      return
    }
    closeForm()
    recordedHere.insert("promise:\(promise.id)")
    storeChanged(select: account, contact: draft.contact)
    message = "Promised '\(promise.what)' to \(ledger.recipient(of: promise)), \(dueWords(promise).text)"
  }

  /// The hint after a promise form's field: the day a typed due day is, or what is wrong with it.
  func promiseHint(_ field: FormField) -> (text: String, role: StyleRole)? {
    switch field.key {
    case .what where field.text.isEmpty: return ("required, e.g. send the benchmark", .dim)
    case .due:
      guard let day = try? DueDay.parse(field.string, today: today) else {
        return ("+7d, fri, tomorrow, YYYY-MM-DD", .error)
      }
      if day < today { return ("\(day) is past", .error) }
      return field.string == day.description ? nil : ("= \(day)", .dim)
    case .by where field.text.isEmpty: return ("optional: who made it", .dim)
    default: return nil
    }
  }

  // MARK: Dropping a promise

  /// `X`: the promises the keys act on, the first chosen, and a reason; Enter drops it, writing
  /// only the `dropped` line.
  func openDropForm() {
    guard let account = selectedAccount, canWrite() else { return }
    let promises = promisesToClose()
    guard !promises.isEmpty else {
      message = noPromisesMessage(account)
      return
    }
    var form = Form(
      title: "Drop a promise · \(ledger.accounts[account].name)",
      purpose: .dropPromise(account: ledger.accounts[account].id, promises: promises.map(\.id)),
      fields: [
        FormField(
          .promise, .choice(options: promises.map { promiseTitle($0, limit: 60) }, numbered: true, allowsOther: false)),
        FormField(.reason),
      ], focus: 1)
    form.markUnchanged()
    openForm(form)
  }

  private func submitDrop(_ form: inout Form, promises: [String]) {
    guard let position = form[.promise].choice?.index else {
      form.refuse("No promise matches '\(form[.promise].string)': pick one with ↑ ↓", at: .promise)
      return
    }
    let reason = form[.reason].string.trimmingCharacters(in: .whitespaces)
    do {
      let promise = try store.drop(promises[position], on: today, reason: reason)
      closeForm()
      recordedHere.insert("promise:\(promise.id)")
      storeChanged(select: promise.account, contact: promise.contact)
      if review != nil { reviewed(promise.account, .droppedPromise, advance: false) }
      message = "Dropped \(promiseTitle(promise))" + (reason.isEmpty ? "" : " (\(reason))") + ": nothing recorded"
    } catch {
      form.refuse("Nothing was saved: \(error)")
    }
  }

  /// What the keep, miss and drop keys act on: from the contacts pane, the selected person's
  /// open promises first, then the account's others; elsewhere all the account's, soonest due
  /// first.
  func promisesToClose() -> [Promise] {
    guard let account = selectedAccount else { return [] }
    let all = ledger.openPromises(account: account)
    guard focus == .contacts, selectedContacts.indices.contains(contactCursor.index)
    else { return all }
    let contact = ledger.contacts[selectedContacts[contactCursor.index]].id
    return all.filter { $0.contact == contact } + all.filter { $0.contact != contact }
  }

  func noPromisesMessage(_ account: Int) -> String {
    "No open promises to \(ledger.accounts[account].name): \(KeyMap.normal.label(.promise)) makes one"
  }
}
