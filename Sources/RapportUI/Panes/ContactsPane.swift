extension Dashboard {
  /// The selected account's people, each with their career side, personal notes and reciprocity,
  /// from the lines and scroll the update step left.
  func drawContacts(_ frame: inout Frame, _ rect: Rect) {
    let focused = focus == .contacts
    let account = selectedAccount.map { ledger.accounts[$0] }
    frame.box(rect, title: "Contacts" + (account.map { " · \($0.name)" } ?? ""), focused: focused)
    let inner = rect.inner
    guard inner.width > 2, inner.height > 0 else { return }
    guard let view = contactLines else {
      let text = account == nil ? "No account selected" : "No contacts yet: C adds one"
      frame.put(text, x: inner.x + 1, y: inner.y, role: .dim, limit: inner.width - 1)
      return
    }
    let labelWidth = view.labelWidth
    if view.lines.count > inner.height {
      frame.scrollPosition("\(contactCursor.index + 1)/\(selectedContacts.count)", in: rect)
    }
    for row in 0..<inner.height {
      let n = contactCursor.offset + row
      guard n < view.lines.count else { break }
      var line = view.lines[n]
      if line.dimmed, line.role != .header { line.role = .dim }
      let y = inner.y + row
      if let label = line.label {
        frame.put(label, x: inner.x + 2, y: y, role: .dim, limit: labelWidth)
        frame.put(line.text, x: inner.x + 2 + labelWidth, y: y, role: line.role, limit: inner.width - 2 - labelWidth)
      } else {
        let indent = line.role == .header ? 1 : 2
        frame.put(
          line.text, x: inner.x + indent, y: y, role: line.dimmed ? .dim : line.role, limit: inner.width - indent)
      }
      if line.role == .header, line.contact == contactCursor.index {
        frame.put("▌", x: inner.x, y: y, role: focused ? .accent : .dim)
        if focused { frame.paint(Rect(x: inner.x + 1, y: y, width: inner.width - 1, height: 1), role: .selected) }
      }
    }
  }
}
