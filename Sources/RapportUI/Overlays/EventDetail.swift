import RapportCore

extension Dashboard {
  /// The event the timeline's cursor is on, when the timeline has the focus.
  var selectedEvent: Int? {
    guard focus == .timeline else { return nil }
    let events = selectedEvents
    return events.indices.contains(eventCursor.index) ? events[eventCursor.index] : nil
  }

  /// The event a void or a correction is about: the one whose detail is open, else the one
  /// selected in the timeline.
  var eventInHand: Int? {
    if case .event(let id)? = overlay { return ledger.eventIndex(id: id) }
    return selectedEvent
  }

  /// One event in full: its type, kind, weight, who, day and id, the promise it kept or missed,
  /// whether it was voided or is a correction, and its whole note, line by line.
  func eventDetailLines(id: String) -> (title: String, lines: [(String, StyleRole)])? {
    guard let index = ledger.eventIndex(id: id) else { return nil }
    let event = ledger.event(index)
    var lines: [(String, StyleRole)] = []
    let role: StyleRole = event.voided ? .dim : event.type == .withdrawal ? .withdrawal : .deposit
    lines.append(("\(event.type.label) \(event.weight)" + (event.kind.isEmpty ? "" : " · \(event.kind)"), role))
    let who = event.contact.flatMap { ledger.contactIndex("\(event.account)/\($0)") }.map { ledger.contacts[$0].name }
    let account = ledger.accountIndex(event.account).map { ledger.accounts[$0].name } ?? event.account
    lines.append(("For     " + account + (who.map { " / \($0)" } ?? " (the whole account)"), .normal))
    lines.append(("Date    \(event.day)", .normal))
    if let author = event.author { lines.append(("By      \(author.name)", .normal)) }
    lines.append(("Id      \(event.id) · line \(event.line) of events.txt", .dim))
    if event.forCareer { lines.append(("Career  done for their career", .normal)) }
    if let promise = ledger.promiseLinked(toEvent: index).map({ ledger.promise(at: $0) }) {
      var text = "Promise “\(promise.what)” (\(promise.id)), due \(promise.due)"
      if let by = promise.by { text += ", made by \(by)" }
      lines.append((text, .normal))
    }
    if let old = ledger.correctedEvent(by: index) {
      lines.append(("Corrects \(ledger.event(old, noteLimit: 0).id), voided by this correction", .accent))
    }
    if event.voided {
      let by = ledger.correctingEvent(of: index).map { " · corrected by \(ledger.event($0, noteLimit: 0).id)" } ?? ""
      lines.append(("Voided: it no longer counts\(by)", .warning))
    }
    lines.append(("", .normal))
    lines.append(("Note", .overlayTitle))
    if event.note.isEmpty {
      lines.append(("  (no note)", .dim))
    } else {
      for paragraph in noteParagraphs(event.note) { lines.append(("  " + paragraph, .normal)) }
    }
    lines.append(("", .normal))
    let keys = [OverlayAction.void, .correct].map { KeyMap.overlay.hint($0) }.map { "\($0.key) \($0.word)" }
    lines.append((event.voided ? "Voided events stay in the file; nothing to do" : keys.joined(separator: " · "), .dim))
    return ("\(event.type.label) · \(event.day)", lines)
  }

  /// Opens the detail of the event selected in the timeline.
  func openEventDetail() {
    guard let index = selectedEvent else {
      message = "No event selected"
      return
    }
    openOverlay(.event(ledger.event(index, noteLimit: 0).id))
  }

  /// Voids the event in hand (v), once the same key has been pressed again to confirm.
  func voidEventInHand() {
    let confirmed = pendingVoid
    pendingVoid = nil
    guard let index = eventInHand, canWrite() else { return }
    let event = ledger.event(index)
    guard !event.voided else {
      message = "\(event.id) is already void" + correctedBy(index)
      return
    }
    guard confirmed == event.id else {
      pendingVoid = event.id
      message = "\(KeyMap.normal.label(.void)) again to void \(event.id): \(describe(event))"
      return
    }
    do {
      let account = ledger.accountIndex(event.account)
      let before = account.map { ledger.totals(account: $0).balanceHundredths }
      try store.void(eventID: event.id, on: today)
      recordedHere.insert("void:\(event.id)")
      storeChanged(select: event.account, contact: event.contact)
      // What happened and the new balance first, so that a narrow status line keeps them; the
      // event after, its note quoted short.
      var equity = ""
      if let account, let before {
        let after = ledger.totals(account: account).balanceHundredths
        equity =
          " · equity \(Weight.format(hundredths: before, signed: false)) → \(Weight.format(hundredths: after, signed: false))"
      }
      let note = event.note.isEmpty ? "" : " “\(short(event.note, limit: 20))”"
      message =
        "Voided \(event.id)\(equity) (\(KeyMap.normal.label(.undo)) undoes): "
        + "\(ledger.summary(of: event)) on \(event.day)\(note)"
    } catch {
      message = "Nothing was voided: \(error)"
    }
  }

  /// Opens the record form on the event in hand, filled in with it (c): saving voids the event
  /// and records the form's in its place.
  func openCorrectForm() {
    guard let index = eventInHand, canWrite() else { return }
    let event = ledger.event(index)
    guard !event.voided else {
      message = "\(event.id) is void: there is nothing to correct" + correctedBy(index)
      return
    }
    guard let account = ledger.accountIndex(event.account) else { return }
    let contacts = contactsInPaneOrder(ofAccount: account)
    let contact = event.contact.flatMap { id in contacts.firstIndex { ledger.contacts[$0].id == id } }.map { $0 + 1 }
    let kinds = EventKinds.choices(for: event.type).map(\.kind)
    var kindField = FormField(.kind, .choice(options: kinds, numbered: true, allowsOther: true))
    if let known = kinds.firstIndex(of: event.kind) {
      kindField.selected = known
    } else {
      kindField.text = event.kind
    }
    var form = Form(
      title: "Correct \(event.id) · \(event.type.label) · \(ledger.accounts[account].name)",
      purpose: .record(event.type, account: event.account, contacts: contacts.map { ledger.contacts[$0].id }),
      fields: [
        FormField(
          .contact, .choice(options: contactChoices(contacts), numbered: false, allowsOther: false),
          selected: contact ?? 0),
        kindField,
        FormField(.weight, text: event.weight.description),
        FormField(.date, text: event.day.description),
        FormField(.note, .multiline, text: event.note),
      ],
      focus: 1)
    form.correcting = event.id
    showCareerField(&form)
    if form.has(.forCareer) { form[.forCareer].text = event.forCareer ? "yes" : "no" }
    form.markUnchanged()
    if overlay != nil { closeOverlay() }
    openForm(form)
  }

  /// Saves a correction: the old event voided and `draft` recorded in one write.
  func saveCorrection(of old: String, with draft: EventDraft) {
    guard var form else { return }
    do {
      let (voided, recorded) = try store.correct(eventID: old, with: draft, on: today)
      closeForm()
      recordedHere.insert(recorded.id)
      storeChanged(select: recorded.account, contact: recorded.contact)
      message =
        "Voided \(voided.id) (\(ledger.summary(of: voided))) and recorded \(recorded.id): \(describe(recorded))"
    } catch {
      form.refuse("Nothing was saved: \(error)")
      updateForm(form)
    }
  }
}

/// A note as the lines it was written in: its line breaks kept, each tab a space.
func noteParagraphs(_ note: String) -> [String] {
  note.split(omittingEmptySubsequences: false) { $0.isNewline }.map {
    String($0.map { $0 == "\t" ? " " : $0 })
  }
}

extension Dashboard {
  /// For a void event that a correction replaced, which one did: "; NEWID replaced it: correct
  /// that one instead"; nothing for an event voided outright.
  private func correctedBy(_ index: Int) -> String {
    ledger.correctingEvent(of: index).map {
      "; \(ledger.event($0, noteLimit: 0).id) replaced it: correct that one instead"
    } ?? ""
  }
}
