import RapportCore

/// The contacts pane's view-model: each contact of the selected account as a block of lines
/// (heading, fields, figures), laid out for the pane's width before it is scrolled.
struct ContactsView {
  /// A line of the pane: its text and role, the field's label beside it (nil for a line with
  /// none, "" under a label), and the contact (by place in the account's list) it belongs to.
  struct Line {
    var text: String
    var role: StyleRole
    var label: String?
    var contact: Int
    /// Drawn dim, whatever its role: a line of someone who has left.
    var dimmed = false
  }

  var lines: [Line] = []
  /// Where each contact's block starts.
  var blockStart: [Int] = []
  /// The label column's width, 0 when the pane is too narrow for one.
  var labelWidth: Int

  /// The lines of the contact at `position` in the list; the first contact's take the account's
  /// promises above it, so that they show while it is selected.
  func block(_ position: Int) -> Range<Int>? {
    guard blockStart.indices.contains(position) else { return nil }
    return
      (position == 0 ? 0 : blockStart[position])..<(position + 1 < blockStart.count
      ? blockStart[position + 1] : lines.count)
  }
}

extension Dashboard {
  /// The most lines a field is shown in; the rest is cut, with `cutMark` to say so.
  static let longestField = 200
  /// Before the name of someone who has left, in the contacts pane and the record form.
  static let leftMark = "(left)"
  /// Before the name of an archived account or contact, while they are shown.
  static let archivedMark = "(archived)"
  /// The line under a field cut to `longestField` lines.
  static let cutMark = "… (cut here: the rest is in the store's file)"

  /// The selected account's contacts laid out for a pane `width` columns wide inside its border.
  func contactsView(width: Int) -> ContactsView {
    var view = ContactsView(labelWidth: width >= 50 ? 13 : 0)
    let labelWidth = view.labelWidth
    let favourWindow = thresholds.favourWindow(endingOn: today)
    func add(_ text: String, _ role: StyleRole, _ label: String?, _ position: Int) {
      view.lines.append(ContactsView.Line(text: text, role: role, label: label, contact: position))
    }
    // Promises to the whole account come first, over everyone's blocks.
    if let account = selectedAccount {
      for promise in ledger.openPromises(account: account) where promise.contact == nil {
        for (line, role) in promiseLines(promise, width: width - 2) { add(line, role, nil, 0) }
      }
    }
    for (position, index) in selectedContacts.enumerated() {
      view.blockStart.append(view.lines.count)
      let contact = ledger.contacts[index]
      let gone = contact.hasLeft(by: today)
      // Whoever left is marked in words before the name, readable in every theme (dimming alone
      // is a shade of grey away from the others), and has nothing left to reassess.
      var head =
        (contact.isArchived ? Dashboard.archivedMark + " " : "") + (gone ? Dashboard.leftMark + " " : "")
        + contact.name
      if !contact.role.isEmpty { head += " · \(contact.role)" }
      if !contact.flags.isEmpty { head += " · " + contact.flags.joined(separator: ", ") }
      if let reassess = contact.reassess, !gone {
        head += reassess <= today ? " · reassess due \(reassess)" : " · reassess \(reassess)"
      }
      for line in wrap(head, width: width - 1, maxLines: Dashboard.longestField).lines {
        add(line, .header, nil, position)
      }
      // Whoever left: the day and where to, clearly, and the rest of them dimmed.
      if let left = contact.left {
        let text = (gone ? "left \(left.day)" : "leaving \(left.day)") + (left.text.isEmpty ? "" : " · \(left.text)")
        for line in wrapped(text, width: width - 2) { add(line, .warning, nil, position) }
      }
      // Their open promises, soonest due first, under the heading.
      for promise in ledger.openPromises(contact: index) {
        for (line, role) in promiseLines(promise, width: width - 2) { add(line, role, nil, position) }
      }
      let fields: [(String, String)] = [
        ("Role", roleChange(contact)), ("Next job", contact.nextJob),
        ("Progress", contact.progress.last.map { "\($0.day) \($0.text)" } ?? ""), ("Measured by", contact.measuredBy),
        ("Worries", contact.worries), ("How to help", contact.help), ("Personal", contact.personal),
      ]
      for (label, value) in fields where !value.isEmpty {
        // Only a field's first lines are wrapped: a field of megabytes costs what they cost.
        if labelWidth > 0 {
          let wrapped = wrap(value, width: width - 2 - labelWidth, maxLines: Dashboard.longestField)
          for (i, line) in wrapped.lines.enumerated() { add(line, .normal, i == 0 ? label : "", position) }
          if wrapped.isCut { add(Dashboard.cutMark, .dim, "", position) }
        } else {
          // Too narrow for a label column: the label starts the text, later lines are indented.
          let shown = value.prefix(Dashboard.longestField * width * 2)
          let wrapped = wrap("\(label): \(shown)", width: width - 4, maxLines: Dashboard.longestField)
          for (i, line) in wrapped.lines.enumerated() { add(i == 0 ? line : "  \(line)", .normal, nil, position) }
          if wrapped.isCut || shown.endIndex < value.endIndex { add("  " + Dashboard.cutMark, .dim, nil, position) }
        }
      }
      let totals = ledger.totals(contact: index)
      let equity = "Equity \(Weight.format(hundredths: totals.balanceHundredths, signed: false))"
      let figures: String
      if let touch = totals.lastTouch, let author = ledger.touchAuthor(contact: index, on: touch) {
        figures = equity + " · last touched by \(author.name), \(touch <= today ? daysAgo(touch) : "\(touch)")"
      } else {
        figures =
          equity + " · last touch " + (totals.lastTouch.map { "\($0) (\(max(0, $0.days(to: today)))d)" } ?? "never")
      }
      for line in wrap(figures, width: width - 2) { add(line, .dim, nil, position) }
      if !contact.nextJob.isEmpty {
        add("career help: " + (totals.lastCareerHelp.map { daysAgo($0) } ?? "never"), .dim, nil, position)
      }
      // Favours by weight in the reciprocity window, and who owes whom.
      let favours = ledger.favours(contact: index, in: favourWindow).balance.wording
      for line in wrap(favours, width: width - 2) { add(line, .dim, nil, position) }
      add("", .normal, nil, position)
      if gone {
        for n in view.blockStart[position]..<view.lines.count
        where view.lines[n].role != .warning && view.lines[n].role != .error {
          view.lines[n].dimmed = true
        }
      }
    }
    return view
  }

  /// An open promise in the contacts pane: "promise: send the benchmark · due 2026-11-27 (in 4
  /// days)", or "· 9 days overdue" in the error colour; "promise to the account: …" for one to
  /// the whole account. Wrapped to `width`, its first lines only.
  func promiseLines(_ promise: Promise, width: Int) -> [(String, StyleRole)] {
    let due = dueWords(promise)
    let head = promise.contact == nil ? "promise to the account: " : "promise: "
    let role: StyleRole = due.role == .error ? .error : due.role == .warning ? .warning : .accent
    return wrapped(head + promise.what + " · " + due.text, width: width).map { ($0, role) }
  }

  /// "today", "1 day ago", "140 days ago" (or "in 3 days" for a day after today).
  func daysAgo(_ day: Day) -> String {
    let days = day.days(to: today)
    switch days {
    case 0: return "today"
    case 1: return "1 day ago"
    case let n where n < 0: return n == -1 ? "in 1 day" : "in \(-n) days"
    default: return "\(days) days ago"
    }
  }

  /// "since 2026-10-01, before: Head of Fleet Operations": the role they held last, or "".
  func roleChange(_ contact: Contact) -> String {
    // The latest day; of two on the same day, the one written last.
    guard
      let last = contact.previousRoles.enumerated().max(by: {
        ($0.element.day, $0.offset) < ($1.element.day, $1.offset)
      })
    else { return "" }
    return "since \(last.element.day), before: \(last.element.text)"
  }

  /// A line of any length wrapped to `width`, its first lines only.
  private func wrapped(_ text: String, width: Int) -> [String] {
    let shown = text.prefix(Dashboard.longestField * max(1, width) * 2)
    return wrap(shown, width: width, maxLines: Dashboard.longestField).lines
  }

  /// The update step for the contacts pane: its lines for the pane's inside, and the scroll that
  /// shows the selected contact whole, or, when it is taller than the pane, keeps within it.
  func settleContacts(_ inner: Rect) {
    guard inner.width > 2, inner.height > 0 else { return }
    listRows[.contacts] = inner.height
    let count = selectedContacts.count
    guard count > 0 else { return }
    contactCursor.clamp(count: count)
    let view = contactsView(width: inner.width)
    contactLines = view
    guard let selected = view.block(contactCursor.index) else { return }
    var offset = contactCursor.offset
    if selected.count <= inner.height {
      // The whole contact fits: show all of it.
      if selected.lowerBound < offset { offset = selected.lowerBound }
      if selected.upperBound > offset + inner.height { offset = selected.upperBound - inner.height }
    } else {
      // Taller than the pane: keep the view inside it; j and k scroll through it.
      offset = max(selected.lowerBound, min(offset, selected.upperBound - inner.height))
    }
    contactCursor.offset = max(0, min(offset, max(0, view.lines.count - inner.height)))
  }
}
