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
  /// one step a column, and bars as wide as fit (a short history gets wider bars).
  func chart(account: Int, columns: Int) -> TimelineView.Chart {
    // The oldest event is the last of the selected account's events, newest first.
    let first = selectedEvents.last.map { min(today, ledger.eventDay($0)) } ?? today
    var start = granularity.start(of: today)
    var count = 1
    while count < columns, start > first {
      start = granularity.start(of: start.adding(days: -1))
      count += 1
    }
    let buckets = ledger.timeline(
      events: ledger.events(ofAccount: account), granularity: granularity, count: count, endingOn: today)
    return TimelineView.Chart(buckets: buckets, barWidth: max(1, min(8, columns / count)))
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
