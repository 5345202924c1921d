import RapportCore

/// The timeline pane's view-model: the chart's steps for the selected account, and its events
/// in sight as rows.
struct TimelineView {
  /// The chart: one bucket per step, each `barWidth` columns wide.
  struct Chart {
    var buckets: [TimelineBucket]
    var barWidth: Int
  }

  /// An event as a row of the list.
  struct EventRow {
    /// The event's place in the account's events, newest first.
    var position: Int
    var event: Event
    /// The contact's name, or "(account)".
    var who: String
    var role: StyleRole
  }
}

extension TimelineView {
  /// A label under the chart: its text, after a `╵` at `column`.
  struct AxisLabel: Equatable {
    var column: Int
    var text: String
  }

  /// The labels under a chart whose steps start on `starts`, each `barWidth` columns wide, in
  /// `width` columns. A year's first step says the year (`2026`); the first label before any,
  /// the year too (`Sep'26`, `Q3'26`); the others the month (`Apr`) or the quarter (`Q2`).
  /// Years are placed first, so a long span keeps them, then that first label, then the rest,
  /// each where it fits with a column between labels. Weeks are labelled at a month's first week, months at a
  /// quarter's first (every month when bars are wide), quarters at a year's first (every
  /// quarter when bars are wide).
  static func axisLabels(starts: [Day], granularity: Granularity, barWidth: Int, width: Int) -> [AxisLabel] {
    var years: [AxisLabel] = []
    var first: AxisLabel?
    var others: [AxisLabel] = []
    for (i, start) in starts.enumerated() {
      let (year, month, day) = start.civil
      let isBoundary: Bool
      let isYearStart: Bool
      switch granularity {
      case .week: (isBoundary, isYearStart) = (day <= 7, month == 1 && day <= 7)
      case .month: (isBoundary, isYearStart) = (barWidth >= 4 || (month - 1) % 3 == 0, month == 1)
      case .quarter: (isBoundary, isYearStart) = (barWidth >= 4 || month == 1, month == 1)
      }
      guard isBoundary else { continue }
      let short = granularity == .quarter ? "Q\((month - 1) / 3 + 1)" : Day.shortMonths[month - 1]
      let column = i * barWidth
      if isYearStart {
        years.append(AxisLabel(column: column, text: "\(year)"))
      } else if years.isEmpty && first == nil {
        let twoDigits = year % 100 < 10 ? "0\(year % 100)" : "\(year % 100)"
        first = AxisLabel(column: column, text: short + "'" + twoDigits)
      } else {
        others.append(AxisLabel(column: column, text: short))
      }
    }
    /// The columns a label takes, its `╵` and a column after it included.
    func span(_ label: AxisLabel) -> Range<Int> { label.column..<(label.column + DisplayWidth.of(label.text) + 2) }
    func place(_ labels: [AxisLabel]) -> [AxisLabel] {
      var placed: [AxisLabel] = []
      for label in labels {
        guard label.column + 1 + DisplayWidth.of(label.text) <= width,
          !placed.contains(where: { span($0).overlaps(span(label)) })
        else { continue }
        placed.append(label)
      }
      return placed.sorted { $0.column < $1.column }
    }
    let placed = place(years + (first.map { [$0] } ?? []) + others)
    // When a year follows, the first label can do without its own (Nov before 2025 is 2024's):
    // shorter, if it makes room for the next label, it leaves none out.
    guard var short = first, placed.contains(where: { years.contains($0) }) else { return placed }
    short.text = String(short.text.prefix { $0 != "'" })
    let shorter = place(years + [short] + others)
    return shorter.count > placed.count ? shorter : placed
  }
}

extension Dashboard {
  /// Rows of the timeline's chart inside the pane: half of a tall pane, 4 of a middling one, none
  /// of a short one.
  func chartHeight(_ inner: Rect) -> Int {
    inner.height >= 12 ? max(4, inner.height / 2) : inner.height >= 8 ? 4 : 0
  }

  /// Where the timeline's events are listed, under the chart; nil with no account or no room.
  func eventListRect(in rect: Rect) -> Rect? {
    let inner = rect.inner
    guard selectedAccount != nil, inner.width > 4, inner.height > 0 else { return nil }
    let chart = chartHeight(inner)
    guard inner.height - chart > 0 else { return nil }
    return Rect(x: inner.x, y: inner.y + chart, width: inner.width, height: inner.height - chart)
  }

  /// The chart's steps for `columns` columns: from the account's first event to today, at most
  /// one step a column, and bars as wide as fit (a short history gets wider bars). A history
  /// longer than the columns keeps its latest steps, and the first bar holds everything before
  /// it: its balance already did, and its marks say so too (a deposit years back still shows ▲).
  func chart(account: Int, columns: Int) -> TimelineView.Chart {
    // The oldest event is the last of the selected account's events, newest first.
    let first = selectedEvents.last.map { min(today, ledger.eventDay($0)) } ?? today
    var start = granularity.start(of: today)
    var count = 1
    // Every step back to the first event, within reason (a day typed centuries back is folded too).
    while count < max(columns, 5_000), start > first {
      start = granularity.start(of: start.adding(days: -1))
      count += 1
    }
    var buckets = ledger.timeline(
      events: ledger.events(ofAccount: account), granularity: granularity, count: count, endingOn: today)
    if buckets.count > columns {
      let folded = buckets.count - columns + 1
      var head = buckets[folded - 1]
      head.deposits = buckets[..<folded].reduce(0) { $0 + $1.deposits }
      head.withdrawals = buckets[..<folded].reduce(0) { $0 + $1.withdrawals }
      buckets = [head] + buckets[folded...]
    }
    return TimelineView.Chart(buckets: buckets, barWidth: max(1, min(8, columns / buckets.count)))
  }

  /// The events in sight in a list of `rows` rows, as the event cursor has scrolled it; notes are
  /// read only as far as `noteLimit` characters.
  func eventRows(rows: Int, noteLimit: Int) -> [TimelineView.EventRow] {
    let events = selectedEvents
    let first = min(eventCursor.offset, events.count)
    return (first..<min(events.count, first + rows)).map { position in
      let event = ledger.event(events[position], noteLimit: noteLimit)
      let who =
        event.contact.flatMap { ledger.contactIndex("\(event.account)/\($0)") }.map { ledger.contacts[$0].name }
        ?? "(account)"
      let role: StyleRole =
        event.voided ? .dim : event.type == .withdrawal ? .withdrawal : event.type == .deposit ? .deposit : .favour
      return TimelineView.EventRow(position: position, event: event, who: who, role: role)
    }
  }
}
