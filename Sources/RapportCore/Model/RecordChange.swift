/// Who last changed a record through Rapport, and on which day: the record's field
/// `changed: 2026-12-01 by sam`.
public struct RecordChange: Hashable, Sendable, CustomStringConvertible {
  public var day: Day
  public var author: Author

  public init(day: Day, author: Author) {
    self.day = day
    self.author = author
  }

  /// `2026-12-01 by sam`, as written after `changed:`.
  public var description: String { "\(day) by \(author.name)" }

  /// Reads `DAY by NAME`; the reason it cannot, otherwise.
  public static func parse(_ text: String) -> Result<RecordChange, InputMessage> {
    let parts = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count == 3, parts[1] == "by" else {
      return .failure(InputMessage("changed: write the day and who, as in changed: 2026-12-01 by sam"))
    }
    let day: Day
    switch String(parts[0]).withByteView({ Day.parse($0, 0, $0.count) }) {
    case .success(let parsed): day = parsed
    case .failure(let error): return .failure(InputMessage("changed: \(error.reason)"))
    }
    let name = String(parts[2])
    if let reason = Author.problem(with: name) { return .failure(InputMessage("changed: \(reason)")) }
    return .success(RecordChange(day: day, author: Author(name)!))
  }

  /// The later of two changes; on the same day, `mine`, the one being written.
  public static func later(_ mine: RecordChange?, _ theirs: RecordChange?) -> RecordChange? {
    guard let mine else { return theirs }
    guard let theirs else { return mine }
    return theirs.day > mine.day ? theirs : mine
  }
}

/// A reason a value cannot be read, said to a person.
public struct InputMessage: Error, Hashable, Sendable {
  public var text: String
  public init(_ text: String) { self.text = text }
}
