import ArgumentParser
import RapportCore

/// A value named by one word on the command line, such as an event type or a status.
protocol NamedByWord {
  init?(word: String)
}

extension EventType: NamedByWord {}

/// A command-line word and the value it names. ArgumentParser takes any word; the command's
/// `validate()` refuses one that names nothing, so that the refusal is the command's own
/// message ("'tip' is not a type: use …") rather than ArgumentParser's "The value … is invalid".
struct Word<Value: NamedByWord>: ExpressibleByArgument, CustomStringConvertible {
  /// The word as typed.
  let text: String
  /// What it names, or nil.
  let value: Value?

  init(argument: String) {
    text = argument
    value = Value(word: argument)
  }

  /// The word as typed, which is also what `--help` shows for a default.
  var description: String { text }

  var defaultValueDescription: String { text }
}
