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
      let first = text.prefix { $0 != " " }.lowercased()
      return Offer.verbs.contains(first)
        ? "Would it help if I were to \(Offer.lowered(text))?" : "Would it help if I brought \(Offer.lowered(text))?"
    case .worries(let text): return "Could I help with \(Offer.lowered(text))?"
    case .measuredBy(let text): return "Would figures on \(Offer.lowered(text)) help?"
    case .nextJob(let text): return "Could I help toward \(Offer.lowered(text))?"
    }
  }

  /// Words that start a "how we can help" written as something to do.
  static let verbs: Set<String> = [
    "arrange", "ask", "back", "bring", "call", "connect", "find", "get", "give", "help", "introduce", "invite",
    "involve", "keep", "let", "make", "offer", "put", "recommend", "send", "share", "show", "support", "take", "tell",
    "visit", "write",
  ]

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
