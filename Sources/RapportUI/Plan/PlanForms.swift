import RapportCore

extension Form {
  /// Whether the form edits an account's key account plan.
  var isAboutThePlan: Bool {
    switch purpose {
    case .initiative, .objective, .planReview: return true
    default: return false
    }
  }
}

extension Dashboard {
  // MARK: Opening

  /// An initiative of the account's plan: a new one (an idea, due in a month, owned by the
  /// account's owner, for the whole account) or the one at `editing` as it is. The contact is
  /// picked as in the promise form: typing narrows the names, ↑ ↓ choose.
  func openInitiativeForm(account index: Int, editing: Int?) {
    guard canWrite() else { return }
    let account = ledger.accounts[index]
    let contacts = contactsInPaneOrder(ofAccount: index)
    let ids = contacts.map { ledger.contacts[$0].id }
    let initiative = editing.map { account.keyPlan.initiatives[$0] } ?? Initiative("", owner: account.owner)
    let statuses = InitiativeStatus.allCases
    var form = Form(
      title: (editing == nil ? "New initiative" : "Initiative") + " · \(account.name)",
      purpose: .initiative(account: account.id, index: editing, contacts: ids),
      fields: [
        FormField(.what, text: initiative.text),
        FormField(
          .status, .choice(options: statuses.map(\.rawValue), numbered: false, allowsOther: false),
          selected: statuses.firstIndex(of: initiative.status)!),
        FormField(.due, text: initiative.due?.description ?? (editing == nil ? "+30d" : "")),
        FormField(.owner, text: initiative.owner ?? ""),
        FormField(
          .contact, .choice(options: contactChoices(contacts), numbered: false, allowsOther: false),
          selected: initiative.contact.flatMap { ids.firstIndex(of: $0) }.map { $0 + 1 } ?? 0),
      ])
    form.markUnchanged()
    openForm(form)
  }

  /// An objective of the account's plan: a new one, or the one at `editing`.
  func openObjectiveForm(account index: Int, editing: Int?) {
    guard canWrite() else { return }
    let account = ledger.accounts[index]
    openForm(
      Form(
        title: (editing == nil ? "New objective" : "Objective") + " · \(account.name)",
        purpose: .objective(account: account.id, index: editing),
        fields: [FormField(.objective, .multiline, text: editing.map { account.keyPlan.objectives[$0] } ?? "")]))
  }

  /// The day the account's plan is next reviewed: the one set, or in 90 days.
  func openReviewDayForm(account index: Int) {
    guard canWrite() else { return }
    let account = ledger.accounts[index]
    openForm(
      Form(
        title: "Review the plan · \(account.name)", purpose: .planReview(account: account.id),
        fields: [FormField(.review, text: account.keyPlan.review?.description ?? "+90d")]))
  }

  // MARK: Saving

  /// Checks a plan form and saves the account, back to the plan; the form stays open with the
  /// problem at its field when anything is wrong, and nothing is written.
  func submitPlanForm(_ form: Form) {
    var form = form
    if form.refuseControlCharacters() {
      updateForm(form)
      return
    }
    let id: String
    switch form.purpose {
    case .initiative(let account, _, _), .objective(let account, _), .planReview(let account): id = account
    default: return
    }
    guard let index = ledger.accountIndex(id) else {
      form.refuse("Nothing was saved: the account '\(id)' is no longer in the store")
      updateForm(form)
      return
    }
    // The plan as the user saw it when the form opened: the edit is made to it, then merged
    // with what changed on disk meanwhile (both sides' additions stay; the same thing changed
    // on both sides is refused).
    var original = ledger.accounts[index]
    if case .plan(let view, _)? = returns.last, view.account == id, let basis = view.basis { original.keyPlan = basis }
    var plan = original.keyPlan
    let said: String
    let row: PlanRow?
    switch form.purpose {
    case .initiative(_, let editing, let contacts):
      guard let initiative = initiative(from: &form, contacts: contacts, was: editing.map { plan.initiatives[$0] })
      else { return updateForm(form) }
      if let editing {
        plan.initiatives[editing] = initiative
      } else {
        plan.initiatives.append(initiative)
      }
      row = .initiative(editing ?? plan.initiatives.count - 1)
      said = (editing == nil ? "Added the initiative '" : "Saved the initiative '") + short(initiative.text) + "'"
    case .objective(_, let editing):
      let text = form[.objective].string.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !text.isEmpty else {
        form.refuse("Say what the account should reach beyond this year", at: .objective)
        return updateForm(form)
      }
      if let editing { plan.objectives[editing] = text } else { plan.objectives.append(text) }
      row = .objective(editing ?? plan.objectives.count - 1)
      said = (editing == nil ? "Added the objective '" : "Saved the objective '") + short(text) + "'"
    case .planReview:
      var day: Day?
      do {
        if !form[.review].string.allSatisfy(\.isWhitespace) {
          day = try DueDay.parse(form[.review].string, today: today)
        }
      } catch {
        form.refuse("'\(form[.review].string)' is not a day: write +90d or YYYY-MM-DD", at: .review)
        return updateForm(form)
      }
      if let day, day < today {
        form.refuse("The next review is today or later: \(day) is before \(today)", at: .review)
        return updateForm(form)
      }
      plan.review = day
      row = nil
      said = day.map { "The plan is next reviewed on \($0)" } ?? "The plan has no review day now"
    default: return
    }
    var edited = original
    edited.keyPlan = plan
    do {
      try store.update(edited, from: original)
    } catch StoreError.conflict(let reason) {
      form.refuse("Nothing was saved: \(reason). Esc, and the plan shows theirs")
      return updateForm(form)
    } catch {
      form.refuse("Nothing was saved: \(error)")
      return updateForm(form)
    }
    closeForm()
    storeChanged(select: id, contact: nil)
    message = said
    // Back on the plan, as it now stands, the cursor on what was saved.
    if var view = planView, let index = ledger.accountIndex(id) {
      let now = ledger.accounts[index].keyPlan
      view.basis = now
      let saved: PlanRow? =
        switch row {
        case .initiative(let k)?: now.initiatives.firstIndex(of: plan.initiatives[k]).map(PlanRow.initiative)
        case .objective(let k)?: now.objectives.firstIndex(of: plan.objectives[k]).map(PlanRow.objective)
        case nil: nil
        }
      if let saved, let position = now.rows.firstIndex(of: saved) { view.cursor = position }
      updatePlan(view)
    }
  }

  /// The initiative the form describes, or nil with the problem at its field. A due day before
  /// today is refused unless it is the one the initiative had.
  private func initiative(from form: inout Form, contacts: [String], was original: Initiative?) -> Initiative? {
    let text = form[.what].string.trimmingCharacters(in: .whitespaces)
    guard !text.isEmpty else {
      form.refuse("Say what the initiative is, such as “a benchmark study for their board”", at: .what)
      return nil
    }
    guard let statusText = form[.status].choice?.value, let status = InitiativeStatus(rawValue: statusText) else {
      form.refuse("The status is idea, active, done or dropped: pick one with ↑ ↓", at: .status)
      return nil
    }
    var due: Day?
    if !form[.due].string.allSatisfy(\.isWhitespace) {
      do {
        due = try DueDay.parse(form[.due].string, today: today)
      } catch {
        form.refuse("'\(form[.due].string)' is not a day: write \(DueDay.forms), or nothing", at: .due)
        return nil
      }
      if let day = due, day < today, day != original?.due {
        form.refuse("Give a due day from today on: \(day) is before \(today)", at: .due)
        return nil
      }
    }
    guard let position = form[.contact].choice?.index else {
      form.refuse("No contact matches '\(form[.contact].string)': pick one with ↑ ↓", at: .contact)
      return nil
    }
    let owner = form[.owner].string.trimmingCharacters(in: .whitespaces)
    let initiative = Initiative(
      text, status: status, due: due, owner: owner.isEmpty ? nil : owner,
      contact: position == 0 ? nil : contacts[position - 1])
    if let problem = initiative.writingProblem {
      form.refuse("Reword it: \(problem)", at: .what)
      return nil
    }
    return initiative
  }

  /// The hint after a plan form's field: the day a typed day is, or what is wrong with it.
  func planHint(_ field: FormField, _ form: Form) -> (text: String, role: StyleRole)? {
    switch field.key {
    case .what where field.text.isEmpty: return ("required, e.g. a benchmark study for their board", .dim)
    case .due, .review:
      if field.text.allSatisfy(\.isWhitespace) { return ("none; +30d, fri, YYYY-MM-DD", .dim) }
      guard let day = try? DueDay.parse(field.string, today: today) else {
        return ("+30d, fri, YYYY-MM-DD", .error)
      }
      if day < today { return ("\(day) is past", .error) }
      return field.string == day.description ? nil : ("= \(day)", .dim)
    case .owner where field.text.isEmpty: return ("optional: who on our side owns it", .dim)
    case .objective where field.text.isEmpty: return ("beyond this financial year", .dim)
    default: return nil
    }
  }
}
