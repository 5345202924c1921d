import RapportCore

/// The accounts pane's view-model for a rect: its title, the columns that fit, and the rows in
/// sight with each cell's text and role.
struct AccountsView {
  struct Row {
    /// The account's place in the list.
    var position: Int
    var mark: (String, StyleRole)
    var name: String
    var cells: [(String, StyleRole)]
  }

  var title: String
  var columns: [AccountColumn]
  var nameWidth: Int
  var rows: [Row]
}

extension Dashboard {
  /// Rows of the accounts list in a pane (under the header), nil when it has no room for one.
  func accountListRows(in rect: Rect) -> Int? {
    let inner = rect.inner
    return inner.width > 0 && inner.height > 1 ? inner.height - 1 : nil
  }

  /// The mark before an account: a promise overdue (⚑!) before anything; then what the review
  /// decided (z snoozed, P a touch planned, P! one due), else its drift (~ cooling, ! drifting,
  /// !! neglected), with a promise due within three days (⚑) between neglected and the others
  /// (`markLegend` lists them for the help).
  func driftMark(of index: Int) -> (String, StyleRole) {
    let account = ledger.accounts[index]
    let promises = promiseCounts(of: index)
    if promises.overdue > 0 { return (Dashboard.promiseMark + "!", .danger) }
    if let until = account.snoozedUntil, until > today { return ("z", .dim) }
    if let plan = account.plan { return plan <= today ? ("P!", .danger) : ("P", .accent) }
    if drift[index].status != .neglected, promises.dueSoon > 0 { return (Dashboard.promiseMark, .warning) }
    switch drift[index].status {
    case .healthy: return ("", .normal)
    case .cooling: return ("~", .warning)
    case .drifting: return ("!", .warning)
    case .neglected: return ("!!", .danger)
    }
  }

  /// What the accounts pane shows in `rect`: a function of the state, scrolled as it stands.
  func accountsView(_ rect: Rect) -> AccountsView {
    let inner = rect.inner
    let tier = tierFilter.map { " · tier \($0.rawValue)" } ?? ""
    let filter = filterText.isEmpty ? "" : " · /\(filterText)"
    let count = "\(list.rows.count)/\(ledger.accounts.count)"
    let short = tierFilter.map { " · \($0.rawValue)" } ?? ""
    // The first that fits: narrower, the sort's direction is said as its column's header marks it.
    let titles = [
      "Accounts \(count) · by \(sort.description)\(tier)\(filter)",
      "\(count) · \(sort.description)\(short)\(filter)",
      "\(count) · \(sort.order.rawValue) \(sort.mark)\(short)\(filter)",
      "\(count) \(sort.order.rawValue)\(sort.mark)\(short)\(filter)",
    ]
    let title = titles.first { DisplayWidth.of($0) <= rect.width - 6 } ?? titles[titles.count - 1]
    // Columns from the right; the name takes what is left. Narrow panes drop the least vital first.
    var columns: [AccountColumn] = []
    if inner.width >= 30 { columns.append(.tier) }
    columns.append(.equity)
    if inner.width >= 40 { columns.append(.decayed) }
    if inner.width >= 56 { columns.append(.trend) }
    if inner.width >= 24 { columns.append(.days) }
    let fixed = columns.reduce(0) { $0 + $1.width + 1 }
    var view = AccountsView(title: title, columns: columns, nameWidth: max(4, inner.width - 3 - fixed), rows: [])
    let first = min(accountCursor.offset, list.rows.count)
    let shown = first..<min(list.rows.count, first + (accountListRows(in: rect) ?? 0))
    for position in shown {
      let index = list.rows[position]
      view.rows.append(
        AccountsView.Row(
          position: position, mark: driftMark(of: index),
          name: listName(of: index, width: view.nameWidth),
          cells: columns.map { cell($0, of: index) }))
    }
    return view
  }

  private func cell(_ column: AccountColumn, of index: Int) -> (String, StyleRole) {
    let account = ledger.accounts[index]
    let totals = ledger.totals(account: index)
    switch column {
    case .tier:
      return (account.tier.rawValue, account.tier == .a ? .tierA : account.tier == .b ? .tierB : .tierC)
    case .equity:
      return (
        Weight.format(hundredths: totals.balanceHundredths, signed: false),
        totals.balanceHundredths < 0 ? .negative : .positive
      )
    case .decayed:
      let decayed = ledger.decayedBalance(account: index, on: today)
      return (amount(decayed), decayed < 0 ? .negative : .normal)
    case .trend:
      return (trend(of: index), .accent)
    case .days:
      let late = drift[index].daysSinceTouch.map { $0 > drift[index].cadenceDays } ?? true
      return (totals.lastTouch.map { String(max(0, $0.days(to: today))) } ?? "never", late ? .warning : .normal)
    }
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
    case .decayed: return .decayed
    case .days: return .lastTouch
    default: return nil
    }
  }
}
