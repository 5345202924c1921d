extension Dashboard {
  /// The update step for the terminal's size: lays the panes out again when it changed.
  public func resize(width: Int, height: Int) {
    guard width != size.width || height != size.height else { return }
    size = (width, height)
    settle()
  }

  /// The update step after every key, pause and resize: the layout for the size and focus, and
  /// every shown list, card and overlay scrolled and clamped so that what is selected shows.
  /// Rendering then only reads.
  func settle() {
    layout = Layout(width: size.width, height: size.height, focus: focus, accountsWidth: accountsPaneWidth)
    listRows = [:]
    contactLines = nil
    overlayPanel = nil
    warmCaches()
    guard !layout.tooSmall else { return }
    if let rect = layout.panes[.accounts], let rows = accountListRows(in: rect) {
      listRows[.accounts] = rows
      accountCursor.reveal(rows: rows, count: list.rows.count)
    }
    if let rect = layout.panes[.contacts] { settleContacts(rect.inner) }
    if let rect = layout.panes[.timeline], let events = eventListRect(in: rect) {
      listRows[.timeline] = events.height
      eventCursor.reveal(rows: events.height, count: selectedEvents.count)
    }
    if var review, let rect = layout.panes[.accounts], rect.inner.width > 2, rect.inner.height > 0,
      let card = reviewCard(rect)
    {
      let first = max(0, min(review.scroll, card.lines.count - card.rows))
      if first != review.scroll {
        review.scroll = first
        setReview(review)
      }
    }
    overlayPanel = overlayContent()
    if let content = overlayPanel, content.inner.width > 2, content.inner.height > 0 {
      overlayScroll = max(0, min(overlayScroll, content.lines.count - content.inner.height))
    }
    settleAgenda()
    settlePlan()
    warmCaches()
  }

  /// The item under a screen row of a pane, for a click: an account's place in the list, a
  /// contact's, or an event's.
  func item(at y: Int, in pane: Pane) -> Int? {
    guard let rect = layout.panes[pane] else { return nil }
    switch pane {
    case .accounts:
      guard let rows = listRows[.accounts] else { return nil }
      let row = y - rect.inner.y - 1
      let position = accountCursor.offset + row
      return (0..<rows).contains(row) && position < list.rows.count ? position : nil
    case .contacts:
      guard let lines = contactLines?.lines else { return nil }
      let row = y - rect.inner.y
      let n = contactCursor.offset + row
      return (0..<rect.inner.height).contains(row) && n < lines.count ? lines[n].contact : nil
    case .timeline:
      guard let events = eventListRect(in: rect) else { return nil }
      let row = y - events.y
      let position = eventCursor.offset + row
      return (0..<events.height).contains(row) && position < selectedEvents.count ? position : nil
    }
  }
}
