import RapportCore

extension Dashboard {
  /// Opens the form that records an event of `type` for the selected account: the contact
  /// selected in the contacts pane (or the whole account from the accounts pane), the type's
  /// usual kind and weight, today, and no note, so that `d` Enter records a deposit.
  func openRecordForm(_ type: EventType) {
    guard let account = selectedAccount, canWrite() else { return }
    let contacts = selectedContacts
    let names = contacts.map { ledger.contacts[$0].name }
    let options =
      ["(the whole account)"]
      + names.map { name in
        names.filter { $0 == name }.count > 1
          ? "\(name) (\(ledger.contacts[contacts[names.firstIndex(of: name)!]].id))" : name
      }
    let kinds = EventKinds.choices(for: type)
    form = Form(
      title: "\(type.label) · \(ledger.accounts[account].name)",
      purpose: .record(type, account: ledger.accounts[account].id, contacts: contacts.map { ledger.contacts[$0].id }),
      fields: [
        FormField(
          "Contact", .choice(options: options, numbered: false, allowsOther: false),
          selected: focus == .contacts && !contacts.isEmpty ? contactCursor.index + 1 : 0),
        FormField("Kind", .choice(options: kinds.map(\.kind), numbered: true, allowsOther: true)),
        FormField("Weight", text: kinds[0].weight.description),
        FormField("Date", text: "today"),
        FormField("Note"),
      ],
      focus: 1)
  }

  /// Keys for the record form beyond editing: + and - change the weight from the kind or weight
  /// field, and picking another kind brings its usual weight unless one was typed.
  func recordFormKey(_ key: Key, type: EventType) -> Bool {
    guard var form else { return false }
    let label = form.focused.label
    // + and - step the weight from the weight field, and from the kind field unless a kind is
    // being typed (kinds have hyphens).
    let typingKind = label == "Kind" && !form.focused.text.isEmpty && !form.focused.fresh
    if label == "Kind" && !typingKind || label == "Weight", key == .character("+") || key == .character("-") {
      let current = (try? EventKinds.weight(typed: form["Weight"].string, for: type)) ?? Weight(0)
      // Whole steps: 1.5 goes up to 2 and down to 1; never below a half.
      let whole = Double(abs(current.hundredths)) / 100
      let stepped = key == .character("+") ? whole.rounded(.down) + 1 : whole.rounded(.up) - 1
      let magnitude = Int32(max(50, min(10_000, stepped * 100)))
      form["Weight"] = FormField(
        "Weight", text: Weight(hundredths: type.isNegative ? -magnitude : magnitude).description)
      form["Weight"].fresh = label == "Weight"
      self.form = form
      return true
    }
    let kindBefore = form["Kind"].choice?.value
    // The form is taken out while it changes, so that its text is not copied at each key.
    self.form = nil
    let outcome = form.handle(key)
    if let before = kindBefore, let after = form["Kind"].choice?.value, before != after,
      form["Weight"].string == EventKinds.defaultWeight(for: type, kind: before).description
    {
      form["Weight"].text = EventKinds.defaultWeight(for: type, kind: after).description
      form["Weight"].cursor = form["Weight"].text.utf8.count
    }
    self.form = form
    switch outcome {
    case .editing: break
    case .cancel: self.form = nil
    case .submit: submitRecord(type)
    }
    return true
  }

  /// Checks the record form and appends the event; the form stays open with the problem when
  /// anything is wrong, and nothing is written.
  private func submitRecord(_ type: EventType) {
    guard var form, case .record(_, let accountID, let contactIDs) = form.purpose else { return }
    if form.refuseControlCharacters() {
      self.form = form
      return
    }
    guard let contact = form["Contact"].choice, let position = contact.index else {
      form.refuse("No contact matches '\(form["Contact"].string)': pick one with ↑ ↓", at: "Contact")
      self.form = form
      return
    }
    let kind = form["Kind"].choice?.value ?? ""
    guard EventKinds.isValid(kind) else {
      form.refuse("'\(kind)' is not a kind: use a lowercase word such as insight, or pick 1-9", at: "Kind")
      self.form = form
      return
    }
    let weight: Weight
    let day: Day
    do {
      weight = try EventKinds.weight(typed: form["Weight"].string, for: type)
    } catch {
      form.refuse("Weight \(error.description)", at: "Weight")
      self.form = form
      return
    }
    do {
      day = try DayInput.parse(form["Date"].string, today: today)
    } catch {
      form.refuse(error.description, at: "Date")
      self.form = form
      return
    }
    let draft = EventDraft(
      day: day, account: accountID, contact: position == 0 ? nil : contactIDs[position - 1], type: type, kind: kind,
      weight: weight, note: form["Note"].string.trimmingCharacters(in: .whitespaces))
    let before = ledger.accountIndex(accountID).map { ledger.totals(account: $0).balanceHundredths } ?? 0
    let event: Event
    do {
      event = try store.record(draft)
    } catch {
      form.refuse("Nothing was saved: \(error)")
      self.form = form
      return
    }
    self.form = nil
    recordedHere.insert(event.id)
    storeChanged(select: accountID, contact: draft.contact)
    if review != nil { reviewed(accountID, "deposit", advance: false) }
    let after = ledger.accountIndex(accountID).map { ledger.totals(account: $0).balanceHundredths } ?? 0
    message =
      "\(ledger.summary(of: event)): equity \(Weight.format(hundredths: before, signed: false))"
      + " -> \(Weight.format(hundredths: after, signed: false))"
  }

  /// Voids the last recorded event (u) or brings back the last one undone (Ctrl-R). An event
  /// recorded before this session is undone only on a second `u`, after the status line said
  /// which it is.
  func undoOrRedo(redo: Bool) {
    let confirmed = pendingUndo
    pendingUndo = nil
    guard canWrite() else { return }
    if !redo, let index = ledger.undoableEvent {
      let event = ledger.event(index)
      if !recordedHere.contains(event.id), confirmed != event.id {
        pendingUndo = event.id
        message = "u again to undo \(describe(event)), recorded before this session"
        return
      }
    }
    do {
      let account =
        redo
        ? ledger.redoableEvent.map { ledger.event($0).account } : ledger.undoableEvent.map { ledger.event($0).account }
      let balance = { (id: String?) in
        id.flatMap { self.ledger.accountIndex($0) }.map { self.ledger.totals(account: $0).balanceHundredths } ?? 0
      }
      let was = balance(account)
      guard let event = redo ? try store.redo(on: today) : try store.undo(on: today) else {
        message = redo ? "Nothing to redo" : "Nothing to undo"
        return
      }
      if redo { recordedHere.insert(event.id) }
      storeChanged(select: event.account, contact: event.contact)
      let change =
        "equity \(Weight.format(hundredths: was, signed: false)) -> \(Weight.format(hundredths: balance(event.account), signed: false))"
      message =
        redo
        ? "Redone: \(describe(event)): \(change)"
        : "Undone (Ctrl-R redoes): \(describe(event)): \(change)"
    } catch {
      message = "Nothing was \(redo ? "redone" : "undone"): \(error)"
    }
  }

  /// An event in a line: what, for whom, when, and the start of its note.
  private func describe(_ event: Event) -> String {
    var text = "\(ledger.summary(of: event)) on \(event.day)"
    if !event.note.isEmpty {
      text += " “\(event.note.count > 30 ? event.note.prefix(29) + "…" : event.note)”"
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
    guard let form, case .record(let type, _, _) = form.purpose else { return editHint(field) }
    switch field.label {
    case "Date":
      do {
        let day = try DayInput.parse(field.string, today: today)
        return field.string == day.description ? nil : ("= \(day)", .dim)
      } catch .futureDay {
        return ("in the future", .error)
      } catch {
        return ("not a day", .error)
      }
    case "Kind":
      guard let kind = field.choice, kind.index == nil else { return nil }
      return EventKinds.isValid(kind.value) ? nil : ("not a kind: one lowercase word", .error)
    case "Weight":
      do {
        let weight = try EventKinds.weight(typed: field.string, for: type)
        return weight.description == field.string ? nil : ("= \(weight)", .dim)
      } catch {
        return ("not a weight", .error)
      }
    default: return nil
    }
  }
}
