/// The lines of the events file a change added, read just enough to say what they record: the
/// commit summary ("3 deposits, 1 promise kept") and the arrivals ("Jane logged 2 touches on
/// Acme"). The loader reads them in full when the store is checked.
struct EventLineSummary {
  enum What: Equatable {
    case event(EventType)
    case promise
    case promiseMark(PromiseMark.Action)
    case void, restore
  }

  var what: What
  /// The account the line is about (for a promise's mark, the promise's id until it is looked up).
  var account: String
  /// The id a mark names.
  var reference: String?
  /// `by:NAME` on the line, when written.
  var author: String?

  /// Reads one line; nil for comments, blank lines and lines that are not an event.
  init?(_ line: Substring) {
    let words = EventLineSummary.words(line)
    guard words.count >= 3, words[0].first?.isNumber == true else { return nil }
    author = words.dropFirst(3).first { $0.hasPrefix("by:") }.map { EventLineSummary.unquoted($0.dropFirst(3)) }
    switch words[1] {
    case "void", "restore":
      what = words[1] == "void" ? .void : .restore
      account = ""
      reference = String(words[2])
      return
    default: break
    }
    if let action = [PromiseMark.Action.kept, .missed, .dropped, .reopened].first(where: { $0.word == words[1] }) {
      what = .promiseMark(action)
      account = ""
      reference = String(words[2])
      return
    }
    account = String(words[1].split(separator: "/").first ?? "")
    if words[2] == "promise" {
      what = .promise
      reference = words.last { $0.hasPrefix("id:") }.map { String($0.dropFirst(3)) }
    } else if let type = EventType(word: String(words[2])) {
      what = .event(type)
    } else {
      return nil
    }
  }

  /// A word as written, or the text inside its quotes.
  static func unquoted(_ word: Substring) -> String {
    guard word.count >= 2, word.first == "\"", word.last == "\"" else { return String(word) }
    var text = ""
    var escaped = false
    for character in word.dropFirst().dropLast() {
      if escaped || character != "\\" {
        text.append(character)
        escaped = false
      } else {
        escaped = true
      }
    }
    return text
  }

  /// The line's words, a quoted text as one word (its quotes kept).
  static func words(_ line: Substring) -> [Substring] {
    var words: [Substring] = []
    var start: Substring.Index?
    var quoted = false
    var escaped = false
    for index in line.indices {
      let character = line[index]
      if quoted {
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == "\"" {
          quoted = false
        }
        continue
      }
      if character == " " || character == "\t" || character == "\r" || character == "\n" {
        if let begun = start { words.append(line[begun..<index]) }
        start = nil
      } else {
        if start == nil { start = index }
        if character == "\"" { quoted = true }
      }
    }
    if let begun = start { words.append(line[begun...]) }
    return words
  }
}
