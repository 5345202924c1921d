import Foundation

/// The kinds offered for each type of event, with the weight each suggests. The store accepts
/// any lowercase word as a kind; these are the ones forms and the command line propose.
public enum EventKinds {
  /// A kind and the weight it suggests, already signed for its type.
  public struct Choice: Hashable, Sendable {
    public var kind: String
    public var weight: Weight
  }

  /// The kinds for `type`, the default first.
  public static func choices(for type: EventType) -> [Choice] {
    switch type {
    case .deposit:
      return [
        // The everyday touch first. A kept promise is recorded by keeping it (`K`, `rapport
        // promise keep`), which links the two; offered last, so that no deposit is one by default.
        Choice(kind: "check-in", weight: Weight(1)), Choice(kind: "insight", weight: Weight(3)),
        Choice(kind: "problem-solved", weight: Weight(3)), Choice(kind: "kindness", weight: Weight(1)),
        Choice(kind: "promise-kept", weight: Weight(2)),
      ]
    case .withdrawal:
      return [
        Choice(kind: "mistake", weight: Weight(-2)), Choice(kind: "missed-promise", weight: Weight(-3)),
        Choice(kind: "escalation", weight: Weight(-4)), Choice(kind: "price-rise", weight: Weight(-2)),
      ]
    case .favourGiven:
      return [
        Choice(kind: "introduction", weight: Weight(2)), Choice(kind: "reference", weight: Weight(2)),
        Choice(kind: "invitation", weight: Weight(1)),
      ]
    case .favourAsked:
      return [
        Choice(kind: "reference", weight: Weight(1)), Choice(kind: "introduction", weight: Weight(1)),
        Choice(kind: "feedback", weight: Weight(1)),
      ]
    }
  }

  /// The weight a kind suggests for `type`: its listed weight, else the type's default (a
  /// deposit or a favour given 2, a withdrawal -2, a favour asked 1).
  public static func defaultWeight(for type: EventType, kind: String) -> Weight {
    if let listed = choices(for: type).first(where: { $0.kind == kind }) { return listed.weight }
    switch type {
    case .deposit, .favourGiven: return Weight(2)
    case .withdrawal: return Weight(-2)
    case .favourAsked: return Weight(1)
    }
  }

  /// The types other than `type` that list `kind` among their kinds, in their usual order;
  /// empty for a kind of `type` itself and for a kind of one's own.
  public static func otherTypes(listing kind: String, besides type: EventType) -> [EventType] {
    guard !choices(for: type).contains(where: { $0.kind == kind }) else { return [] }
    return EventType.allCases.filter { $0 != type && choices(for: $0).contains { $0.kind == kind } }
  }

  /// Checks a kind given for an event of `type`: a lowercase word, and not one of another type's
  /// listed kinds (a `mistake` is no deposit). A kind no type lists is one's own, and allowed.
  /// Only what is typed is checked: the store reads any kind from its files.
  public static func check(_ kind: String, for type: EventType) throws(InputProblem) {
    guard isValid(kind) else { throw .notAKind(kind) }
    let others = otherTypes(listing: kind, besides: type)
    guard others.isEmpty else { throw .kindOfAnotherType(kind, of: others, given: type) }
  }

  /// Whether `text` can be a kind: a lowercase word such as `insight`.
  public static func isValid(_ text: String) -> Bool { !text.isEmpty && EventLog.isKind(text) }

  /// A weight as typed for an event of `type`, signed for it: a withdrawal's weight is negative
  /// even when typed without a sign, and a sign that contradicts the type is refused.
  public static func weight(typed text: String, for type: EventType) throws(InputProblem) -> Weight {
    // A decimal comma is read as a point: 1,5 is 1.5.
    let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
    let parsed: Weight
    do {
      parsed = try Weight(parsing: trimmed)
    } catch {
      throw .notAWeight(text, error)
    }
    let explicit = trimmed.hasPrefix("+") || trimmed.hasPrefix("-")
    if type.isNegative {
      guard !(explicit && parsed.hundredths > 0) else {
        throw .positiveWithdrawal(text, instead: Weight(hundredths: -parsed.hundredths))
      }
      return Weight(hundredths: -abs(parsed.hundredths))
    }
    guard parsed.hundredths > 0 else {
      throw .negativeTouch(text, type)
    }
    return parsed
  }
}
