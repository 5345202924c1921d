import Foundation
import RapportCore

/// How the accounts pane is ordered.
public enum SortOrder: String, CaseIterable, Sendable {
  case drift, name, equity
  case lastTouch = "last touch"
}

/// The accounts pane's rows: filtered by text and tier, then sorted.
struct AccountList {
  private(set) var rows: [Int] = []
  /// Names and ids folded for matching: lowercase, accents removed.
  private let folded: [String]
  /// Names folded for sorting.
  private let sortNames: [String]
  private let tiers: [Tier]

  /// How many accounts the list was made for.
  var accountCount: Int { tiers.count }

  init(ledger: Ledger) {
    // Ids are lowercase ASCII already: only the names need folding.
    sortNames = ledger.accounts.map { AccountList.fold($0.name) }
    folded = zip(sortNames, ledger.accounts).map { $0 + " " + $1.id }
    tiers = ledger.accounts.map(\.tier)
  }

  static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
  }

  /// Filters and sorts the accounts; `drift` holds each account's drift report, by index.
  mutating func rebuild(
    ledger: Ledger, today: Day, filter: String, tier: Tier?, sort: SortOrder, drift: [DriftReport]
  ) {
    let needle = AccountList.fold(filter)
    var rows: [Int] = []
    rows.reserveCapacity(ledger.accounts.count)
    for index in ledger.accounts.indices {
      if let tier, tiers[index] != tier { continue }
      if !needle.isEmpty, !folded[index].contains(needle) { continue }
      rows.append(index)
    }
    // Keys are computed once per row; ties keep file order, so the list never jumps.
    func by<T: Comparable>(_ key: (Int) -> T, descending: Bool) {
      let keys = rows.map(key)
      let order = keys.indices.sorted { a, b in
        keys[a] == keys[b] ? rows[a] < rows[b] : (descending ? keys[a] > keys[b] : keys[a] < keys[b])
      }
      rows = order.map { rows[$0] }
    }
    switch sort {
    case .name:
      by({ sortNames[$0] }, descending: false)
    case .equity:
      by({ ledger.totals(account: $0).balanceHundredths }, descending: true)
    case .lastTouch:
      by({ ledger.totals(account: $0).lastTouch?.ordinal ?? .min }, descending: true)
    case .drift:
      rows = ledger.inReviewOrder(rows, reports: drift, on: today)
    }
    self.rows = rows
  }
}
