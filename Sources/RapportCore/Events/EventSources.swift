// The sources (`src:TEXT`) that events already carry, for an import to skip what it added before.
extension EventLog {
  /// Every source written on an event line of the file, voided events' included: an imported
  /// event that was voided is not brought back by importing again.
  func sources() -> Set<EventSource> {
    var found: Set<EventSource> = []
    bytes.withByteView { buffer in
      var start = 0
      while start < buffer.count {
        let (end, next) = buffer.line(from: start, before: buffer.count)
        var cursor = LineCursor(buffer, from: start, to: end)
        while true {
          cursor.skipSpaces()
          if cursor.peek == Byte.quote {
            guard cursor.quoted() != nil else { break }
            continue
          }
          guard let token = cursor.bareToken() else { break }
          if token.count > 4, buffer.equals(token.lowerBound..<(token.lowerBound + 4), "src:"),
            EventSource.problem(buffer, (token.lowerBound + 4)..<token.upperBound) == nil
          {
            found.insert(EventSource(buffer.string((token.lowerBound + 4)..<token.upperBound)))
          }
        }
        start = next
      }
    }
    return found
  }
}

extension Ledger {
  /// The sources of the events recorded, for imports: see `EventLog.sources()`.
  public var eventSources: Set<EventSource> { log.sources() }
}
