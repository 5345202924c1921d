import RapportCore

extension Dashboard {
  /// The most lines a field is shown in; the rest is cut, with `cutMark` to say so.
  static let longestField = 200
  /// The line under a field cut to `longestField` lines.
  static let cutMark = "… (cut here: the rest is in the store's file)"

  /// The selected account's people, each with their career side, personal notes and reciprocity.
  func drawContacts(_ frame: inout Frame, _ rect: Rect) {
    let focused = focus == .contacts
    let account = selectedAccount.map { ledger.accounts[$0] }
    frame.box(rect, title: "Contacts" + (account.map { " · \($0.name)" } ?? ""), focused: focused)
    let inner = rect.inner
    guard inner.width > 2, inner.height > 0 else { return }
    let contacts = selectedContacts
    listRows[.contacts] = inner.height
    guard !contacts.isEmpty else {
      let text = account == nil ? "No account selected" : "No contacts yet: C adds one"
      frame.put(text, x: inner.x + 1, y: inner.y, role: .dim, limit: inner.width - 1)
      return
    }
    contactCursor.clamp(count: contacts.count)

    // Lay out every block as lines first, then scroll so the selected block is in view.
    var lines: [(text: String, role: StyleRole, label: String?, contact: Int)] = []
    var blockStart: [Int] = []
    let labelWidth = inner.width >= 50 ? 13 : 0
    for (position, index) in contacts.enumerated() {
      blockStart.append(lines.count)
      let contact = ledger.contacts[index]
      var head = contact.name
      if !contact.role.isEmpty { head += " · \(contact.role)" }
      if !contact.flags.isEmpty { head += " · " + contact.flags.joined(separator: ", ") }
      if let reassess = contact.reassess {
        head += reassess <= today ? " · reassess due \(reassess)" : " · reassess \(reassess)"
      }
      let heading = wrap(head, width: inner.width - 1, maxLines: Dashboard.longestField)
      for line in heading.lines { lines.append((line, .header, nil, position)) }
      let fields: [(String, String)] = [
        ("Next job", contact.nextJob), ("Measured by", contact.measuredBy), ("Worries", contact.worries),
        ("How to help", contact.help), ("Personal", contact.personal),
      ]
      let valueWidth = inner.width - 2 - labelWidth
      for (label, value) in fields where !value.isEmpty {
        // Only a field's first lines are wrapped: a field of megabytes costs what they cost.
        if labelWidth > 0 {
          let wrapped = wrap(value, width: valueWidth, maxLines: Dashboard.longestField)
          for (i, line) in wrapped.lines.enumerated() {
            lines.append((line, .normal, i == 0 ? label : "", position))
          }
          if wrapped.isCut { lines.append((Dashboard.cutMark, .dim, "", position)) }
        } else {
          // Too narrow for a label column: the label starts the text, later lines are indented.
          let shown = value.prefix(Dashboard.longestField * inner.width * 2)
          let wrapped = wrap("\(label): \(shown)", width: inner.width - 4, maxLines: Dashboard.longestField)
          for (i, line) in wrapped.lines.enumerated() {
            lines.append((i == 0 ? line : "  \(line)", .normal, nil, position))
          }
          if wrapped.isCut || shown.endIndex < value.endIndex {
            lines.append(("  " + Dashboard.cutMark, .dim, nil, position))
          }
        }
      }
      let totals = ledger.totals(contact: index)
      let r = totals.reciprocity
      var figures =
        "Equity \(Weight.format(hundredths: totals.balanceHundredths, signed: false)) · given \(r.given) · asked \(r.asked)"
      if let ratio = r.ratio { figures += " (\(amount(ratio)):1)" }
      figures += " · last touch " + (totals.lastTouch.map { "\($0) (\(max(0, $0.days(to: today)))d)" } ?? "never")
      for line in wrap(figures, width: inner.width - 2) { lines.append((line, .dim, nil, position)) }
      lines.append(("", .normal, nil, position))
    }

    let selectedStart = blockStart[contactCursor.index]
    let selectedEnd = contactCursor.index + 1 < blockStart.count ? blockStart[contactCursor.index + 1] : lines.count
    contactBlock = selectedStart..<selectedEnd
    var offset = contactCursor.offset
    if selectedEnd - selectedStart <= inner.height {
      // The whole contact fits: show all of it.
      if selectedStart < offset { offset = selectedStart }
      if selectedEnd > offset + inner.height { offset = selectedEnd - inner.height }
    } else {
      // Taller than the pane: keep the view inside it; j and k scroll through it.
      offset = max(selectedStart, min(offset, selectedEnd - inner.height))
    }
    offset = max(0, min(offset, max(0, lines.count - inner.height)))
    contactCursor.offset = offset

    var hits: [Int: Int] = [:]
    for row in 0..<inner.height {
      let n = offset + row
      guard n < lines.count else { break }
      let line = lines[n]
      let y = inner.y + row
      hits[y] = line.contact
      if let label = line.label {
        frame.put(label, x: inner.x + 2, y: y, role: .dim, limit: labelWidth)
        frame.put(line.text, x: inner.x + 2 + labelWidth, y: y, role: line.role, limit: inner.width - 2 - labelWidth)
      } else {
        let indent = line.role == .header ? 1 : 2
        frame.put(line.text, x: inner.x + indent, y: y, role: line.role, limit: inner.width - indent)
      }
      if line.role == .header, line.contact == contactCursor.index {
        frame.put("▌", x: inner.x, y: y, role: focused ? .accent : .dim)
        if focused { frame.paint(Rect(x: inner.x + 1, y: y, width: inner.width - 1, height: 1), role: .selected) }
      }
    }
    rowHits[.contacts] = hits
  }
}
