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
  /// Why the selected account needs a touch (its drift's first reason), wrapped to the rows
  /// under the list; empty when it is fine.
  var why: [String] = []
  var whyRole: StyleRole = .dim
  /// Where the selection stands in the list, `12/240`, when the list is longer than its rows.
  var position: String?
}

extension Dashboard {
  /// Rows of the accounts list in a pane (under the header), nil when it has no room for one.
  func accountListRows(in rect: Rect) -> Int? {
    let inner = rect.inner
    return inner.width > 0 && inner.height > 1 ? inner.height - 1 - whyRows(in: rect) : nil
  }

  /// The rows under the list kept for why the selected account needs a touch: two in a tall
  /// pane, one in a middling one, none in a short one (the list needs them more).
  func whyRows(in rect: Rect) -> Int {
    rect.inner.height >= 16 ? 2 : rect.inner.height >= 8 ? 1 : 0
  }

  /// The mark before an account: a promise overdue (⚑!) before anything; then what the review
  /// decided (z snoozed, P a touch planned, P! one due), else its drift (~ cooling, ! drifting,
  /// !! neglected), with a promise due within three days (⚑) between neglected and the others
  /// (`markLegend` lists them for the help).
  func driftMark(of index: Int) -> (String, StyleRole) {
    accountMark(of: index).map { ($0.text, $0.role) } ?? ("", .normal)
  }

  /// The account's mark, nil when it needs none.
  func accountMark(of index: Int) -> AccountMark? {
    let account = ledger.accounts[index]
    let promises = promiseCounts(of: index)
    if promises.overdue > 0 { return .promiseOverdue }
    if let until = account.snoozedUntil, until > today { return .snoozed }
    if let plan = account.plan { return plan <= today ? .plannedDue : .planned }
    if drift[index].status != .neglected, promises.dueSoon > 0 { return .promiseDueSoon }
    switch drift[index].status {
    case .healthy: return nil
    case .cooling: return .cooling
    case .drifting: return .drifting
    case .neglected: return .neglected
    }
  }

  /// The longest a name gets in the accounts pane before it is cut.
  static let longestName = 36

  /// The accounts pane's width for every column and the longest account name (up to
  /// `longestName`), from the widths kept for the store's revision.
  var accountsPaneWidth: Int {
    let all: [AccountColumn] = [.tier, .equity, .decayed, .trend, .days]
    return 2 + 3 + longestAccountName + all.reduce(0) { $0 + $1.width + 1 }
  }

  /// What the accounts pane shows in `rect`: a function of the state, scrolled as it stands.
  func accountsView(_ rect: Rect) -> AccountsView {
    let inner = rect.inner
    let tier = tierFilter.map { " · tier \($0.rawValue)" } ?? ""
    let filter = filterText.isEmpty ? "" : " · /\(filterText)"
    let owner = ownerChoice.title.map { " · \($0)" } ?? ""
    let count = "\(list.rows.count)/\(ledger.accounts.count)"
    let short = tierFilter.map { " · \($0.rawValue)" } ?? ""
    // The first that fits: narrower, the sort's direction is said as its column's header marks it.
    let titles = [
      "Accounts \(count) · by \(sort.description)\(tier)\(owner)\(filter)",
      "\(count) · \(sort.description)\(short)\(owner)\(filter)",
      "\(count) · \(sort.order.rawValue) \(sort.mark)\(short)\(owner)\(filter)",
      "\(count) \(sort.order.rawValue)\(sort.mark)\(short)\(owner)\(filter)",
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
          name: archivedPrefix(of: index)
            + listName(
              of: index, width: view.nameWidth - DisplayWidth.of(archivedPrefix(of: index))),
          cells: columns.map { cell($0, of: index) }))
    }
    if list.rows.count > shown.count, !list.rows.isEmpty {
      view.position = "\(accountCursor.index + 1)/\(list.rows.count)"
    }
    let rows = whyRows(in: rect)
    if rows > 0, let index = selectedAccount, let reason = drift[index].reasons.first {
      let wrapped = wrap(reason.description, width: inner.width - 1, maxLines: rows)
      view.why = wrapped.lines
      if wrapped.isCut, let last = view.why.indices.last {
        view.why[last] = DisplayWidth.truncate(view.why[last] + "…", to: inner.width - 1)
      }
      view.whyRole = driftMark(of: index).1 == .normal ? .dim : driftMark(of: index).1
    }
    return view
  }

  /// The order a click on the accounts pane's header at (`x`, `y`) sorts by: the marks' column
  /// by drift, the name's by name, and the figures' by theirs; nil off the header, or on a
  /// column that sorts by nothing (the tier, the trend).
  func sortOrder(atHeaderX x: Int, y: Int, in rect: Rect) -> SortOrder? {
    let inner = rect.inner
    guard y == inner.y, x >= inner.x, x < inner.x + inner.width else { return nil }
    let view = accountsView(rect)
    if x < inner.x + 3 { return .drift }
    var end = inner.x + 3 + view.nameWidth + 1
    if x < end { return .name }
    for column in view.columns {
      end += column.width + 1
      if x < end { return column.sort }
    }
    return nil
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
