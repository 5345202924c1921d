import RapportCore

extension Dashboard {
  /// Opens the form that records an event of `type` for the selected account: the contact
  /// selected in the contacts pane; from the accounts pane, the contact the search found, else
  /// the one touched most recently (`defaultContact`), `0` away from the whole account; the
  /// type's usual kind and weight, today, and no note, so that `d` Enter records a deposit.
  func openRecordForm(_ type: EventType) {
    guard let account = selectedAccount, canWrite() else { return }
    let contacts = selectedContacts
    let options = contactChoices(contacts)
    let kinds = EventKinds.choices(for: type)
    let fromContacts = focus == .contacts && !contacts.isEmpty
    var contactField = FormField(
      .contact, .choice(options: options, numbered: false, allowsOther: false),
      selected: fromContacts ? contactCursor.index + 1 : (defaultContact(among: contacts).map { $0 + 1 } ?? 0))
    contactField.aliases = [""] + contacts.map { ledger.contacts[$0].id }
    var form =
      Form(
        title: "\(type.label) · \(ledger.accounts[account].name)",
        purpose: .record(type, account: ledger.accounts[account].id, contacts: contacts.map { ledger.contacts[$0].id }),
        fields: [
          contactField,
          FormField(.kind, .choice(options: kinds.map(\.kind), numbered: true, allowsOther: true)),
          FormField(.weight, text: kinds[0].weight.description),
          FormField(.date, text: "today"),
          FormField(.note, .multiline),
        ],
        focus: 1)
    showCareerField(&form)
    form.markUnchanged()
    openForm(form)
  }

  /// The choices of a form's contact field: the whole account, then each of `contacts`. A name
  /// two people share says whose it is; whoever has left says so.
  func contactChoices(_ contacts: [Int]) -> [String] {
    let people = contacts.map { ledger.contacts[$0] }
    return ["(the whole account)"]
      + people.map { person in
        let twin = people.contains { $0.name == person.name && $0.id != person.id }
        return person.name + (twin ? " (\(person.id))" : "")
          + (person.hasLeft(by: today) ? " " + Dashboard.leftMark : "")
      }
  }

  /// The next job of the contact the record form is for; nil for the whole account or a contact
  /// without one.
  func nextJob(in form: Form) -> String? {
    guard case .record(_, let account, let contacts) = form.purpose, let position = form[.contact].choice?.index,
      position > 0, let index = ledger.contactIndex("\(account)/\(contacts[position - 1])")
    else { return nil }
    let job = ledger.contacts[index].nextJob
    return job.isEmpty ? nil : job
  }

  /// Adds the "For their career" field (no by default) to a deposit or a favour given when the
  /// chosen contact has a next job, and takes it away when they have none or the whole account is
  /// chosen. It is the last field, so that the others keep their places.
  func showCareerField(_ form: inout Form) {
    guard case .record(let type, _, _) = form.purpose else { return }
    let shown = form.has(.forCareer)
    let wanted = type.canBeCareerHelp && nextJob(in: form) != nil
    if wanted, !shown {
      form.fields.append(FormField(.forCareer, .yesNo, text: "no"))
    } else if !wanted, shown {
      form.fields.removeAll { $0.key == .forCareer }
      form.focus = min(form.focus, form.fields.count - 1)
    }
  }

  /// Keys for the record form beyond editing: + (heavier) and - (lighter) change the weight from
  /// the kind or weight field, and picking another kind brings its usual weight unless one was typed.
  func recordFormKey(_ key: Key, type: EventType) -> Bool {
    guard let focused = form?.focused.key else { return false }
    if KeyMap.form.action(for: key) == .weight {
      // + and - step the weight's size from the weight field, and from the kind field unless a kind is
      // being typed (kinds have hyphens).
      let typingKind = focused == .kind && form?.focused.text.isEmpty == false && form?.focused.fresh == false
      if focused == .kind && !typingKind || focused == .weight {
        _ = changeForm { stepWeight(&$0, up: key == .character("+"), type: type) }
        return true
      }
    }
    if KeyMap.form.action(for: key) == .wholeAccount, focused == .contact || focused == .kind,
      form?.focused.text.isEmpty == true || form?.focused.fresh == true
    {
      // 0 where no contact or kind is typed yet: for the whole account.
      _ = changeForm { form in
        (form[.contact].text, form[.contact].cursor, form[.contact].selected) = ("", 0, 0)
        showCareerField(&form)
      }
      return true
    }
    let outcome = changeForm { form in
      let kindBefore = form[.kind].choice?.value
      let outcome = form.handle(key)
      showCareerField(&form)
      if let before = kindBefore, let after = form[.kind].choice?.value, before != after,
        form[.weight].string == EventKinds.defaultWeight(for: type, kind: before).description
      {
        form[.weight].text = EventKinds.defaultWeight(for: type, kind: after).description
        form[.weight].cursor = form[.weight].text.utf8.count
      }
      return outcome
    }
    switch outcome {
    case .cancel: closeForm()
    case .submit: submitRecord(type)
    case .editing, nil: break
    }
    return true
  }

  /// `+` makes the weight heavier and `-` lighter: its size, whichever its sign, so a withdrawal
  /// of -3 goes to -4 on `+`, as a deposit of +3 goes to +4. A step goes to the next whole
  /// point (1.5 to 2 or to 1), from 1 to 100; a half typed in stays until `+` takes it to 1.
  private func stepWeight(_ form: inout Form, up: Bool, type: EventType) {
    let focused = form.focused.key
    let current = (try? EventKinds.weight(typed: form[.weight].string, for: type)) ?? Weight(0)
    let size = abs(current.hundredths)
    let stepped = up ? (size / 100 + 1) * 100 : ((size + 99) / 100 - 1) * 100
    let lightest = size == 0 ? 100 : min(size, 100)
    let magnitude = min(Weight.limit.hundredths, max(lightest, stepped))
    form[.weight] = FormField(.weight, text: Weight(hundredths: type.isNegative ? -magnitude : magnitude).description)
    form[.weight].fresh = focused == .weight
  }

  /// Checks the record form and appends the event; the form stays open with the problem when
  /// anything is wrong, and nothing is written.
  private func submitRecord(_ type: EventType) {
    guard var form, case .record(_, let accountID, let contactIDs) = form.purpose else { return }
    if form.refuseControlCharacters() {
      updateForm(form)
      return
    }
    guard let contact = form[.contact].choice, let position = contact.index else {
      form.refuse("No contact matches '\(form[.contact].string)': pick one with ↑ ↓", at: .contact)
      updateForm(form)
      return
    }
    let kind = form[.kind].choice?.value ?? ""
    do {
      try EventKinds.check(kind, for: type)
    } catch .notAKind {
      form.refuse("'\(kind)' is not a kind: use a lowercase word such as insight, or pick 1-9", at: .kind)
      updateForm(form)
      return
    } catch {
      form.refuse(error.description, at: .kind)
      updateForm(form)
      return
    }
    let weight: Weight
    let day: Day
    do {
      weight = try EventKinds.weight(typed: form[.weight].string, for: type)
    } catch {
      form.refuse("Weight \(error.description)", at: .weight)
      updateForm(form)
      return
    }
    do {
      day = try DayInput.parse(form[.date].string, today: today)
    } catch {
      form.refuse(error.description, at: .date)
      updateForm(form)
      return
    }
    let draft = EventDraft(
      day: day, account: accountID, contact: position == 0 ? nil : contactIDs[position - 1], type: type, kind: kind,
      weight: weight, note: form[.note].string.trimmingCharacters(in: .whitespacesAndNewlines),
      forCareer: position > 0 && form.has(.forCareer) && form[.forCareer].isYes)
    if let old = form.correcting {
      saveCorrection(of: old, with: draft)
      return
    }
    let before = ledger.accountIndex(accountID).map { ledger.totals(account: $0).balanceHundredths } ?? 0
    let event: Event
    do {
      event = try store.record(draft)
    } catch {
      form.refuse("Nothing was saved: \(error)")
      updateForm(form)
      return
    }
    closeForm()
    recordedHere.insert(event.id)
    storeChanged(select: accountID, contact: draft.contact)
    if review != nil { reviewed(accountID, .deposit, advance: false) }
    let after = ledger.accountIndex(accountID).map { ledger.totals(account: $0).balanceHundredths } ?? 0
    message =
      "\(ledger.summary(of: event)): equity \(Weight.format(hundredths: before, signed: false))"
      + " -> \(Weight.format(hundredths: after, signed: false))"
      + (event.forCareer && type.canBeCareerHelp ? " · for their career" : "")
  }

  /// Takes back the last action (u): an event recorded, or a promise made, kept, missed or
  /// dropped; or brings back the last one undone (Ctrl-R). An action taken before this session
  /// is undone only on a second `u`, after the status line said which it is.
  func undoOrRedo(redo: Bool) {
    let confirmed = pendingUndo
    pendingUndo = nil
    guard canWrite() else { return }
    if !redo, let action = ledger.undoableAction(by: store.author) {
      let (key, words) = undoKey(action)
      if !recordedHere.contains(key), confirmed != key {
        pendingUndo = key
        message = "u again to undo \(words) before this session"
        return
      }
    }
    do {
      let account = (redo ? ledger.redoableAction(by: store.author) : ledger.undoableAction(by: store.author))
        .map(accountID(of:))
      let balance = { (id: String?) in
        id.flatMap { self.ledger.accountIndex($0) }.map { self.ledger.totals(account: $0).balanceHundredths } ?? 0
      }
      let was = balance(account)
      guard let action = redo ? try store.redoAction(on: today) : try store.undoAction(on: today) else {
        // With an author, undo and redo act on my lines only: say what stays.
        if let author = store.author, !redo, ledger.undoableAction != nil {
          let text = ledger.nothingOfYours(to: "undo", author: author)
          message = text.prefix(1).uppercased() + text.dropFirst()
        } else {
          message = redo ? "Nothing to redo" : "Nothing to undo"
        }
        return
      }
      let redoKey = KeyMap.normal.label(.redo)
      let done = redo ? "Redone" : "Undone (\(redoKey) redoes)"
      switch action {
      case .event(let event):
        if redo { recordedHere.insert(event.id) }
        storeChanged(select: event.account, contact: event.contact)
        let change =
          "equity \(Weight.format(hundredths: was, signed: false)) -> \(Weight.format(hundredths: balance(event.account), signed: false))"
        message = "\(done): \(describe(event)): \(change)"
      case .promiseMade(let promise):
        if redo { recordedHere.insert("promise:\(promise.id)") }
        storeChanged(select: promise.account, contact: promise.contact)
        message =
          redo
          ? "Made the promise “\(promise.what)” again (due \(promise.due))"
          : "Took back the promise “\(promise.what)” (due \(promise.due)); \(redoKey) makes it again"
      case .promiseClosed(let promise, let status, _):
        if redo { recordedHere.insert("promise:\(promise.id)") }
        storeChanged(select: promise.account, contact: promise.contact)
        message = closingUndone(promise, status, redo: redo, redoKey: redoKey)
      case .corrected(let old, let new):
        if redo { recordedHere.insert(new.id) }
        storeChanged(select: new.account, contact: new.contact)
        message =
          redo
          ? "Redone: voided \(old.id) and recorded \(new.id) again"
          : "Undone (\(redoKey) redoes): \(old.id) is back, \(new.id) voided"
      case .voided(let event):
        if redo { recordedHere.insert("void:\(event.id)") }
        storeChanged(select: event.account, contact: event.contact)
        message =
          redo ? "Voided \(event.id) again" : "Undone (\(redoKey) redoes): \(event.id) is back, \(describe(event))"
      }
    } catch {
      message = "Nothing was \(redo ? "redone" : "undone"): \(error)"
    }
  }

  /// What undoing or redoing a promise's keeping, missing or dropping did, in words.
  private func closingUndone(_ promise: Promise, _ status: PromiseStatus, redo: Bool, redoKey: String) -> String {
    let what = "the promise “\(promise.what)”"
    let (done, doing): (String, String)
    switch status {
    case .kept: (done, doing) = ("Kept \(what)", "keeping \(what)")
    case .missed: (done, doing) = ("Marked \(what) missed", "marking \(what) missed")
    case .dropped, .open: (done, doing) = ("Dropped \(what)", "dropping \(what)")
    }
    return redo ? "\(done) again" : "Took back \(doing): it is open again; \(redoKey) redoes it"
  }

  /// What names an action in `recordedHere` and `pendingUndo`, and the action in words.
  private func undoKey(_ action: LedgerAction) -> (key: String, words: String) {
    switch action {
    case .event(let index):
      let event = ledger.event(index)
      return (event.id, "\(describe(event)), recorded")
    case .corrected(let old, let new):
      let event = ledger.event(new)
      return (event.id, "the correction of \(ledger.event(old).id) by \(describe(event))")
    case .voided(let index):
      let event = ledger.event(index)
      return ("void:\(event.id)", "the void of \(describe(event))")
    case .promiseMade(let index), .promiseClosed(let index, _):
      let promise = ledger.promise(at: index)
      if case .promiseMade = action { return ("promise:\(promise.id)", "the promise “\(promise.what)”, made") }
      return ("promise:\(promise.id)", "the promise “\(promise.what)”, \(promise.status.rawValue)")
    }
  }

  /// The account an action is about.
  private func accountID(of action: LedgerAction) -> String {
    switch action {
    case .event(let index), .corrected(_, let index), .voided(let index): return ledger.event(index).account
    case .promiseMade(let index), .promiseClosed(let index, _): return ledger.promise(at: index).account
    }
  }

  /// An event in a line: what, for whom, when, and the start of its note.
  func describe(_ event: Event) -> String {
    var text = "\(ledger.summary(of: event)) on \(event.day)"
    if !event.note.isEmpty {
      text += " “\(short(event.note, limit: 30))”"
    }
    return text
  }

  /// Says why the store cannot be written, if it cannot; true when it can.
  func canWrite() -> Bool {
    if case .readOnly(let reason) = store.access {
      message = "Read-only: \(reason)"
      return false
    }
    if !store.errors.isEmpty {
      message = "Nothing can be saved while the store has \(plural(store.errors.count, "error")): run 'rapport check'"
      return false
    }
    return true
  }

  /// A hint after a field's value: what a typed day or weight means, or what is wrong with it.
  func formHint(_ field: FormField) -> (text: String, role: StyleRole)? {
    if let form, form.isAboutPromises { return promiseHint(field) }
    if let form, form.isAboutThePlan { return planHint(field, form) }
    guard let form, case .record(let type, _, _) = form.purpose else { return editHint(field) }
    switch field.key {
    case .date:
      do {
        let day = try DayInput.parse(field.string, today: today)
        return field.string == day.description ? nil : ("= \(day)", .dim)
      } catch .futureDay {
        return ("in the future", .error)
      } catch .tooFarBack {
        return ("more than \(DayInput.yearsBack) years ago", .error)
      } catch {
        return ("not a day", .error)
      }
    case .kind:
      guard let kind = field.choice, kind.index == nil else { return nil }
      guard EventKinds.isValid(kind.value) else { return ("not a kind: one lowercase word", .error) }
      let others = EventKinds.otherTypes(listing: kind.value, besides: type)
      return others.isEmpty ? nil : ("a \(others.map { $0.label.lowercased() }.joined(separator: " or ")) kind", .error)
    case .weight:
      do {
        let weight = try EventKinds.weight(typed: field.string, for: type)
        return weight.description == field.string ? nil : ("= \(weight)", .dim)
      } catch {
        return ("not a weight", .error)
      }
    case .contact:
      guard let chosen = field.choice?.index, chosen > 0 else { return nil }
      return ("\(KeyMap.form.label(.wholeAccount)): the whole account", .dim)
    case .forCareer:
      guard let job = nextJob(in: form) else { return nil }
      let line = job.prefix { $0 != "\n" }
      let shown = line.count > 40 || line.endIndex < job.endIndex ? String(line.prefix(39)) + "…" : String(line)
      return ("next job: \(shown)", .dim)
    default: return nil
    }
  }
}
