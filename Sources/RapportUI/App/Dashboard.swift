import RapportCore

/// The dashboard's state and behaviour: which account, contact and event are selected, how the
/// accounts are filtered and sorted, what overlay is open. Keys come in through `handle`, and
/// `render` draws everything into a `Frame`; nothing here knows about terminals.
public final class Dashboard {
  public let store: Store
  public let today: Day
  /// The drift analysis's thresholds.
  public let thresholds: DriftSettings
  var ledger: Ledger { store.ledger }

  public internal(set) var focus: Pane = .accounts
  var sort: SortOrder = .drift
  var tierFilter: Tier?
  var filterText = ""
  /// True while the user types into the filter.
  var filtering = false
  var list: AccountList
  var granularity: Granularity = .month
  var overlay: Overlay?
  var overlayScroll = 0
  /// The form being filled in, drawn over everything else.
  var form: Form?
  /// The drift review under way.
  var review: Review?
  /// Events recorded (or redone) in this session: undone without asking.
  var recordedHere: Set<String> = []
  /// An event from before this session that the last `u` asked to confirm.
  var pendingUndo: String?
  /// How the status line and help name the store.
  public var storeLabel: String
  /// The last message shown in the status line.
  public internal(set) var message = ""

  var accountCursor = ScrollState()
  var contactCursor = ScrollState()
  var eventCursor = ScrollState()

  /// The layout of the last render, for mouse hit tests and paging.
  var layout = Layout(width: 0, height: 0, focus: .accounts)
  /// Rows of each pane's list area in the last render.
  var listRows: [Pane: Int] = [:]
  /// The selected contact's lines in the contacts pane's last render.
  var contactBlock: Range<Int>?
  /// Where each visible list row was drawn: screen row → item index, per pane.
  var rowHits: [Pane: [Int: Int]] = [:]

  /// Figures that cost a pass over events or accounts, kept until the store changes.
  private var cachedAtRevision = -1
  /// The store's load count when the account list was made.
  private var listLoads: Int
  /// Each account's drift report, by account index; kept up to date as the store changes.
  private(set) var drift: [DriftReport] = []
  private var trends: [Int: String] = [:]
  private var newestFirst: (account: Int, events: [Int])?
  private var dueCount: Int?

  /// Overlays drawn over the panes.
  enum Overlay: Equatable { case help, detail }

  public init(store: Store, today: Day, thresholds: DriftSettings = DriftSettings()) {
    self.store = store
    self.today = today
    self.thresholds = thresholds
    storeLabel = shortPath(store.path)
    list = AccountList(ledger: store.ledger)
    listLoads = store.loads
    analyseDrift()
    rebuildList()
    if case .readOnly(let reason) = store.access { message = "Read-only: \(reason)" }
    if !store.errors.isEmpty {
      message =
        "The store has \(plural(store.errors.count, "error")): 'rapport check' lists them; nothing will be written"
    }
  }

  // MARK: Selection

  /// The selected account's ledger index.
  var selectedAccount: Int? {
    list.rows.indices.contains(accountCursor.index) ? list.rows[accountCursor.index] : nil
  }

  var selectedContacts: [Int] { selectedAccount.map { ledger.contacts(ofAccount: $0) } ?? [] }

  /// The selected account's events, newest first.
  var selectedEvents: [Int] {
    guard let account = selectedAccount else { return [] }
    dropCachesIfTheStoreChanged()
    if let cached = newestFirst, cached.account == account { return cached.events }
    let events = ledger.events(ofAccount: account).sorted { a, b in
      let (da, db) = (ledger.eventDay(a), ledger.eventDay(b))
      return da == db ? a > b : da > db
    }
    newestFirst = (account, events)
    return events
  }

  /// An account's balance over the last eight months as a sparkline.
  func trend(of account: Int) -> String {
    dropCachesIfTheStoreChanged()
    if let cached = trends[account] { return cached }
    let buckets = ledger.timeline(
      events: ledger.events(ofAccount: account), granularity: .month, count: 8, endingOn: today)
    let line = sparkline(buckets.map(\.balance))
    trends[account] = line
    return line
  }

  /// Accounts with a touch planned for today or before.
  var plannedTouchesDue: Int {
    dropCachesIfTheStoreChanged()
    if let dueCount { return dueCount }
    let count = ledger.accounts.reduce(0) { $0 + ($1.decision(on: today) == .due ? 1 : 0) }
    dueCount = count
    return count
  }

  private func dropCachesIfTheStoreChanged() {
    guard cachedAtRevision != store.revision else { return }
    cachedAtRevision = store.revision
    trends = [:]
    newestFirst = nil
    dueCount = nil
  }

  private func rebuildList() {
    let keep = selectedAccount
    list.rebuild(ledger: ledger, today: today, filter: filterText, tier: tierFilter, sort: sort, drift: drift)
    if let keep, let position = list.rows.firstIndex(of: keep) {
      accountCursor.index = position
    } else {
      accountCursor.index = 0
      accountSelectionChanged()
    }
    accountCursor.clamp(count: list.rows.count)
  }

  /// Brings the panes up to date after a write, selecting the account (and contact) written.
  /// The account list is made again when accounts were added or edited or the store reloaded.
  func storeChanged(select accountID: String, contact contactID: String?, accountsChanged: Bool = false) {
    if accountsChanged || listLoads != store.loads || list.accountCount != ledger.accounts.count {
      list = AccountList(ledger: ledger)
      listLoads = store.loads
      analyseDrift()
    } else if let index = ledger.accountIndex(accountID) {
      drift[index] = ledger.drift(account: index, on: today, thresholds: thresholds)
    }
    list.rebuild(ledger: ledger, today: today, filter: filterText, tier: tierFilter, sort: sort, drift: drift)
    select(accountID, contact: contactID)
  }

  /// Selects an account in the list (and one of its contacts), without changing the list.
  func select(_ accountID: String, contact contactID: String? = nil) {
    let before = accountCursor.index
    if let account = ledger.accountIndex(accountID), let position = list.rows.firstIndex(of: account) {
      accountCursor.index = position
    }
    accountCursor.clamp(count: list.rows.count)
    if accountCursor.index != before { accountSelectionChanged() }
    if let contactID, let account = selectedAccount,
      let position = ledger.contacts(ofAccount: account).firstIndex(where: { ledger.contacts[$0].id == contactID })
    {
      if position != contactCursor.index { contactCursor = ScrollState(index: position, offset: 0) }
    }
    contactCursor.clamp(count: selectedContacts.count)
  }

  /// Every account's drift report, by account index.
  private func analyseDrift() {
    drift = ledger.driftReports(on: today, thresholds: thresholds)
  }

  private func accountSelectionChanged() {
    contactCursor = ScrollState()
    eventCursor = ScrollState()
  }

  // MARK: Input

  /// Applies a key; returns false when the user asked to quit.
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
    if form != nil || KeyMap.action(for: key) != .undo { pendingUndo = nil }
    if let form, key != .resize {
      if case .mouse = key { return true }
      if case .record(let type, _, _) = form.purpose { return recordFormKey(key, type: type) }
      editFormKey(key)
      return true
    }
    if filtering { return handleFilterInput(key) }
    if review != nil, overlay == nil, reviewKey(key) { return true }
    if case .mouse(let event) = key {
      handleMouse(event)
      return true
    }
    if key == .resize { return true }
    guard let action = KeyMap.action(for: key) else {
      if case .character(let c) = key { message = "No action on '\(c)': press ? for the keys" }
      return true
    }
    if overlay != nil { return handleOverlay(action) }
    return apply(action)
  }

  /// Carries out an action on the panes; returns false to quit.
  private func apply(_ action: Action) -> Bool {
    switch action {
    case .quit: return false
    case .help:
      overlay = .help
      overlayScroll = 0
    case .open:
      guard selectedAccount != nil else {
        message = "No account selected"
        return true
      }
      overlay = .detail
      overlayScroll = 0
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
      filtering = true
      focus = .accounts
    case .sort:
      let all = SortOrder.allCases
      sort = all[(all.firstIndex(of: sort)! + 1) % all.count]
      rebuildList()
      message = "Sorted by \(sort.rawValue)"
    case .tier:
      let cycle: [Tier?] = [nil, .a, .b, .c]
      let next = cycle[(cycle.firstIndex(of: tierFilter)! + 1) % cycle.count]
      tierFilter = next
      rebuildList()
      message = next.map { "Showing tier \($0.rawValue) only" } ?? "Showing every tier"
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
    case .undo: undoOrRedo(redo: false)
    case .redo: undoOrRedo(redo: true)
    case .editContact: openContactForm()
    case .editAccount: openAccountForm()
    case .addContact: openNewContactForm()
    case .addAccount: openNewAccountForm()
    case .review: startReview()
    }
    return true
  }

  private func handleOverlay(_ action: Action) -> Bool {
    switch action {
    case .quit: return false
    case .back, .help, .open: overlay = nil
    case .down: overlayScroll += 1
    case .up: overlayScroll = max(0, overlayScroll - 1)
    case .pageDown: overlayScroll += 10
    case .pageUp: overlayScroll = max(0, overlayScroll - 10)
    case .top: overlayScroll = 0
    case .bottom: overlayScroll = .max  // clamped when drawn
    default: break
    }
    return true
  }

  private func handleFilterInput(_ key: Key) -> Bool {
    switch key {
    case .enter:
      filtering = false
      message =
        list.rows.isEmpty ? "No account matches '\(filterText)'" : "\(plural(list.rows.count, "match")); Esc clears"
    case .escape:
      filtering = false
      filterText = ""
      rebuildList()
    case .backspace:
      if filterText.isEmpty {
        filtering = false
      } else {
        filterText.removeLast()
        rebuildList()
      }
    case .control("c"): return false
    case .character(let c):
      filterText.append(c)
      rebuildList()
    case .down, .up, .pageUp, .pageDown:
      // The list can be walked while typing.
      if let action = KeyMap.action(for: key) { _ = apply(action) }
    default: break
    }
    return true
  }

  private func handleMouse(_ event: MouseEvent) {
    if overlay != nil {
      switch event.action {
      case .wheelDown: overlayScroll += 3
      case .wheelUp: overlayScroll = max(0, overlayScroll - 3)
      case .press: overlay = nil
      }
      return
    }
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
      if let item = rowHits[pane]?[event.y] { move(to: item) }
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

/// A cursor in a scrolling list: the selected item and the first item on screen.
struct ScrollState: Equatable {
  var index = 0
  var offset = 0

  mutating func clamp(count: Int) {
    index = max(0, min(index, count - 1))
  }

  /// Scrolls just enough that the selected item is within `rows` rows.
  mutating func reveal(rows: Int, count: Int) {
    clamp(count: count)
    guard rows > 0 else { return }
    if index < offset { offset = index }
    if index >= offset + rows { offset = index - rows + 1 }
    offset = max(0, min(offset, max(0, count - rows)))
  }
}
