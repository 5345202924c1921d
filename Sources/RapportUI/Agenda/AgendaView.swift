import RapportCore

/// The agenda open over the panes: how many days ahead it covers, the line the cursor is on and
/// how far it is scrolled. The items are worked out again from the store after every change.
struct AgendaView: Equatable {
  var days = 7
  var cursor = 0
  var scroll = 0

  /// The spans `+` and `-` step through.
  static let spans = [1, 3, 7, 14, 30, 90]
}

extension Dashboard {
  /// The agenda being shown.
  var agendaView: AgendaView? {
    if case .agenda(let view) = mode { return view }
    return nil
  }

  /// The agenda key: from the panes only (a review keeps its own queue).
  func openAgenda() {
    guard review == nil else {
      message = "The agenda waits for the end of the review"
      return
    }
    mode = .agenda(AgendaView())
  }

  /// The agenda for `days` days from today, kept until the store changes.
  func agenda(days: Int) -> Agenda {
    if let cached = agendaCache, cached.revision == store.revision, cached.days == days,
      cached.owner == ownerChoice.name
    {
      return cached.agenda
    }
    let agenda = ledger.agenda(on: today, days: days, includingArchived: showArchived, owner: ownerChoice.name)
    agendaCache = (store.revision, days, ownerChoice.name, agenda)
    return agenda
  }

  /// `Thursday 2026-12-03`.
  static func dated(_ day: Day) -> String {
    let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    // 1970-01-01, day 0, was a Thursday (3 counting from Monday).
    return "\(weekdays[Int(((day.ordinal + 3) % 7 + 7) % 7)]) \(day)"
  }

  /// A group's heading, as `rapport agenda` writes it.
  func agendaHeading(_ when: AgendaGroup.When) -> String {
    switch when {
    case .overdue: return "Overdue"
    case .day(let day) where day == today: return "Today · \(Dashboard.dated(day))"
    case .day(let day) where day == today.adding(days: 1): return "Tomorrow · \(Dashboard.dated(day))"
    case .day(let day): return Dashboard.dated(day)
    }
  }

  /// The word before an item: what it is.
  static func agendaWord(_ kind: AgendaItemKind) -> String {
    switch kind {
    case .plannedTouch: return "touch"
    case .promiseDue: return "promise"
    case .initiativeDue: return "initiative"
    case .planReview: return "plan-review"
    case .reassessment: return "reassess"
    }
  }

  /// Whom an item is for: the contact and the account, or the account.
  func agendaWho(_ item: AgendaItem) -> String {
    let account = ledger.accounts[item.account].name
    return item.contact.map { "\(ledger.contacts[$0].name) (\(account))" } ?? account
  }

  /// What an item is about, in a line.
  func agendaWhat(_ item: AgendaItem) -> String {
    let text = item.text.prefix { $0 != "\n" }
    switch item.kind {
    case .plannedTouch: return text.isEmpty ? "a touch planned" : String(text)
    case .promiseDue: return String(text)
    case .initiativeDue(_, let status): return "\(text) (\(status.rawValue))"
    case .planReview: return "review the key account plan"
    case .reassessment: return "reassess them"
    }
  }

  /// The agenda's panel: a heading per group, a line per item (two in a narrow window: who,
  /// then what), the names measured in terminal cells so that they line up.
  func agendaPanel(_ view: AgendaView) -> CursorPanel {
    let rect = panelRect(fullScreen: true)
    let agenda = agenda(days: view.days)
    let width = max(1, rect.inner.width - 2)
    let wide = width >= 70
    // Every line in the same columns: the day of an overdue one, or its room when any is.
    let dayWidth = agenda.groups.first?.when == .overdue ? 11 : 0
    let longest = agenda.items.map { DisplayWidth.of(agendaWho($0)) }.max() ?? 0
    let whoWidth = wide ? max(12, min(30, width / 3, longest + 1)) : max(1, width - 12 - dayWidth)
    var lines: [PanelLine] = []
    var item = 0
    for group in agenda.groups {
      if !lines.isEmpty { lines.append(PanelLine("")) }
      lines.append(PanelLine(agendaHeading(group.when), group.when == .overdue ? .danger : .overlayTitle))
      for entry in group.items {
        let who = agendaWho(entry)
        var what = agendaWhat(entry)
        // How late first, so that a narrow window cuts the text, not the lateness.
        if entry.overdueDays > 0 {
          what = "\(entry.overdueDays == 1 ? "1 day" : "\(entry.overdueDays) days") overdue · " + what
        }
        let day = DisplayWidth.fit(group.when == .overdue ? "\(entry.day)" : "", to: dayWidth)
        let head =
          day + DisplayWidth.fit(Dashboard.agendaWord(entry.kind), to: 12) + DisplayWidth.fit(who, to: whoWidth)
        let role: StyleRole = entry.overdueDays > 0 ? .error : .normal
        if wide {
          lines.append(PanelLine(head + "  " + what, role, item: item))
        } else {
          lines.append(PanelLine(head, role, item: item))
          lines.append(PanelLine("    " + what, entry.overdueDays > 0 ? .error : .dim, item: item))
        }
        item += 1
      }
    }
    let last = today.adding(days: view.days - 1)
    let span = view.days == 1 ? "today" : "\(today) to \(last)"
    if lines.isEmpty { lines.append(PanelLine("Nothing due or overdue (\(span)).", .dim)) }
    let footer = keyHints(KeyMap.agenda, [.open, .touch, .keep, .plan, .moreDays, .close])
    let count = agenda.items.count
    return CursorPanel(
      rect: rect, title: "Agenda · \(span) · \(plural(count, "item"))" + (ownerChoice.title.map { " · \($0)" } ?? ""),
      lines: lines, footer: footer)
  }

  /// The update step's part for the agenda: the cursor on an item, and its lines in sight.
  func settleAgenda() {
    guard var view = agendaView else { return }
    let panel = agendaPanel(view)
    view.cursor = max(0, min(view.cursor, panel.itemCount - 1))
    view.scroll = panel.scroll(from: view.scroll, cursor: view.cursor)
    if view != agendaView { mode = .agenda(view) }
  }

  func drawAgenda(_ frame: inout Frame) {
    guard let view = agendaView else { return }
    drawPanel(&frame, agendaPanel(view), cursor: view.cursor, scroll: view.scroll)
  }

  /// The item under the cursor.
  func agendaItem(_ view: AgendaView) -> AgendaItem? {
    let items = agenda(days: view.days).items
    return items.indices.contains(view.cursor) ? items[view.cursor] : nil
  }

  /// Keys in the agenda: its key table; one key acts on the line under the cursor.
  func agendaKey(_ key: Key) -> Bool {
    guard var view = agendaView else { return true }
    guard let action = KeyMap.agenda.action(for: key) else {
      if case .character(let c) = key { message = "No action on '\(c)' in the agenda: ? lists the keys" }
      return true
    }
    let count = agenda(days: view.days).items.count
    let page = max(1, agendaPanel(view).rows - 1)
    switch action {
    case .quit: return false
    case .help:
      openFrom { openOverlay(.help) }
      return true
    case .close:
      returns = []
      mode = .normal
      return true
    case .down: view.cursor = min(count - 1, view.cursor + 1)
    case .up: view.cursor = max(0, view.cursor - 1)
    case .pageDown: view.cursor = min(count - 1, view.cursor + page)
    case .pageUp: view.cursor = max(0, view.cursor - page)
    case .top: view.cursor = 0
    case .bottom: view.cursor = max(0, count - 1)
    case .moreDays, .fewerDays:
      let spans = AgendaView.spans
      let here = spans.lastIndex { $0 <= view.days } ?? 0
      let next = here + (action == .moreDays ? 1 : -1)
      guard spans.indices.contains(next) else {
        message = action == .moreDays ? "\(spans.last!) days is the longest agenda" : "Today is the shortest agenda"
        return true
      }
      view.days = spans[next]
      message = view.days == 1 ? "The agenda for today" : "The agenda for \(view.days) days"
    case .open, .touch, .keep, .plan:
      guard let item = agendaItem(view) else {
        message = "Nothing on the agenda"
        return true
      }
      act(action, on: item)
      return true
    }
    mode = .agenda(view)
    return true
  }

  /// Does what the key asks with the line: opens its account, records a touch, keeps its
  /// promise, or opens its account's plan. The agenda is made again when the view comes back.
  private func act(_ action: AgendaAction, on item: AgendaItem) {
    let account = ledger.accounts[item.account]
    let contact = item.contact.map { ledger.contacts[$0] }
    switch action {
    case .open:
      returns = []
      mode = .normal
      reveal(account.id, contact: contact?.id)
      focus = contact == nil ? .accounts : .contacts
      message = "\(account.name): the agenda is D"
    case .touch:
      reveal(account.id, contact: contact?.id)
      openFrom {
        openRecordForm(.deposit)
        presetContact(item.contact, account: item.account)
      }
    case .keep:
      guard case .promiseDue(let id) = item.kind else {
        let word = Dashboard.agendaWord(item.kind)
        message =
          "\(KeyMap.agenda.label(.keep)) keeps a promise: this line is \("aeiou".contains(word.first!) ? "an" : "a") \(word)"
        return
      }
      guard canWrite() else { return }
      reveal(account.id, contact: contact?.id)
      openFrom { askPromiseQuestion(PromiseQuestion(closing: .kept, promises: [id])) }
    case .plan:
      var row: PlanRow?
      if case .initiativeDue(let index, _) = item.kind { row = .initiative(index) }
      openFrom { openPlan(account: item.account, row: row) }
    default: break
    }
  }

  /// Shows an account in the panes: the filter, tier and owner are cleared when they hide it.
  func reveal(_ accountID: String, contact: String?) {
    guard let index = ledger.accountIndex(accountID) else { return }
    if !list.rows.contains(index) {
      filterText = ""
      tierFilter = nil
      ownerChoice = .everyone
      rebuildList()
    }
    select(accountID, contact: contact)
  }

  /// Chooses a contact in the open record form (by ledger index), as the agenda's line names them.
  private func presetContact(_ contact: Int?, account: Int) {
    guard let contact, let position = contactsInPaneOrder(ofAccount: account).firstIndex(of: contact) else { return }
    _ = changeForm { form in
      form[.contact].selected = position + 1
      showCareerField(&form)
      form.markUnchanged()
    }
  }
}
