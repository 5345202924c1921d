import Foundation

/// A deposit idea drawn from a contact's own fields, phrased as an offer to make them ("would it
/// help if I…", seed 002). Each carries the first part of its field (up to a semicolon), so the
/// offer stays short; `description` words it as a question.
public enum Offer: Hashable, Sendable, CustomStringConvertible {
  /// From "how we can help": something to do (it starts with a verb such as "give") or to bring.
  case help(String)
  /// From their worries.
  case worries(String)
  /// From what they are measured by.
  case measuredBy(String)
  /// From the job they want next.
  case nextJob(String)

  public var description: String {
    switch self {
    case .help(let text):
      return Offer.startsWithVerb(text)
        ? "Would it help if I were to \(Offer.lowered(text))?" : "Would it help if I brought \(Offer.lowered(text))?"
    case .worries(let text):
      // A worry written as a sentence ("the second shift is two people short") is the worry that…
      return Offer.isClause(text)
        ? "Could I help with the worry that \(Offer.lowered(text))?" : "Could I help with \(Offer.lowered(text))?"
    case .measuredBy(let text): return "Would figures on \(Offer.lowered(text)) help?"
    case .nextJob(let text):
      // Job titles keep their capitals ("Director of Quality").
      return Offer.startsWithVerb(text)
        ? "Could I help them \(Offer.lowered(text))?" : "Could I help toward \(text)?"
    }
  }

  /// Words that start a "how we can help" or a goal written as something to do.
  static let verbs: Set<String> = [
    "arrange", "ask", "avoid", "back", "be", "become", "brief", "bring", "build", "call", "check", "coach",
    "connect", "copy", "cover", "credit", "explain", "find", "flag", "follow", "get", "give", "grow", "hand",
    "help", "include", "introduce", "invite", "involve", "join", "keep", "lead", "lend", "let", "listen", "loop",
    "make", "meet", "move", "offer", "open", "plan", "prepare", "present", "protect", "put", "quote", "recommend",
    "reply", "respect", "review", "run", "save", "send", "share", "show", "speak", "support", "take", "teach",
    "tell", "train", "translate", "treat", "turn", "use", "visit", "walk", "warn", "write",
  ]

  /// Whether `text` starts with a word from `verbs`.
  static func startsWithVerb(_ text: String) -> Bool {
    verbs.contains(text.prefix { $0 != " " }.lowercased())
  }

  /// Words that make a worry a sentence of its own rather than a thing.
  static let clauseWords: Set<String> = [
    "is", "are", "was", "were", "has", "have", "had", "will", "can", "cannot", "can't", "might", "may", "could",
    "would", "does", "do", "did", "isn't", "aren't", "won't", "doesn't", "don't",
  ]

  /// Whether a worry is written as a sentence: one of `clauseWords` after its first word.
  static func isClause(_ text: String) -> Bool {
    text.split(separator: " ").dropFirst().contains { clauseWords.contains($0.lowercased()) }
  }

  /// The text with its first letter lowered, unless the first word is an acronym ("OEE", "CFO").
  static func lowered(_ text: String) -> String {
    let word = text.prefix { $0 != " " }
    guard let first = word.first, word.dropFirst().allSatisfy({ !$0.isUppercase }) else { return text }
    return first.lowercased() + text.dropFirst()
  }

  /// The part of a field up to its first semicolon, without a closing full stop.
  static func clause(_ field: String) -> String {
    var text = field.prefix { $0 != ";" }.trimmingCharacters(in: .whitespaces)
    while text.hasSuffix(".") { text.removeLast() }
    return text
  }
}

extension Contact {
  /// The offers the contact's fields suggest: help, worries, measured by, next job, in that
  /// order. A next job that starts with "stay" (they stay where they are) offers nothing.
  public var offers: [Offer] {
    var offers: [Offer] = []
    let help = Offer.clause(help)
    if !help.isEmpty { offers.append(.help(help)) }
    let worries = Offer.clause(worries)
    if !worries.isEmpty { offers.append(.worries(worries)) }
    let measured = Offer.clause(measuredBy)
    if !measured.isEmpty { offers.append(.measuredBy(measured)) }
    let next = Offer.clause(nextJob)
    if !next.isEmpty, !next.lowercased().hasPrefix("stay") { offers.append(.nextJob(next)) }
    return offers
  }
}
