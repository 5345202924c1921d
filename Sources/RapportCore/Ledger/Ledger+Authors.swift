/// Who wrote the events: what the screens show of it.
extension Ledger {
  /// Whether any line of the events file names its author (`by:`).
  public var hasEventAuthors: Bool { log.authorTable.authors.count > 1 }

  /// The author of the contact's latest live touch on `day` (its last touch): of several that
  /// day, the one written last; nil when it names none.
  public func touchAuthor(contact index: Int, on day: Day) -> Author? {
    guard hasEventAuthors else { return nil }
    for position in eventsOfContact[index].reversed() {
      let entry = log.entries[Int(position)]
      if !entry.voided, entry.type.isTouch, entry.day == day.ordinal { return log.author(entry.author) }
    }
    return nil
  }
}
