import RapportCore

extension Dashboard {
  /// The selected account's equity over time as a bar chart, then its events, newest first.
  func drawTimeline(_ frame: inout Frame, _ rect: Rect) {
    let focused = focus == .timeline
    let account = selectedAccount
    let name = account.map { " · \(ledger.accounts[$0].name)" } ?? ""
    let title = "Equity\(name) · by \(granularity.rawValue)"
    frame.box(rect, title: title, focused: focused)
    let inner = rect.inner
    guard let account, inner.width > 4, inner.height > 0 else { return }

    let chartHeight = chartHeight(inner)
    if chartHeight > 0 {
      drawChartLegend(&frame, rect, titleWidth: DisplayWidth.of(title))
      drawChart(&frame, Rect(x: inner.x, y: inner.y, width: inner.width, height: chartHeight), account: account)
    }
    let listRect = Rect(x: inner.x, y: inner.y + chartHeight, width: inner.width, height: inner.height - chartHeight)
    drawEvents(&frame, listRect, focused: focused)
    // Where the cursor is among the events, in the bottom border, while the list has the focus.
    let count = selectedEvents.count
    if focused, count > 0 {
      let place = " \(min(eventCursor.index, count - 1) + 1)/\(count) "
      let x = rect.x + rect.width - 2 - DisplayWidth.of(place)
      if x > rect.x + 1 { frame.put(place, x: x, y: rect.y + rect.height - 1, role: .dim) }
    }
  }

  /// Bars of the running balance per step, the decayed balance as dots, and a row of ▲ ▼ marks
  /// for the steps with deposits or withdrawals; the last row labels the time axis. A short
  /// history is drawn with wider bars rather than empty steps.
  private func drawChart(_ frame: inout Frame, _ rect: Rect, account: Int) {
    let axisWidth = 6
    let columns = max(1, rect.width - axisWidth - 1)
    // From the first event to today, right-aligned so that today is always at the right edge.
    let chart = chart(account: account, columns: columns)
    let (buckets, barWidth, count) = (chart.buckets, chart.barWidth, chart.buckets.count)
    let plotHeight = rect.height - 2
    guard plotHeight >= 1 else { return }
    let values = buckets.flatMap { [$0.balance, $0.decayed] }
    let high = max(0, values.max() ?? 0)
    let low = min(0, values.min() ?? 0)
    let span = max(high - low, 1)
    let eighthsPerRow = 8.0
    let totalEighths = Double(plotHeight) * eighthsPerRow
    /// Height in eighths of a cell above the bottom of the plot for a value.
    func level(_ value: Double) -> Double { (value - low) / span * totalEighths }
    let zero = level(0)

    frame.put(DisplayWidth.fit(amount(high), to: axisWidth, alignRight: true), x: rect.x, y: rect.y, role: .axis)
    frame.put(
      DisplayWidth.fit(amount(low), to: axisWidth, alignRight: true), x: rect.x, y: rect.y + plotHeight - 1,
      role: .axis)
    let blocks: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    let x0 = rect.x + axisWidth + 1 + (columns - count * barWidth)
    for (i, bucket) in buckets.enumerated() {
      let x = x0 + i * barWidth
      let bar = max(1, barWidth - (barWidth > 2 ? 1 : 0))
      let top = level(bucket.balance)
      let (from, to) = bucket.balance >= 0 ? (zero, top) : (top, zero)
      var covered = Set<Int>()
      for row in 0..<plotHeight {
        let cellBottom = Double(plotHeight - 1 - row) * eighthsPerRow
        let overlap = min(to, cellBottom + eighthsPerRow) - max(from, cellBottom)
        let eighths = Int(overlap.rounded())
        guard eighths > 0 else { continue }
        // Positive bars grow up from the zero line, so a partial cell is a lower block; negative
        // bars hang down from it and are drawn in whole cells.
        let character: Character =
          eighths >= 8 ? "█" : bucket.balance >= 0 ? blocks[eighths] : (eighths >= 4 ? "█" : " ")
        if character != " " {
          covered.insert(row)
          frame.put(
            String(repeating: character, count: bar), x: x, y: rect.y + row,
            role: bucket.balance < 0 ? .withdrawal : .chartBalance)
        }
      }
      // The decayed balance never hides a bar: inside one it recolours the block, outside it is a dot.
      let decayedRow = plotHeight - 1 - max(0, min(plotHeight - 1, Int(level(bucket.decayed) / eighthsPerRow)))
      if covered.contains(decayedRow) {
        frame.paint(Rect(x: x, y: rect.y + decayedRow, width: bar, height: 1), role: .chartDecayed)
      } else {
        frame.put(String(repeating: "•", count: bar), x: x, y: rect.y + decayedRow, role: .chartDecayed)
      }
      let mark: BarMark? =
        bucket.deposits > 0 && bucket.withdrawals < 0
        ? Dashboard.barMarks[2]
        : bucket.deposits > 0 ? Dashboard.barMarks[0] : bucket.withdrawals < 0 ? Dashboard.barMarks[1] : nil
      if let mark { frame.put(mark.mark, x: x + (bar - 1) / 2, y: rect.y + plotHeight, role: mark.role) }
    }
    drawAxisLabels(
      &frame, buckets: buckets, x: x0, y: rect.y + plotHeight + 1, width: count * barWidth, barWidth: barWidth)
  }

  /// The chart's key, drawn into the pane's top border when it fits.
  func drawChartLegend(_ frame: inout Frame, _ rect: Rect, titleWidth: Int) {
    let parts: [(String, StyleRole)] =
      [(" █", .chartBalance), (" equity ", .dim), ("•", .chartDecayed), (" decayed ", .dim)]
      + Dashboard.barMarks.flatMap { [($0.mark, $0.role), (" \($0.word) ", .dim)] }
    let width = parts.reduce(0) { $0 + DisplayWidth.of($1.0) }
    var x = rect.x + rect.width - 2 - width
    guard x > rect.x + 2 + titleWidth + 2 else { return }
    for (text, role) in parts { x += frame.put(text, x: x, y: rect.y, role: role) }
  }

  private func drawAxisLabels(
    _ frame: inout Frame, buckets: [TimelineBucket], x: Int, y: Int, width: Int, barWidth: Int
  ) {
    let labels = TimelineView.axisLabels(
      starts: buckets.map(\.start), granularity: granularity, barWidth: barWidth, width: width)
    for label in labels { frame.put("╵" + label.text, x: x + label.column, y: y, role: .axis) }
  }

  private func drawEvents(_ frame: inout Frame, _ rect: Rect, focused: Bool) {
    guard rect.height > 0 else { return }
    // Only the note's start can show on the row.
    let rows = eventRows(rows: rect.height, noteLimit: 4 * rect.width + 64)
    guard !selectedEvents.isEmpty else {
      frame.put("No events yet", x: rect.x + 1, y: rect.y, role: .dim, limit: rect.width - 1)
      return
    }
    let wide = rect.width >= 70
    let whoWidth = wide ? 16 : 10
    // Who recorded each event: a short column, when the store names any author.
    let authorWidth = ledger.hasEventAuthors ? (wide ? 10 : 6) : 0
    for (row, line) in rows.enumerated() {
      let (event, role) = (line.event, line.role)
      let y = rect.y + row
      var x = rect.x + 1
      x += frame.put(event.day.description + " ", x: x, y: y, role: .dim, limit: rect.x + rect.width - x)
      x += frame.put(
        DisplayWidth.fit(event.weight.description, to: 6, alignRight: true) + " ", x: x, y: y,
        role: role)
      if wide {
        x += frame.put(DisplayWidth.fit(event.type.word, to: 13), x: x, y: y, role: role)
        x += frame.put(DisplayWidth.fit(event.kind, to: 15), x: x, y: y, role: .dim)
      } else {
        x += frame.put(event.type == .withdrawal ? "▼ " : "▲ ", x: x, y: y, role: role)
      }
      x += frame.put(
        DisplayWidth.fit(line.who, to: whoWidth) + " ", x: x, y: y, role: .normal, limit: rect.x + rect.width - x)
      if authorWidth > 0 {
        x += frame.put(
          DisplayWidth.fit(event.author?.name ?? "", to: authorWidth) + " ", x: x, y: y, role: .dim,
          limit: rect.x + rect.width - x)
      }
      if event.voided { x += frame.put("(void) ", x: x, y: y, role: .dim, limit: rect.x + rect.width - x) }
      frame.put(
        DisplayWidth.truncate(event.note, to: rect.x + rect.width - x), x: x, y: y,
        role: event.voided ? .dim : .normal)
      if focused, line.position == eventCursor.index {
        frame.paint(Rect(x: rect.x, y: y, width: rect.width, height: 1), role: .selected)
      }
    }
  }
}

extension Day {
  /// `Jan` … `Dec`, for the timeline's axis.
  static let shortMonths = monthNames.map { String($0.prefix(3)) }
}

/// A mark under a bar of the timeline's chart: what the events in it were.
struct BarMark {
  var mark: String
  var role: StyleRole
  /// The chart's key: "in".
  var word: String
  /// The help's line.
  var meaning: String
}

extension Dashboard {
  /// Deposits, withdrawals, both: the marks under the chart's bars, in that order, for the chart,
  /// its key and the help.
  static let barMarks = [
    BarMark(mark: "▲", role: .deposit, word: "in", meaning: "deposits in the bar's days"),
    BarMark(mark: "▼", role: .withdrawal, word: "out", meaning: "withdrawals in the bar's days"),
    BarMark(mark: "◆", role: .accent, word: "both", meaning: "deposits and withdrawals in the bar's days"),
  ]
}
