extension Dashboard {
  /// The accounts list: drift marker, name, tier, equity, decayed equity, trend, days since touch.
  func drawAccounts(_ frame: inout Frame, _ rect: Rect) {
    let focused = focus == .accounts
    let view = accountsView(rect)
    frame.box(rect, title: view.title, focused: focused)
    let inner = rect.inner
    guard inner.width > 0, inner.height > 1 else { return }
    var x = inner.x + 3
    frame.put(sort.order == .drift ? "!" + sort.mark : "!", x: inner.x, y: inner.y, role: .header)
    frame.put(
      sort.order == .name ? "ACCOUNT " + sort.mark : "ACCOUNT", x: x, y: inner.y, role: .header, limit: view.nameWidth)
    x += view.nameWidth + 1
    for column in view.columns {
      var header = column.header
      if column.sort == sort.order {
        // The mark after the header, or before it (in the gap) when the column has no room.
        if DisplayWidth.of(header) < column.width {
          header += sort.mark
        } else {
          frame.put(sort.mark, x: x - 1, y: inner.y, role: .header)
        }
      }
      frame.put(
        DisplayWidth.fit(header, to: column.width, alignRight: column != .tier), x: x, y: inner.y, role: .header)
      x += column.width + 1
    }
    if list.rows.isEmpty {
      let text =
        ledger.accounts.isEmpty
        ? "No accounts yet: press A to add one (or add them to accounts.txt)" : "No account matches"
      // Wrapped in the pane, so that the way to add an account shows in a narrow one too.
      for (row, line) in wrap(text, width: inner.width - 1).prefix(max(0, inner.height - 2)).enumerated() {
        frame.put(line, x: inner.x + 1, y: inner.y + 2 + row, role: .dim, limit: inner.width - 1)
      }
      return
    }
    if let position = view.position { frame.scrollPosition(position, in: rect) }
    for (row, line) in view.why.enumerated() {
      let y = inner.y + inner.height - view.why.count + row
      frame.put(line, x: inner.x + 1, y: y, role: view.whyRole, limit: inner.width - 1)
    }
    for (row, account) in view.rows.enumerated() {
      let y = inner.y + 1 + row
      frame.put(account.mark.0, x: inner.x, y: y, role: account.mark.1)
      frame.put(account.name, x: inner.x + 3, y: y, role: .normal)
      var x = inner.x + 3 + view.nameWidth + 1
      for (column, (text, role)) in zip(view.columns, account.cells) {
        frame.put(DisplayWidth.fit(text, to: column.width, alignRight: column != .trend), x: x, y: y, role: role)
        x += column.width + 1
      }
      if account.position == accountCursor.index {
        frame.paint(
          Rect(x: inner.x, y: y, width: inner.width, height: 1), role: focused ? .selected : .selectedUnfocused)
      }
    }
  }
}
