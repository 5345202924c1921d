import Foundation
import RapportCore

/// The dashboard's state: which account, contact and event are selected, how the accounts are
/// filtered and sorted, and the mode (`Mode`: a filter being typed, a review, a form, an overlay).
/// Keys come in through `handle` (Dispatch), which looks them up in the mode's key table; the
/// update step (`settle`, in Update) lays out and scrolls; `render` draws the state into a
/// `Frame` and writes nothing. Nothing here knows about terminals.
public final class Dashboard {
  public let store: Store
  public let today: Day
  /// The drift analysis's thresholds.
  public let thresholds: DriftSettings
  var ledger: Ledger { store.ledger }

  public internal(set) var focus: Pane = .accounts
  var sort = AccountSort(.drift)
  var tierFilter: Tier?
  /// Whose accounts are shown (`m`); the review and the agenda follow it.
  var ownerChoice = OwnerChoice.everyone
  var filterText = ""
  /// Whether archived accounts and contacts are shown (`z`), marked as such.
  var showArchived = false
  /// What the last `Z` asked to archive or unarchive: `y` does it, any other key cancels.
  var pendingArchive: ArchiveTarget?
  var list: AccountList
  var granularity: Granularity = .month
  /// What the dashboard is doing: normal, filtering, a review, a form or an overlay.
  var mode: Mode = .normal
  /// The views that forms, questions and the plan were opened from (the agenda, the plan), the
  /// latest last: closing one goes back to the view under it.
  var returns: [Mode] = []
  /// The agenda as last worked out, for the store's revision and the days shown.
  var agendaCache: (revision: Int, days: Int, owner: String?, agenda: Agenda)?
  /// Events recorded (or redone) in this session: undone without asking.
  var recordedHere: Set<String> = []
  /// An event from before this session that the last `u` asked to confirm.
  var pendingUndo: String?
  /// The event that the last `v` asked to confirm voiding.
  var pendingVoid: String?
  /// Runs a sync of the store through its git repository with the sides chosen for conflicts
  /// (the command line gives it); nil when the store is not in a git repository.
  public var sync: SyncRunner?
  /// Whether the store is a temporary copy of the demo (`--demo`): `Y` says it is never synced
  /// rather than how to share it.
  public var isDemoCopy = false
  /// The resolutions of a sync asked for and not yet run: it runs once "Syncing…" is drawn.
  var pendingSync: [SyncResolution]?
  /// What the last sync said, for its overlay.
  var syncOutcome: SyncOutcome?
  /// How the status line and help name the store.
  public var storeLabel: String
  /// The folder a brief is written to (`w` in it): the one the dashboard was started from.
  public var briefFolder = FileManager.default.currentDirectoryPath
  /// The last message shown in the status line.
  public internal(set) var message = ""

  var accountCursor = ScrollState()
  var contactCursor = ScrollState()
  var eventCursor = ScrollState()

  /// The terminal's size, as the last resize gave it.
  var size = (width: 0, height: 0)
  /// The panes' places for the size and focus, made in the update step (`settle`).
  var layout = Layout(width: 0, height: 0, focus: .accounts)
  /// Rows of each shown pane's list area.
  var listRows: [Pane: Int] = [:]
  /// The contacts pane's lines, laid out in the update step for its width.
  var contactLines: ContactsView?
  /// The open overlay's panel and wrapped lines, made in the update step.
  var overlayPanel: OverlayContent?
  /// The selected contact's lines in the contacts pane.
  var contactBlock: Range<Int>? { contactLines?.block(contactCursor.index) }

  /// Figures that cost a pass over events or accounts, kept until the store changes.
  private var cachedAtRevision = -1
  /// The store's load count when the account list was made.
  private(set) var listLoads: Int
  /// Each account's drift report, by account index; kept up to date as the store changes.
  private(set) var drift: [DriftReport] = []
  private var trends: [Int: String] = [:]
  private var newestFirst: (account: Int, events: [Int])?
  private var dueCount: Int?
  private var nameWidth: Int?
  /// Each account's open promises overdue and due soon, by index, and the store revision they
  /// were counted at (see PromiseMarks).
  var promiseCountCache: (revision: Int, counts: [PromiseCounts])?

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

  /// The selected account's contacts as the contacts pane lists them: the people still there,
  /// then those who have left, each in the store's order.
  var selectedContacts: [Int] { selectedAccount.map { contactsInPaneOrder(ofAccount: $0) } ?? [] }

  /// An account's contacts, the people still there first and those who have left after them,
  /// each group in the store's order; so `e`, `d` and the first selection go to someone there.
  /// Archived contacts only while archived things are shown (`z`).
  func contactsInPaneOrder(ofAccount account: Int) -> [Int] {
    var all = ledger.contacts(ofAccount: account)
    if !showArchived { all.removeAll { ledger.contacts[$0].isArchived } }
    let gone = all.filter { ledger.contacts[$0].hasLeft(by: today) }
    return gone.isEmpty ? all : all.filter { !ledger.contacts[$0].hasLeft(by: today) } + gone
  }

  /// The selected account's events, newest first (kept by the update step; see `warmCaches`).
  var selectedEvents: [Int] {
    guard let account = selectedAccount else { return [] }
    if cachedAtRevision == store.revision, let cached = newestFirst, cached.account == account {
      return cached.events
    }
    return ledger.events(ofAccount: account).sorted { a, b in
      let (da, db) = (ledger.eventDay(a), ledger.eventDay(b))
      return da == db ? a > b : da > db
    }
  }

  /// An account's decayed equity at the end of each of the last eight months (the last one
  /// today) as bars from nothing to the row's peak (see `Trend`): an account nobody touches falls
  /// month by month, as its goodwill fades, where the running balance would stay level.
  func trend(of account: Int) -> String {
    if cachedAtRevision == store.revision, let cached = trends[account] { return cached }
    let figures = ledger.trend(of: account, on: today)
    return Trend.bars(figures.values, peak: figures.peak)
  }

  /// The widest account name in the store, in columns, up to `longestName`.
  var longestAccountName: Int {
    if cachedAtRevision == store.revision, let nameWidth { return nameWidth }
    return min(Dashboard.longestName, ledger.accounts.reduce(7) { max($0, DisplayWidth.of($1.name)) })
  }

  /// Accounts with a touch planned for today or before, archived ones left out.
  var plannedTouchesDue: Int {
    if cachedAtRevision == store.revision, let dueCount { return dueCount }
    return ledger.accounts.reduce(0) { $0 + (!$1.isArchived && $1.decision(on: today) == .due ? 1 : 0) }
  }

  /// The update step's part for the figures that cost a pass over events or accounts: they are
  /// worked out here, for the selected account and the accounts in sight, and drawing only reads
  /// them.
  func warmCaches() {
    dropCachesIfTheStoreChanged()
    if let account = selectedAccount, newestFirst?.account != account { newestFirst = (account, selectedEvents) }
    if dueCount == nil { dueCount = plannedTouchesDue }
    if nameWidth == nil { nameWidth = longestAccountName }
    warmPromiseCounts()
    let first = min(accountCursor.offset, list.rows.count)
    let shown = first..<min(list.rows.count, first + (listRows[.accounts] ?? 0))
    for position in shown where trends[list.rows[position]] == nil {
      trends[list.rows[position]] = trend(of: list.rows[position])
    }
  }

  private func dropCachesIfTheStoreChanged() {
    guard cachedAtRevision != store.revision else { return }
    cachedAtRevision = store.revision
    trends = [:]
    newestFirst = nil
    dueCount = nil
    nameWidth = nil
  }

  func rebuildList() {
    let keep = selectedAccount
    list.rebuild(
      ledger: ledger, today: today, filter: filterText, tier: tierFilter, sort: sort, drift: drift,
      showingArchived: showArchived, owner: ownerChoice.name)
    if let keep, let position = list.rows.firstIndex(of: keep) {
      accountCursor.index = position
    } else {
      accountCursor.index = 0
      accountSelectionChanged()
    }
    accountCursor.clamp(count: list.rows.count)
    selectSearchedContact()
  }

  /// Brings the panes up to date after a write, selecting the account (and contact) written.
  /// The account list is made again when accounts were added or edited or the store reloaded;
  /// its search index, when a contact was (`peopleChanged`).
  func storeChanged(
    select accountID: String, contact contactID: String?, accountsChanged: Bool = false, peopleChanged: Bool = false
  ) {
    if accountsChanged || listLoads != store.loads || list.accountCount != ledger.accounts.count {
      list = AccountList(ledger: ledger)
      listLoads = store.loads
      analyseDrift()
    } else if let index = ledger.accountIndex(accountID) {
      if peopleChanged { list.reindexPeople() }
      drift[index] = ledger.drift(account: index, on: today, thresholds: thresholds)
    }
    list.rebuild(
      ledger: ledger, today: today, filter: filterText, tier: tierFilter, sort: sort, drift: drift,
      showingArchived: showArchived, owner: ownerChoice.name)
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
      let position = contactsInPaneOrder(ofAccount: account).firstIndex(where: { ledger.contacts[$0].id == contactID })
    {
      if position != contactCursor.index { contactCursor = ScrollState(index: position, offset: 0) }
    }
    contactCursor.clamp(count: selectedContacts.count)
  }

  /// Every account's drift report, by account index.
  private func analyseDrift() {
    drift = ledger.driftReports(on: today, thresholds: thresholds)
  }

  /// A new account selected: its first contact, or the one the search found it through.
  func accountSelectionChanged() {
    contactCursor = ScrollState()
    eventCursor = ScrollState()
    selectSearchedContact()
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
