/// The drift analysis's rules about promises (seeds 001 and 003: a promise kept is the surest
/// deposit, one broken the surest withdrawal, so promise only what you know you can deliver).
extension Ledger {
  /// A reason about promises and its points.
  struct PromiseReason {
    var points: Int
    var reason: DriftReason
  }

  /// Every account's promise reasons, by account index: each open promise past its due day
  /// (two points, most overdue first), more open promises than `promises-open-max` (a point),
  /// and more than `promises-missed-share` of the promises closed in the window missed, once
  /// at least `promises-judged-min` were closed (a point). Promises are few: one pass over them.
  func promiseReasons(on today: Day, settings: DriftSettings, only account: Int? = nil) -> [Int: [PromiseReason]] {
    let window = settings.favourWindow(endingOn: today)
    var open: [Int: Int] = [:]
    var closed: [Int: (kept: Int, missed: Int)] = [:]
    for entry in log.promises.entries where !entry.voided {
      let index = Int(entry.account)
      if let account, account != index { continue }
      switch entry.status {
      case .open: open[index, default: 0] += 1
      case .kept, .missed:
        guard let day = entry.closed.map(Day.init(ordinal:)), day >= window.first, day <= window.last else { continue }
        if entry.status == .kept {
          closed[index, default: (0, 0)].kept += 1
        } else {
          closed[index, default: (0, 0)].missed += 1
        }
      case .dropped: break
      }
    }
    var reasons: [Int: [PromiseReason]] = [:]
    for (index, reason) in overduePromiseReasons(on: today) where account == nil || account == index {
      reasons[index, default: []].append(PromiseReason(points: 2, reason: reason))
    }
    for (index, count) in open where count > settings.promisesOpenMax {
      reasons[index, default: []].append(
        PromiseReason(points: 1, reason: .tooManyPromises(open: count, limit: settings.promisesOpenMax)))
    }
    for (index, counts) in closed {
      let judged = counts.kept + counts.missed
      guard judged >= settings.promisesJudgedMin, Double(counts.missed) > Double(judged) * settings.promisesMissedShare
      else { continue }
      reasons[index, default: []].append(
        PromiseReason(
          points: 1,
          reason: .promisesMissed(
            missed: counts.missed, closed: judged, share: settings.promisesMissedShare, window: window)))
    }
    return reasons
  }
}
