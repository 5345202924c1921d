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
    let label = type.word.prefix(1).uppercased() + type.word.dropFirst()
    form = Form(
      title: "\(label) · \(ledger.accounts[account].name)",
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
    if label == "Kind" || label == "Weight", key == .character("+") || key == .character("-") {
      let current = (try? EventKinds.weight(typed: form["Weight"].string, for: type)) ?? Weight(0)
      let step: Int32 = key == .character("+") ? 100 : -100
      let magnitude = max(50, min(10_000, abs(current.hundredths) + step))
      form["Weight"] = FormField(
        "Weight", text: Weight(hundredths: type.isNegative ? -magnitude : magnitude).description)
      form["Weight"].fresh = label == "Weight"
      self.form = form
      return true
    }
    let kindBefore = form["Kind"].choice?.value
    let outcome = form.handle(key)
    if let before = kindBefore, let after = form["Kind"].choice?.value, before != after,
      form["Weight"].string == EventKinds.defaultWeight(for: type, kind: before).description
    {
      form["Weight"].text = Array(EventKinds.defaultWeight(for: type, kind: after).description)
      form["Weight"].cursor = form["Weight"].text.count
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
    storeChanged(select: accountID, contact: draft.contact)
    let after = ledger.accountIndex(accountID).map { ledger.totals(account: $0).balanceHundredths } ?? 0
    message =
      "\(ledger.summary(of: event)): equity \(Weight.format(hundredths: before, signed: false))"
      + " -> \(Weight.format(hundredths: after, signed: false))"
  }

  /// Voids the last recorded event (u) or brings back the last one undone (Ctrl-R).
  func undoOrRedo(redo: Bool) {
    guard canWrite() else { return }
    do {
      guard let event = redo ? try store.redo(on: today) : try store.undo(on: today) else {
        message = redo ? "Nothing to redo" : "Nothing to undo"
        return
      }
      storeChanged(select: event.account, contact: event.contact)
      message =
        redo
        ? "Redone: \(ledger.summary(of: event)) on \(event.day)"
        : "Undone: \(ledger.summary(of: event)) on \(event.day) · Ctrl-R redoes"
    } catch {
      message = "Nothing was \(redo ? "redone" : "undone"): \(error)"
    }
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
      } catch {
        return ("not a day: today, yesterday, -3d or YYYY-MM-DD", .error)
      }
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
