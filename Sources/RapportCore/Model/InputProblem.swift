/// Why something typed or given to the store was refused, with what was given; `description`
/// says it in words that say what to type instead.
///
/// The file readers have their own, narrower reasons (`Day.ParseError`, `Weight.ParseError`),
/// which the problems of typed input wrap.
public enum InputProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// The kind of record a problem is about.
  public enum Record: String, Hashable, Sendable {
    case account, contact
  }

  /// Not a day such as today, -3d or YYYY-MM-DD.
  case notADay(String)
  /// A day more than one day after today (`latest`, tomorrow): events record the past. `typed`
  /// is what was typed for it.
  case futureDay(Day, typed: String, latest: Day)
  /// Not a weight, and why.
  case notAWeight(String, Weight.ParseError)
  /// A withdrawal's weight written with a plus sign; `instead` is what to write.
  case positiveWithdrawal(String, instead: Weight)
  /// A negative weight for a type of event that adds.
  case negativeTouch(String, EventType)
  /// Not a kind: a lowercase word.
  case notAKind(String)
  /// A kind listed for other types (`of`) given for an event of another type (`given`).
  case kindOfAnotherType(String, of: [EventType], given: EventType)
  /// A day further back than events go: `earliest` is the first day allowed. `typed` is what
  /// was typed for it (`-4000d`).
  case tooFarBack(Day, typed: String, earliest: Day)
  /// Not an identifier of an account or contact.
  case notAnId(String, Record)
  /// A record's name is empty or blank.
  case noName(Record)
  /// A contact's flag that is not a word.
  case notAFlag(String)
  /// A character a terminal would act on.
  case controlCharacter(ControlCharacterProblem)

  /// A day as it was typed, with the date when that was a word or a count of days:
  /// `-4000d (2015-12-19)`, `2027-01-01`.
  static func shown(_ day: Day, _ typed: String) -> String {
    typed.isEmpty || typed == day.description ? day.description : "\(typed) (\(day))"
  }

  public var description: String {
    switch self {
    case .notADay(let text):
      return "'\(text)' is not a day: write today, yesterday (or y), tomorrow, -3d (three days ago) or YYYY-MM-DD"
    case .futureDay(let day, let typed, let latest):
      return "\(Self.shown(day, typed)) is in the future: an event records something that happened, "
        + "on tomorrow (\(latest)) at the latest"
    case .notAWeight(let text, let error):
      return "'\(text)': \(error.reason)"
    case .positiveWithdrawal(let text, let instead):
      return "'\(text)': a withdrawal takes away; write \(instead) or leave out the sign"
    case .negativeTouch(let text, let type):
      return "'\(text)': a \(type.word) adds; for a loss record a withdrawal"
    case .notAKind(let kind):
      // The words typed, made one lowercase word when they can be (site visit: site-visit).
      let word = kind.lowercased().split { $0 == " " || $0 == "_" }.joined(separator: "-")
      return "'\(kind)' is not a kind: use a lowercase word such as \(EventKinds.isValid(word) ? word : "insight")"
    case .kindOfAnotherType(let kind, let others, let type):
      let owners = others.map { $0.label.lowercased() + "'s" }.joined(separator: " or ")
      let words = others.map(\.word).joined(separator: " or ")
      let own = EventKinds.choices(for: type).map(\.kind).joined(separator: ", ")
      return "\(kind) is a \(owners) kind: use \(words), or a \(type.label.lowercased()) kind: \(own)"
    case .tooFarBack(let day, let typed, let earliest):
      return
        "\(Self.shown(day, typed)) is more than \(DayInput.yearsBack) years ago: events go back \(DayInput.yearsBack) years at most,"
        + " to \(earliest)"
    case .notAnId(let id, let record):
      return "'\(id)' is not \(record == .account ? "an" : "a") \(record.rawValue) id: \(Identifier.rule)"
    case .noName(let record):
      return "\(record == .account ? "an" : "a") \(record.rawValue) needs a name"
    case .notAFlag(let flag):
      return "flag '\(flag)' is not a word: \(Identifier.rule)"
    case .controlCharacter(let problem):
      return problem.description
    }
  }
}
