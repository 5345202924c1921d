import RapportCore

/// An account's key account plan open over the panes: which account (by id, so that a reload
/// does not change it), the row the cursor is on, and how far it is scrolled.
struct PlanView: Equatable {
  var account: String
  var cursor = 0
  var scroll = 0
  /// The row a first remove key asked about, until the next key: a second one removes it.
  var removing: PlanRow?
  /// The plan as the user last saw it: when the store was read again meanwhile (a change on
  /// disk), the cursor is put back on the same item and no change is made until they have
  /// seen the new plan, so that a key never acts on an item other than the one they chose.
  var basis: AccountPlan?
}

/// A row of the plan the cursor can be on: an objective or an initiative, by its place in the plan.
enum PlanRow: Equatable {
  case objective(Int)
  case initiative(Int)
}

extension AccountPlan {
  /// The rows as the overlay lists them: the objectives in order, then the initiatives, active
  /// ones first, then ideas, done and dropped ones, each in plan order.
  var rows: [PlanRow] {
    let rank: [InitiativeStatus: Int] = [.active: 0, .idea: 1, .done: 2, .dropped: 3]
    let order = initiatives.indices.sorted { (rank[initiatives[$0].status]!, $0) < (rank[initiatives[$1].status]!, $1) }
    return objectives.indices.map(PlanRow.objective) + order.map(PlanRow.initiative)
  }
}

extension Dashboard {
  /// The plan being shown, drawn over everything but the forms opened from it.
  var planView: PlanView? {
    if case .plan(let view, _) = mode { return view }
    return nil
  }

  /// The plan's account, by index in the ledger; nil when it is no longer in the store.
  func planAccount(_ view: PlanView) -> Int? { ledger.accountIndex(view.account) }

  /// The plan key: the selected account's plan.
  func openKeyPlan() {
    guard let account = selectedAccount else {
      message = "No account selected"
      return
    }
    openPlan(account: account)
  }

  /// Opens an account's plan over the panes or the review.
  func openPlan(account: Int, row: PlanRow? = nil) {
    var view = PlanView(account: ledger.accounts[account].id, basis: ledger.accounts[account].keyPlan)
    if let row, let position = ledger.accounts[account].keyPlan.rows.firstIndex(of: row) { view.cursor = position }
    mode = .plan(view, over: review)
  }

  /// Puts back the plan view after a change (the mode must be `.plan`).
  func updatePlan(_ view: PlanView) {
    if case .plan(_, let over) = mode { mode = .plan(view, over: over) }
  }

  /// How an initiative's day reads: "due 2026-12-15 (in 14 days)", "due today", "9 days late"
  /// (an open one only: a done one is not late), and its role.
  func initiativeDue(_ initiative: Initiative) -> (text: String, role: StyleRole)? {
    guard let due = initiative.due else { return nil }
    let days = today.days(to: due)
    guard initiative.status.isOpen else { return ("due \(due)", .dim) }
    switch days {
    case 0: return ("due today", .warning)
    case 1: return ("due \(due) (tomorrow)", .warning)
    case let n where n > 0: return ("due \(due) (in \(n) days)", .normal)
    default: return ("due \(due), \(-days == 1 ? "1 day" : "\(-days) days") late", .error)
    }
  }

  /// The name of the contact an initiative serves, or its id when the account has no such person.
  func initiativeContact(_ initiative: Initiative, account: Int) -> String? {
    guard let id = initiative.contact else { return nil }
    let key = "\(ledger.accounts[account].id)/\(id)"
    return ledger.contactIndex(key).map { ledger.contacts[$0].name } ?? id
  }

  /// The plan's lines: the review day and how late, the objectives, then the initiatives as rows
  /// (status, due and how late, then owner and contact under the text), each row an item.
  func planPanel(_ view: PlanView) -> CursorPanel? {
    guard let index = planAccount(view) else { return nil }
    let account = ledger.accounts[index]
    let plan = account.keyPlan
    var lines: [PanelLine] = []
    if let review = plan.review {
      if let late = plan.reviewOverdueDays(on: today) {
        lines.append(PanelLine("Review: \(review), \(late == 1 ? "1 day" : "\(late) days") late", .error))
      } else {
        let days = today.days(to: review)
        lines.append(PanelLine("Review: \(review) (\(days == 0 ? "today" : "in \(days) days"))"))
      }
    } else {
      lines.append(PanelLine("Review: no day set; \(KeyMap.plan.label(.reviewDay)) sets one", .dim))
    }
    if !plan.exists {
      lines.append(PanelLine(""))
      let keys = keyHints(KeyMap.plan, [.addObjective, .addInitiative])
      lines.append(PanelLine("No key account plan yet (\(keys))", account.tier == .c ? .dim : .warning))
    }
    let rows = plan.rows
    var item = 0
    if !plan.objectives.isEmpty {
      lines.append(PanelLine(""))
      lines.append(PanelLine("Objectives", .overlayTitle))
      for case .objective(let k) in rows {
        let text = plan.objectives[k]
        let first = text.prefix { $0 != "\n" }
        lines.append(PanelLine("• " + first + (first.endIndex < text.endIndex ? " …" : ""), item: item))
        item += 1
      }
    }
    if !plan.initiatives.isEmpty {
      lines.append(PanelLine(""))
      lines.append(PanelLine("Initiatives, active first", .overlayTitle))
      for case .initiative(let k) in rows {
        let initiative = plan.initiatives[k]
        let role: StyleRole = initiative.status.isOpen ? .normal : .dim
        let status = DisplayWidth.fit(initiative.status.rawValue, to: 7)
        let text = initiative.text.prefix { $0 != "\n" }
        lines.append(PanelLine(status + text, role, item: item))
        var under: [String] = []
        if let due = initiativeDue(initiative) { under.append(due.text) }
        if let owner = initiative.owner { under.append("owner \(owner)") }
        if let contact = initiativeContact(initiative, account: index) { under.append("for \(contact)") }
        if !under.isEmpty {
          let late = initiativeDue(initiative)?.role == .error
          lines.append(PanelLine("       " + under.joined(separator: " · "), late ? .error : .dim, item: item))
        }
        item += 1
      }
    }
    var footer = keyHints(KeyMap.plan, [.addInitiative, .edit, .cycleStatus, .remove, .reviewDay, .addObjective])
    footer += " · " + keyHints(KeyMap.plan, [.close])
    if let removing = view.removing {
      let text: String
      switch removing {
      case .objective(let k): text = plan.objectives[k]
      case .initiative(let k): text = plan.initiatives[k].text
      }
      footer =
        "\(KeyMap.plan.label(.remove)) again removes the \(removing.word) '\(short(text))' (no undo); any other key keeps it"
    }
    return CursorPanel(
      rect: panelRect(fullScreen: false), title: "Key account plan · \(account.name)", lines: lines, footer: footer)
  }

  /// The update step's part for the plan: the cursor on a row, and the rows in sight.
  func settlePlan() {
    guard var view = planView else { return }
    if resyncPlan(&view) { message = "accounts.txt changed on disk: the plan shows it now" }
    guard let panel = planPanel(view) else { return }
    let count = panel.itemCount
    view.cursor = max(0, min(view.cursor, count - 1))
    view.scroll = panel.scroll(from: view.scroll, cursor: view.cursor)
    if view != planView { updatePlan(view) }
  }

  func drawPlan(_ frame: inout Frame) {
    guard let view = planView, let panel = planPanel(view) else { return }
    drawPanel(&frame, panel, cursor: view.cursor, scroll: view.scroll)
  }

  /// When the plan in the store is not the one the user last saw: the cursor back on the item
  /// it was on (the same objective or initiative, wherever it is now), and the new plan taken
  /// as seen. True when it was not.
  func resyncPlan(_ view: inout PlanView) -> Bool {
    guard let index = planAccount(view), case let plan = ledger.accounts[index].keyPlan, let basis = view.basis,
      basis != plan
    else { return false }
    let rows = basis.rows
    if rows.indices.contains(view.cursor) {
      let same: PlanRow?
      switch rows[view.cursor] {
      case .objective(let k): same = plan.objectives.firstIndex(of: basis.objectives[k]).map(PlanRow.objective)
      case .initiative(let k):
        let was = basis.initiatives[k]
        same = (plan.initiatives.firstIndex(of: was) ?? plan.initiatives.firstIndex { $0.text == was.text })
          .map(PlanRow.initiative)
      }
      if let same, let position = plan.rows.firstIndex(of: same) { view.cursor = position }
    }
    view.removing = nil
    view.basis = plan
    return true
  }

  /// The row under the cursor.
  func planRow(_ view: PlanView) -> PlanRow? {
    guard let index = planAccount(view) else { return nil }
    let rows = ledger.accounts[index].keyPlan.rows
    return rows.indices.contains(view.cursor) ? rows[view.cursor] : nil
  }

  /// Keys over the plan: its key table; a key it does not bind does nothing.
  func planKey(_ key: Key) -> Bool {
    guard var view = planView else { return true }
    let asked = view.removing
    view.removing = nil
    updatePlan(view)
    guard let action = KeyMap.plan.action(for: key) else {
      updatePlan(view)
      if case .character(let c) = key { message = "No action on '\(c)' in the plan: ? lists the keys" }
      return true
    }
    guard let index = planAccount(view) else {
      closePlan()
      message = "The account is no longer in the store"
      return true
    }
    // A change on disk since the user last looked: show it before changing anything.
    if [.cycleStatus, .remove, .edit].contains(action), resyncPlan(&view) {
      updatePlan(view)
      message = "accounts.txt changed on disk: the plan shows it now; press \(key.label) again"
      return true
    }
    let count = ledger.accounts[index].keyPlan.rows.count
    switch action {
    case .quit: return false
    case .close: closePlan()
    case .help: openFrom { openOverlay(.help) }
    case .down: view.cursor = min(count - 1, view.cursor + 1)
    case .up: view.cursor = max(0, view.cursor - 1)
    case .top: view.cursor = 0
    case .bottom: view.cursor = max(0, count - 1)
    case .addInitiative: openFrom { openInitiativeForm(account: index, editing: nil) }
    case .addObjective: openFrom { openObjectiveForm(account: index, editing: nil) }
    case .reviewDay: openFrom { openReviewDayForm(account: index) }
    case .edit:
      switch planRow(view) {
      case .objective(let k): openFrom { openObjectiveForm(account: index, editing: k) }
      case .initiative(let k): openFrom { openInitiativeForm(account: index, editing: k) }
      case nil: message = "Nothing to edit: \(keyHints(KeyMap.plan, [.addInitiative, .addObjective]))"
      }
      return true
    case .cycleStatus:
      guard case .initiative(let k) = planRow(view) else {
        message = "Only an initiative has a status"
        break
      }
      let next: [InitiativeStatus: InitiativeStatus] = [.idea: .active, .active: .done, .done: .idea, .dropped: .idea]
      let initiative = ledger.accounts[index].keyPlan.initiatives[k]
      let status = next[initiative.status]!
      if savePlan(account: index, { $0.initiatives[k].status = status }) {
        message = "'\(short(initiative.text))' is now \(status.rawValue)"
        // The cursor stays on the initiative, wherever its new status puts it.
        view.cursor = ledger.accounts[index].keyPlan.rows.firstIndex(of: .initiative(k)) ?? view.cursor
      }
    case .remove:
      guard let row = planRow(view) else {
        message = "Nothing to remove"
        break
      }
      guard asked == row else {
        view.removing = row
        break
      }
      let plan = ledger.accounts[index].keyPlan
      let text: String
      switch row {
      case .objective(let k): text = plan.objectives[k]
      case .initiative(let k): text = plan.initiatives[k].text
      }
      if savePlan(
        account: index,
        {
          switch row {
          case .objective(let k): $0.objectives.remove(at: k)
          case .initiative(let k): $0.initiatives.remove(at: k)
          }
        })
      {
        message = "Removed the \(row.word) '\(short(text))'"
      }
    }
    if planView != nil {
      // What the user sees now, their own change included.
      view.basis = planAccount(view).map { ledger.accounts[$0].keyPlan }
      updatePlan(view)
    }
    return true
  }

  /// Back to where the plan was opened from: the agenda, the review or the panes.
  func closePlan() {
    mode = returns.popLast() ?? review.map(Mode.review) ?? .normal
  }

  /// Changes an account's plan and saves the account (`store.update`, merged with what changed on
  /// disk); says why when it cannot, and then nothing is written. True when saved.
  @discardableResult
  func savePlan(account index: Int, _ change: (inout AccountPlan) -> Void) -> Bool {
    guard canWrite() else { return false }
    let original = ledger.accounts[index]
    var edited = original
    change(&edited.keyPlan)
    do {
      try store.update(edited, from: original)
    } catch {
      message = "Nothing was saved: \(error)"
      return false
    }
    storeChanged(select: original.id, contact: nil)
    return true
  }

  /// Text cut to a short quote for messages.
  func short(_ text: String, limit: Int = 40) -> String {
    let line = String(text.prefix { $0 != "\n" })
    // A text on several lines reads as cut too, with one "…".
    return DisplayWidth.truncate(line.endIndex < text.endIndex ? line + "…" : line, to: limit)
  }

}

extension PlanRow {
  var word: String {
    switch self {
    case .objective: return "objective"
    case .initiative: return "initiative"
    }
  }
}
