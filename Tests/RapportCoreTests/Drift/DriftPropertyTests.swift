import Foundation
import Testing

@testable import RapportCore

/// The drift rules as properties over generated histories: many accounts, drawn from a seeded
/// generator, under thresholds drawn anywhere in their ranges (and under the defaults).
@Suite struct DriftPropertyTests {
  let today = HistoryGenerator.today
  static let seeds: [UInt64] = Array(1...12)

  /// The thresholds of a round: the defaults first, then drawn ones.
  private func settings(_ seed: UInt64, _ generator: inout HistoryGenerator) -> (DriftSettings, Double) {
    seed == 1 ? (DriftSettings(), 180) : (generator.settings(), Double(generator.int(30...400)))
  }

  private func status(points: Int) -> DriftStatus {
    switch points {
    case 0: return .healthy
    case 1: return .cooling
    case 2...3: return .drifting
    default: return .neglected
    }
  }

  @Test(arguments: seeds) func onCadenceIsNeverFlaggedWhateverTheHoneymoon(seed: UInt64) throws {
    var generator = HistoryGenerator(seed: seed)
    let (settings, halfLife) = settings(seed, &generator)
    let histories = (0..<80).map { _ in generator.disciplined(settings) }
    let (_, ledger) = try HistoryGenerator.store(histories, halfLife: halfLife)
    let reports = ledger.driftReports(on: today, thresholds: settings)
    for (index, report) in reports.enumerated() {
      #expect(report.status == .healthy, "a\(index): \(report.reasons.map(\.description))")
      #expect(report.reasons.isEmpty, "a\(index)")
      #expect(report.daysSinceTouch! <= histories[index].cadence(settings))
    }
    // Busy honeymoons were among them, and compared.
    #expect(
      reports.indices.contains { (reports[$0].honeymoonRate ?? 0) > 30 / Double(histories[$0].cadence(settings)) })
  }

  @Test(arguments: seeds) func silenceCountsOnceOnTheCadence(seed: UInt64) throws {
    var generator = HistoryGenerator(seed: seed)
    let (settings, halfLife) = settings(seed, &generator)
    var silences: [Int] = []
    let histories = (0..<80).map { _ in
      let cadence = generator.account(settings).cadence(settings)  // a draw for the length only
      let silence = generator.int(1...8) == 1 ? generator.int(91...400) : generator.int(1...(6 * max(cadence, 15)))
      silences.append(silence)
      return generator.silent(settings, silence: silence)
    }
    let (_, ledger) = try HistoryGenerator.store(histories, halfLife: halfLife)
    for (index, report) in ledger.driftReports(on: today, thresholds: settings).enumerated() {
      let (silence, cadence) = (silences[index], histories[index].cadence(settings))
      #expect(report.daysSinceTouch == silence)
      guard silence > cadence else { continue }
      let promise: DriftReason.Promise =
        histories[index].ownCadence == nil ? .tier(histories[index].tier, days: cadence) : .own(days: cadence)
      // Nothing from the honeymoon, nothing from decay: only the cadence's points.
      #expect(report.reasons == [.overdue(days: silence, promise: promise)], "a\(index)")
      let points = min(4, Int((Double(silence) / Double(cadence)).rounded(.up)) - 1)
      #expect(report.status == status(points: points), "a\(index): \(silence) days, cadence \(cadence)")
      if silence >= settings.recentDays {
        #expect(abs(report.decayed - report.decayedAlone) < 1e-6 * max(1, abs(report.decayed)), "a\(index)")
      }
    }
  }

  @Test(arguments: seeds) func theHoneymoonIsComparedUntilItEndsAndNeverAboveThePromise(seed: UInt64) throws {
    var generator = HistoryGenerator(seed: seed)
    let (settings, halfLife) = settings(seed, &generator)
    // Each history twice: as generated, and without its win.
    let drawn = (0..<60).map { _ in generator.mixed(settings) }
    let histories =
      drawn
      + drawn.map {
        var plain = $0
        plain.wonDaysAgo = nil
        return plain
      }
    let (_, ledger) = try HistoryGenerator.store(histories, halfLife: halfLife)
    let reports = ledger.driftReports(on: today, thresholds: settings)
    for (index, history) in drawn.enumerated() {
      let report = reports[index]
      let cooling = report.reasons.compactMap { reason -> (Int, Int, Double)? in
        guard case .cooling(let touches, let days, _, let expected, _, _, _) = reason else { return nil }
        return (touches, days, expected)
      }
      let model = Self.honeymoonRule(history, settings, today: today)
      guard let model else {
        // Before the honeymoon's end, from `honeymoonEndsDays` after the win on, and with no
        // win: the win makes no difference.
        #expect(report.honeymoonRate == nil, "a\(index)")
        #expect(report.reasons == reports[index + drawn.count].reasons, "a\(index)")
        #expect(report.status == reports[index + drawn.count].status, "a\(index)")
        continue
      }
      let late = report.daysSinceTouch.map { $0 > history.cadence(settings) } ?? true
      let fires =
        !late && model.rate >= settings.honeymoonMinRate
        && Double(model.touches) < model.expected * settings.coolingShare
      #expect(cooling.count == (fires ? 1 : 0), "a\(index): \(report.reasons.map(\.description))")
      if let (touches, days, expected) = cooling.first {
        #expect(touches == model.touches && days == model.days && expected == model.expected, "a\(index)")
        // Capped at the promise: never more than one touch per full cadence in those days.
        #expect(expected <= Double((days - 1) / history.cadence(settings)))
      }
    }
  }

  /// The honeymoon rule as the README words it, from the generated events: nil when there is
  /// no comparison on `today`.
  static func honeymoonRule(_ history: GeneratedHistory, _ settings: DriftSettings, today: Day)
    -> (rate: Double, touches: Int, days: Int, expected: Double)?
  {
    guard let won = history.wonDaysAgo, won >= settings.honeymoonDays, won < settings.honeymoonEndsDays else {
      return nil
    }
    let touchDays = history.touchDays
    let honeymoon = touchDays.filter { ($0 > won - settings.honeymoonDays) && $0 <= won }.count
    let newest = min(settings.recentDays - 1, won - settings.honeymoonDays)
    let touches = touchDays.filter { $0 >= 0 && $0 <= newest }.count
    let days = newest + 1
    let pace = Double(honeymoon) * Double(days) / Double(settings.honeymoonDays)
    let expected = min(pace, Double((days - 1) / history.cadence(settings)))
    return (Double(honeymoon) * 30 / Double(settings.honeymoonDays), touches, days, expected)
  }

  @Test(arguments: seeds) func aBusierHoneymoonDoesNotRaiseTheBarAboveThePromise(seed: UInt64) throws {
    var generator = HistoryGenerator(seed: seed)
    let (settings, halfLife) = settings(seed, &generator)
    // The same history with a honeymoon touched every few days and with one touched daily.
    var pairs: [GeneratedHistory] = []
    for _ in 0..<40 {
      var history = generator.mixed(settings)
      let won = generator.int(settings.honeymoonDays...(settings.honeymoonEndsDays + 1))
      history.wonDaysAgo = won
      let honeymoon = (won - settings.honeymoonDays + 1)...won
      history.events.removeAll { honeymoon.contains($0.daysAgo) }
      var busy = history
      for day in stride(from: won, through: honeymoon.lowerBound, by: -generator.int(2...4)) {
        history.events.append(generator.touch(day))
      }
      for day in honeymoon { busy.events.append(generator.touch(day)) }
      pairs += [history, busy]
    }
    let (_, ledger) = try HistoryGenerator.store(pairs, halfLife: halfLife)
    let reports = ledger.driftReports(on: today, thresholds: settings)
    var compared = 0
    defer { #expect(compared > 0) }
    for pair in stride(from: 0, to: pairs.count, by: 2) {
      guard let model = Self.honeymoonRule(pairs[pair], settings, today: today),
        model.expected == Double((model.days - 1) / pairs[pair].cadence(settings))
      else { continue }
      // The quieter honeymoon already reaches the promise: the busier one asks for no more.
      // (Its other figures, the last touch and the equity, may differ.)
      guard reports[pair].daysSinceTouch == reports[pair + 1].daysSinceTouch else { continue }
      let figures = reports[pair...pair + 1].map { report in
        report.reasons.compactMap { reason -> [Double]? in
          guard case .cooling(let touches, let days, _, let expected, _, _, _) = reason else { return nil }
          return [Double(touches), Double(days), expected]
        }
      }
      #expect(figures[0] == figures[1], "a\(pair)")
      compared += 1
    }
  }

  @Test(arguments: seeds) func reasonsAreSentencesWithTheirNumbers(seed: UInt64) throws {
    var generator = HistoryGenerator(seed: seed)
    let (settings, halfLife) = settings(seed, &generator)
    let histories =
      (0..<80).map { _ in generator.chance(0.5) ? generator.mixed(settings) : generator.disciplined(settings) }
      + [GeneratedHistory(tier: .b, ownCadence: nil, wonDaysAgo: nil)]
    let (_, ledger) = try HistoryGenerator.store(histories, halfLife: halfLife)
    var seen = Set<String>()
    for report in ledger.driftReports(on: today, thresholds: settings) {
      for reason in report.reasons {
        let text = reason.description
        #expect(text.first.map { $0.isUppercase || $0.isNumber } == true, "\(text)")
        #expect(!text.contains("nan") && !text.contains("inf") && !text.contains("  ") && !text.hasSuffix("."))
        #expect(Self.figures(of: reason).allSatisfy { text.contains($0) }, "\(text) lacks \(Self.figures(of: reason))")
        seen.insert(Mirror(reflecting: reason).children.first?.label ?? "")
      }
    }
    #expect(seen.contains("overdue") && seen.contains("neverTouched"), "\(seen)")
  }

  /// The numbers a reason's sentence must carry.
  static func figures(of reason: DriftReason) -> [String] {
    let one = Weight.format(oneDecimal:)
    switch reason {
    case .overdue(let days, let promise): return ["\(days) days", "every \(promise.days) days"]
    case .neverTouched(let promise): return ["every \(promise.days) days"]
    case .cooling(let touches, let days, _, let expected, _, let rate, let honeymoonDays):
      return ["\(touches) touch", "\(days) days", one(expected), one(rate), "\(honeymoonDays) days"]
    case .equityFell(let from, let to, let alone, let days):
      return [one(from), one(to), one(alone), "\(days) days"]
    case .belowZero(let hundredths): return [Weight.format(hundredths: hundredths, signed: false)]
    case .askedWithoutGiving(let favours):
      return [
        FavourBalance.format(favours.askedHundredths), FavourBalance.format(favours.givenHundredths),
        favours.window.wording,
      ]
    case .withdrawalRun(let run): return ["\(run)"]
    case .singleThreaded(let name, let touches, let days, let accountLevel):
      return [name, touches == 1 ? "one touch" : "\(touches) touches", "\(days) days"]
        + (accountLevel > 0 ? ["\(accountLevel) more"] : [])
    case .keyPersonLeft(let name, _, let day, let daysAgo): return [name, "\(day)", "\(daysAgo) day"]
    case .reassess(_, _, let due): return ["\(due)"]
    case .promiseOverdue(let what, let to, let days, let due): return [what, to, "\(days) day", "\(due)"]
    case .tooManyPromises(let open, let limit): return ["\(open) promises", "than \(limit)"]
    case .promisesMissed(let missed, let closed, let share, let window):
      return ["Missed \(missed)", "the \(closed)", "\(Int(share * 100))%", window.wording]
    case .plannedTouchDue(let day, let days, let note):
      return (days == 0 ? ["today"] : ["\(day)", "\(days) day"]) + (note.isEmpty ? [] : [note])
    case .noPlan(let tier): return ["tier \(tier.rawValue)"]
    case .planReviewOverdue(let due, let days): return ["\(due)", "\(days) day"]
    case .untouched, .careerGoalUnserved, .reassessUndated: return []
    }
  }
}
