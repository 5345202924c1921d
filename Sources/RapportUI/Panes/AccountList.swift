import Foundation
import RapportCore

/// What the accounts pane is ordered by, each in its most useful direction first: the worst
/// drift, names A to Z, the most equity, the least decayed equity (the least goodwill left to
/// draw on), the longest since a touch (never touched before anything).
public enum SortOrder: String, CaseIterable, Sendable {
  case drift, name, equity, decayed
  case lastTouch = "last touch"

  /// Which rows come first, as the title says it: in the usual direction, or reversed.
  func first(reversed: Bool) -> String {
    switch self {
    case .drift: return reversed ? "mildest first" : "worst first"
    case .name: return reversed ? "Z–A" : "A–Z"
    case .equity: return reversed ? "lowest first" : "highest first"
    case .decayed: return reversed ? "highest first" : "lowest first"
    case .lastTouch: return reversed ? "newest first" : "oldest first"
    }
  }
}

/// The accounts pane's order: what by, and whether `S` turned it round.
struct AccountSort: Equatable {
  var order: SortOrder
  var reversed = false

  init(_ order: SortOrder, reversed: Bool = false) {
    self.order = order
    self.reversed = reversed
  }

  /// "drift, worst first", "name, Z–A".
  var description: String { "\(order.rawValue), \(order.first(reversed: reversed))" }

  /// The next order of `s`'s cycle, in its usual direction.
  var next: AccountSort {
    let all = SortOrder.allCases
    return AccountSort(all[(all.firstIndex(of: order)! + 1) % all.count])
  }

  /// The mark after the sorted column's header: ▾ in the usual direction, ▴ reversed.
  var mark: String { reversed ? "▴" : "▾" }
}

/// The accounts pane's rows: filtered by a search of accounts and contacts, by tier and by
/// owner, then sorted.
struct AccountList {
  private(set) var rows: [Int] = []
  /// Why each account matched the search, by account index; empty without a search.
  private(set) var hits: [SearchHit?] = []
  /// Every account's and contact's text, folded for the search when it is first needed (the
  /// first key after `/`), and kept until a contact changes: nothing is folded again per key.
  private var people: PeopleIndex?
  /// Names folded for sorting, made the first time the list is sorted by name.
  private var sortNames: [String]?
  private let tiers: [Tier]

  /// How many accounts the list was made for.
  var accountCount: Int { tiers.count }

  init(ledger: Ledger) {
    tiers = ledger.accounts.map(\.tier)
  }

  static func fold(_ text: String) -> String { SearchFolding.fold(text) }

  /// Forgets the people's folded texts after a contact was added or edited: the next search
  /// folds them again.
  mutating func reindexPeople() { people = nil }

  /// Why `account` is in the list, while a search is on.
  func hit(_ account: Int) -> SearchHit? { hits.indices.contains(account) ? hits[account] : nil }

  /// Filters and sorts the accounts; `drift` holds each account's drift report, by index;
  /// `owner`, when given, keeps that owner's accounts (case ignored).
  mutating func rebuild(
    ledger: Ledger, today: Day, filter: String, tier: Tier?, sort: AccountSort, drift: [DriftReport],
    showingArchived: Bool = false, owner: String? = nil
  ) {
    if filter.isEmpty {
      hits = []
    } else {
      let people = self.people ?? PeopleIndex(ledger: ledger)
      self.people = people
      hits = people.search(filter)
    }
    var rows: [Int] = []
    rows.reserveCapacity(ledger.accounts.count)
    for index in ledger.accounts.indices {
      if let tier, tiers[index] != tier { continue }
      if !showingArchived, ledger.accounts[index].isArchived { continue }
      if let owner, !ledger.accounts[index].isOwned(by: owner) { continue }
      if !hits.isEmpty, hits[index] == nil { continue }
      rows.append(index)
    }
    // Keys are computed once per row; ties keep file order, so the list never jumps, reversed too.
    func by<T: Comparable>(_ key: (Int) -> T, descending usually: Bool) {
      let descending = usually != sort.reversed
      let keys = rows.map(key)
      let order = keys.indices.sorted { a, b in
        keys[a] == keys[b] ? rows[a] < rows[b] : (descending ? keys[a] > keys[b] : keys[a] < keys[b])
      }
      rows = order.map { rows[$0] }
    }
    switch sort.order {
    case .name:
      let names = sortNames ?? ledger.accounts.map { AccountList.fold($0.name) }
      sortNames = names
      by({ names[$0] }, descending: false)
    case .equity:
      by({ ledger.totals(account: $0).balanceHundredths }, descending: true)
    case .decayed:
      by({ ledger.decayedBalance(account: $0, on: today) }, descending: false)
    case .lastTouch:
      // The longest since a touch first, and never touched before that.
      by({ ledger.totals(account: $0).lastTouch?.ordinal ?? .min }, descending: false)
    case .drift:
      rows = ledger.inReviewOrder(rows, reports: drift, on: today)
      if sort.reversed { rows.reverse() }
    }
    self.rows = rows
  }
}
