import Foundation

/// The rules for a contact's `email:` and `phone:` lines, and how addresses are compared.
public enum ContactAddress {
  /// Why `text` cannot be an email address, or nil: one `@` with text on both sides, no spaces.
  public static func emailProblem(_ text: String) -> String? {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, parts[1].count >= 1,
      !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
    else {
      return "'\(text)' is not an email address: write one as name@example.com, one a line"
    }
    return nil
  }

  /// Why `text` cannot be a telephone number, or nil: digits, with spaces, `+ - . ( ) /` and an
  /// extension (`x`, `ext`) allowed.
  public static func phoneProblem(_ text: String) -> String? {
    let allowed = Set("0123456789 +-.()/xXet")
    guard text.contains(where: \.isNumber), text.allSatisfy({ allowed.contains($0) || $0 == ";" }) else {
      return "'\(text)' is not a telephone number: write digits, with spaces, + - . ( ) allowed, one a line"
    }
    return nil
  }

  /// The form addresses are compared in: lowercased, without `mailto:` and spaces around.
  public static func normalisedEmail(_ text: String) -> String {
    var text = text.trimmingCharacters(in: .whitespaces)
    if text.lowercased().hasPrefix("mailto:") { text = String(text.dropFirst(7)) }
    return text.lowercased()
  }
}
