import RapportCore

extension Dashboard {
  /// The mark before an account: what the review decided (z snoozed, P a touch planned, P! one
  /// due), else its drift (~ cooling, ! drifting, !! neglected).
  func driftMark(of index: Int) -> (String, StyleRole) {
    let account = ledger.accounts[index]
    if let until = account.snoozedUntil, until > today { return ("z", .dim) }
    if let plan = account.plan { return plan <= today ? ("P!", .danger) : ("P", .accent) }
    switch drift[index].status {
    case .healthy: return ("", .normal)
    case .cooling: return ("~", .warning)
    case .drifting: return ("!", .warning)
    case .neglected: return ("!!", .danger)
    }
  }

  /// The accounts list: drift marker, name, tier, equity, decayed equity, trend, days since touch.
  func drawAccounts(_ frame: inout Frame, _ rect: Rect) {
    let focused = focus == .accounts
    let tier = tierFilter.map { " · tier \($0.rawValue)" } ?? ""
    let filter = filterText.isEmpty ? "" : " · /\(filterText)"
    var title = "Accounts \(list.rows.count)/\(ledger.accounts.count) · by \(sort.rawValue)\(tier)\(filter)"
    if DisplayWidth.of(title) > rect.width - 6 {
      let tier = tierFilter.map { " · \($0.rawValue)" } ?? ""
      title = "\(list.rows.count)/\(ledger.accounts.count) · \(sort.rawValue)\(tier)\(filter)"
    }
    frame.box(rect, title: title, focused: focused)
    let inner = rect.inner
    guard inner.width > 0, inner.height > 1 else { return }

    // Columns from the right; the name takes what is left. Narrow panes drop the least vital first.
    var columns: [AccountColumn] = []
    if inner.width >= 30 { columns.append(.tier) }
    columns.append(.equity)
    if inner.width >= 40 { columns.append(.decayed) }
    if inner.width >= 56 { columns.append(.trend) }
    if inner.width >= 24 { columns.append(.days) }
    let fixed = columns.reduce(0) { $0 + $1.width + 1 }
    let nameWidth = max(4, inner.width - 3 - fixed)

    var x = inner.x + 3
    frame.put(sort == .drift ? "!▾" : "!", x: inner.x, y: inner.y, role: .header)
    frame.put(sort == .name ? "ACCOUNT ▾" : "ACCOUNT", x: x, y: inner.y, role: .header, limit: nameWidth)
    x += nameWidth + 1
    for column in columns {
      let header = column.sort == sort ? column.header + "▾" : column.header
      frame.put(
        DisplayWidth.fit(header, to: column.width, alignRight: column != .tier), x: x, y: inner.y, role: .header)
      x += column.width + 1
    }

    let rows = inner.height - 1
    listRows[.accounts] = rows
    accountCursor.reveal(rows: rows, count: list.rows.count)
    if list.rows.isEmpty {
      let text = ledger.accounts.isEmpty ? "No accounts yet: add them to accounts.txt" : "No account matches"
      frame.put(text, x: inner.x + 1, y: inner.y + 2, role: .dim, limit: inner.width - 1)
      return
    }
    var hits: [Int: Int] = [:]
    for row in 0..<rows {
      let position = accountCursor.offset + row
      guard position < list.rows.count else { break }
      let index = list.rows[position]
      let y = inner.y + 1 + row
      hits[y] = position
      let account = ledger.accounts[index]
      let totals = ledger.totals(account: index)
      let (mark, role) = driftMark(of: index)
      frame.put(mark, x: inner.x, y: y, role: role)
      frame.put(DisplayWidth.truncate(account.name, to: nameWidth), x: inner.x + 3, y: y, role: .normal)
      var x = inner.x + 3 + nameWidth + 1
      for column in columns {
        let text: String
        var role: StyleRole = .normal
        switch column {
        case .tier:
          text = account.tier.rawValue
          role = account.tier == .a ? .tierA : account.tier == .b ? .tierB : .tierC
        case .equity:
          text = Weight.format(hundredths: totals.balanceHundredths, signed: false)
          role = totals.balanceHundredths < 0 ? .negative : .positive
        case .decayed:
          let decayed = ledger.decayedBalance(account: index, on: today)
          text = amount(decayed)
          role = decayed < 0 ? .negative : .normal
        case .trend:
          text = trend(of: index)
          role = .accent
        case .days:
          text = totals.lastTouch.map { String(max(0, $0.days(to: today))) } ?? "never"
          let late = drift[index].daysSinceTouch.map { $0 > drift[index].cadenceDays } ?? true
          role = late ? .warning : .normal
        }
        frame.put(
          DisplayWidth.fit(text, to: column.width, alignRight: column != .trend), x: x, y: y, role: role)
        x += column.width + 1
      }
      if position == accountCursor.index {
        frame.paint(
          Rect(x: inner.x, y: y, width: inner.width, height: 1), role: focused ? .selected : .selectedUnfocused)
      }
    }
    rowHits[.accounts] = hits
  }
}

/// The columns of the accounts pane after the name.
enum AccountColumn {
  case tier, equity, decayed, trend, days

  var header: String {
    switch self {
    case .tier: return "T"
    case .equity: return "EQUITY"
    case .decayed: return "DECAYED"
    case .trend: return "TREND"
    case .days: return "DAYS"
    }
  }

  var width: Int {
    switch self {
    case .tier: return 1
    case .equity, .decayed: return 7
    case .trend: return 8
    case .days: return 5
    }
  }

  /// The sort order this column shows, marked ▾ in its header.
  var sort: SortOrder? {
    switch self {
    case .equity: return .equity
    case .days: return .lastTouch
    default: return nil
    }
  }
}
