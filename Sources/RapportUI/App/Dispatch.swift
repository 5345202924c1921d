import RapportCore

extension Dashboard {
  /// Applies a key; returns false when the user asked to quit. The mode picks the key table.
  public func handle(_ key: Key) -> Bool {
    if key == .idle {
      _ = handleIdle()
      return true
    }
    // A write may reload the store from disk, which renumbers the accounts.
    let selected = selectedAccount.map { ledger.accounts[$0].id }
    defer {
      if store.loads != listLoads, let selected { storeChanged(select: selected, contact: nil) }
      keepReviewedAccountShown()
      settle()
    }
    // A message answers one key; the next key clears it (a resize does not, nor a pause).
    if key != .resize { message = "" }
    // What another program wrote (an editor, a git pull, another Rapport) shows at the next key.
    if store.changedOnDisk {
      do {
        try store.reload()
        storeChanged(select: selected ?? "", contact: nil)
      } catch {
        message = "Could not read the store again: \(error)"
      }
    }
    if form != nil || KeyMap.normal.action(for: key) != .undo { pendingUndo = nil }
    if form != nil || KeyMap.normal.action(for: key) != .void { pendingVoid = nil }
    if key == .resize { return true }
    if pendingArchive != nil, case .normal = mode {
      answerArchive(key)
      return true
    }
    if pendingArchive != nil, case .review = mode {
      answerArchive(key)
      return true
    }
    switch mode {
    case .form(let form, _):
      if case .record(let type, _, _) = form.purpose { return recordFormKey(key, type: type) }
      editFormKey(key)
      return true
    case .filter: return filterKey(key)
    case .question:
      questionKey(key)
      return true
    case .confirm:
      confirmKey(key)
      return true
    case .overlay: return overlayKey(key)
    case .plan: return planKey(key)
    case .agenda: return agendaKey(key)
    case .conflicts:
      conflictKey(key)
      return true
    case .review: if reviewKey(key) { return true }
    case .normal: break
    }
    guard let action = KeyMap.normal.action(for: key) else {
      noAction(key)
      return true
    }
    return apply(action, key: key)
  }

  /// Says that a character does nothing, when no key table of the panes binds it.
  private func noAction(_ key: Key) {
    if case .character(let c) = key, KeyMap.normal.action(for: key) == nil {
      message = "No action on '\(c)': press ? for the keys"
    } else if case .paste = key {
      message = "Nothing to paste into: paste in a form's field or the filter (/)"
    }
  }

  /// Carries out a normal-mode action on the panes; returns false to quit.
  private func apply(_ action: Action, key: Key) -> Bool {
    switch action {
    case .quit: return false
    case .help: openOverlay(.help)
    case .open:
      guard selectedAccount != nil else {
        message = "No account selected"
        return true
      }
      if focus == .timeline { openEventDetail() } else { openOverlay(.detail) }
    case .back:
      if !filterText.isEmpty {
        filterText = ""
        rebuildList()
        message = "Filter cleared"
      }
    case .showAccounts: focus = .accounts
    case .showContacts: focus = .contacts
    case .showTimeline: focus = .timeline
    case .nextPane: cycleFocus(by: 1)
    case .previousPane: cycleFocus(by: -1)
    case .focusRight: moveFocus(right: true)
    case .focusLeft: moveFocus(right: false)
    case .up: move(by: -1)
    case .down: move(by: 1)
    case .pageUp: move(to: currentIndex - pageStep)
    case .pageDown: move(to: currentIndex + pageStep)
    case .top: move(to: 0)
    case .bottom: move(to: Int.max)
    case .filter:
      startFiltering()
      focus = .accounts
    case .sort, .reverseSort:
      sort = action == .sort ? sort.next : AccountSort(sort.order, reversed: !sort.reversed)
      rebuildList()
      message = "Sorted by \(sort.description)"
    case .tier:
      let cycle: [Tier?] = [nil, .a, .b, .c]
      let next = cycle[(cycle.firstIndex(of: tierFilter)! + 1) % cycle.count]
      tierFilter = next
      rebuildList()
      message = next.map { "Showing tier \($0.rawValue) only" } ?? "Showing every tier"
    case .owner: cycleOwner()
    case .zoomIn, .zoomOut:
      let all = Granularity.allCases
      let position = all.firstIndex(of: granularity)! + (action == .zoomIn ? -1 : 1)
      guard all.indices.contains(position) else {
        message = action == .zoomIn ? "Weeks are the finest step" : "Quarters are the coarsest step"
        return true
      }
      granularity = all[position]
      message = "Timeline in \(granularity.rawValue)s"
    case .deposit: openRecordForm(.deposit)
    case .withdrawal: openRecordForm(.withdrawal)
    case .favourGiven: openRecordForm(.favourGiven)
    case .favourAsked: openRecordForm(.favourAsked)
    case .void: voidEventInHand()
    case .correct: openCorrectForm()
    case .undo: undoOrRedo(redo: false)
    case .redo: undoOrRedo(redo: true)
    case .editContact: openContactForm()
    case .editAccount: openAccountForm()
    case .addContact: openNewContactForm()
    case .addAccount: openNewAccountForm()
    case .review: startReview()
    case .promise: openPromiseForm()
    case .keepPromise: askToClose(.kept)
    case .missPromise: askToClose(.missed)
    case .dropPromise: openDropForm()
    case .keyPlan: openKeyPlan()
    case .agenda: openAgenda()
    case .brief: openBrief()
    case .archive: askToArchive()
    case .showArchived: toggleArchivedShown()
    case .sync: startSync()
    case .click, .wheel: if case .mouse(let event) = key { handleMouse(event) }
    }
    return true
  }

  /// Keys over the help or the detail.
  private func overlayKey(_ key: Key) -> Bool {
    guard let action = KeyMap.overlay.action(for: key) else {
      noAction(key)
      return true
    }
    switch action {
    case .quit: return false
    case .void, .correct:
      guard case .event = overlay else {
        message = "Only in an event's detail: Enter on an event in the timeline"
        return true
      }
      if action == .void { voidEventInHand() } else { openCorrectForm() }
    case .write:
      guard case .brief(let account) = overlay else {
        message = "Only in a brief: b opens the selected account's"
        return true
      }
      writeBrief(account: account)
    case .close: closeOverlay()
    case .down: overlayScroll += 1
    case .up: overlayScroll = max(0, overlayScroll - 1)
    case .pageDown: overlayScroll += overlayPage
    case .pageUp: overlayScroll = max(0, overlayScroll - overlayPage)
    case .top: overlayScroll = 0
    case .bottom: overlayScroll = .max  // clamped in the update step
    case .wheel:
      if case .mouse(let event) = key {
        overlayScroll = event.action == .wheelDown ? overlayScroll + 3 : max(0, overlayScroll - 3)
      }
    }
    return true
  }

  /// Keys while the filter is typed: the filter stays open until Enter or Esc, whatever is
  /// erased, so that letters typed after it never run as commands.
  private func filterKey(_ key: Key) -> Bool {
    guard let action = KeyMap.filter.action(for: key) else { return true }
    switch action {
    case .keep:
      stopFiltering()
      selectSearchedContact()
      message =
        list.rows.isEmpty ? "No account matches '\(filterText)'" : "\(plural(list.rows.count, "match")); Esc clears"
    case .clear:
      stopFiltering()
      filterText = ""
      rebuildList()
    case .quit: return false
    case .type, .edit:
      // Edited as a form's one-line field is, with the same keys.
      var line = FormField(.name, text: filterText)
      (line.cursor, line.fresh) = (filterCursor, false)
      if case .paste(let pasted) = key {
        _ = line.edit(.paste(pasted.split(whereSeparator: \.isNewline).joined(separator: " ")))
      } else {
        _ = line.edit(key)
      }
      mode = .filter(cursor: line.cursor)
      if line.text != filterText {
        filterText = line.text
        rebuildList()
      }
    case .walk:
      // The list can be walked while typing.
      if let action = KeyMap.normal.action(for: key) { _ = apply(action, key: key) }
    }
    return true
  }

  private func handleMouse(_ event: MouseEvent) {
    guard let pane = layout.pane(atX: event.x, y: event.y) else {
      if event.action == .press, let tabs = layout.tabsRow, event.y == tabs {
        focus = Pane.allCases[min(Pane.allCases.count - 1, event.x * Pane.allCases.count / max(1, layout.width))]
      }
      return
    }
    switch event.action {
    case .wheelDown, .wheelUp:
      let previous = focus
      focus = pane
      move(by: event.action == .wheelDown ? 3 : -3)
      focus = previous
    case .press:
      focus = pane
      if pane == .accounts, let rect = layout.panes[.accounts],
        let order = sortOrder(atHeaderX: event.x, y: event.y, in: rect)
      {
        // A header sorts by its column; the sorted column's header turns the order round.
        sort = order == sort.order ? AccountSort(order, reversed: !sort.reversed) : AccountSort(order)
        rebuildList()
        message = "Sorted by \(sort.description)"
      } else if let item = item(at: event.y, in: pane) {
        move(to: item)
      }
    }
  }

  private func cycleFocus(by step: Int) {
    let all = Pane.allCases
    focus = all[(focus.rawValue + step + all.count) % all.count]
  }

  private func moveFocus(right: Bool) {
    switch (focus, right) {
    case (.accounts, true): focus = .contacts
    case (.contacts, true): focus = .timeline
    case (.timeline, false): focus = .contacts
    case (.contacts, false): focus = .accounts
    default: break
    }
  }

  private func move(by delta: Int) {
    if focus == .contacts, abs(delta) == 1, scrollWithinContact(down: delta > 0) { return }
    move(to: currentIndex + delta)
  }

  /// A contact taller than the pane scrolls line by line before the next one is selected.
  private func scrollWithinContact(down: Bool) -> Bool {
    guard let block = contactBlock, let rows = listRows[.contacts], block.count > rows else { return false }
    if down, contactCursor.offset + rows < block.upperBound {
      contactCursor.offset += 1
      return true
    }
    if !down, contactCursor.offset > block.lowerBound {
      contactCursor.offset -= 1
      return true
    }
    return false
  }

  /// How far PgUp and PgDn move: a screenful of rows, or one whole contact.
  private var pageStep: Int { focus == .contacts ? 1 : max(1, (listRows[focus] ?? 10) - 1) }

  private var currentIndex: Int {
    switch focus {
    case .accounts: return accountCursor.index
    case .contacts: return contactCursor.index
    case .timeline: return eventCursor.index
    }
  }

  private func move(to target: Int) {
    switch focus {
    case .accounts:
      let before = accountCursor.index
      accountCursor.index = max(0, min(list.rows.count - 1, target))
      if accountCursor.index != before { accountSelectionChanged() }
    case .contacts:
      let before = contactCursor.index
      contactCursor.index = max(0, min(selectedContacts.count - 1, target))
      // A newly selected contact is shown from its first line.
      if contactCursor.index != before { contactCursor.offset = 0 }
    case .timeline:
      let count = selectedAccount.map { ledger.events(ofAccount: $0).count } ?? 0
      eventCursor.index = max(0, min(count - 1, target))
    }
  }
}

extension Dashboard {
  /// A page of the help or detail panel: the rows it shows, less one kept for context.
  var overlayPage: Int { max(1, (overlayPanel?.inner.height ?? 11) - 1) }
}
