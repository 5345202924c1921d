import RapportCore

/// How many of an account's open promises are past their due day, and how many fall due within
/// `Dashboard.promiseSoonDays` (today included).
struct PromiseCounts: Equatable, Sendable {
  var overdue = 0
  var dueSoon = 0
}

extension Dashboard {
  /// A promise due within this many days is marked as due soon.
  static let promiseSoonDays = 3

  /// The account's promise counts: from the table made once per store change, or worked out for
  /// this account alone while the table is stale.
  func promiseCounts(of index: Int) -> PromiseCounts {
    if let cache = promiseCountCache, cache.revision == store.revision, cache.counts.indices.contains(index) {
      return cache.counts[index]
    }
    return Dashboard.counts(ledger.openPromises(account: index), today: today)
  }

  /// The update step's part: every account's promise counts, in one pass over the promises, when
  /// the store changed since they were made.
  func warmPromiseCounts() {
    guard promiseCountCache?.revision != store.revision else { return }
    var counts = [PromiseCounts](repeating: PromiseCounts(), count: ledger.accounts.count)
    for promise in ledger.openPromises {
      guard let index = ledger.accountIndex(promise.account) else { continue }
      counts[index] = Dashboard.counts([promise], today: today, adding: counts[index])
    }
    promiseCountCache = (store.revision, counts)
  }

  private static func counts(_ promises: [Promise], today: Day, adding start: PromiseCounts = PromiseCounts())
    -> PromiseCounts
  {
    var counts = start
    for promise in promises where promise.isOpen {
      let days = today.days(to: promise.due)
      if days < 0 {
        counts.overdue += 1
      } else if days <= promiseSoonDays {
        counts.dueSoon += 1
      }
    }
    return counts
  }

  /// The mark of a promise due: a flag, one column wide in every terminal (not of ambiguous
  /// width), and none of the timeline's marks (`barMarks`).
  static let promiseMark = "⚑"

  /// The marks column's legend, for the help: every mark, in the order they win.
  static var markLegend: [(mark: String, meaning: String)] { AccountMark.allCases.map { ($0.text, $0.meaning) } }
}
