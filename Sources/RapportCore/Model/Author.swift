/// Who made a change to the store: a person on the team that shares it.
///
/// The name is what the person calls themself (`sam`, `Sam Lee`): from `me` in config.toml,
/// `$RAPPORT_USER`, git's `user.name`, or the login name. Names compare ignoring case, so
/// `Sam` and `sam` are the same author.
public struct Author: Hashable, Sendable, CustomStringConvertible {
  public let name: String

  /// The longest name, in characters.
  public static let maxLength = 64

  /// A name of 1 to 64 characters, without control characters, quotes or backslashes, and
  /// without spaces at either end; nil otherwise (see `problem(with:)`).
  public init?(_ name: String) {
    guard Author.problem(with: name) == nil else { return nil }
    self.name = name
  }

  /// Why `name` cannot be an author's name, or nil when it can.
  public static func problem(with name: String) -> String? {
    if name.isEmpty { return "the name is empty" }
    if name.count > maxLength { return "the name is longer than \(maxLength) characters" }
    if name.first!.isWhitespace || name.last!.isWhitespace { return "the name starts or ends with a space" }
    for scalar in name.unicodeScalars {
      if scalar == "\"" || scalar == "\\" { return "the name contains \(scalar == "\"" ? "a quote" : "a backslash")" }
      if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
        || scalar == "\u{2028}" || scalar == "\u{2029}"
      {
        return "the name contains a control character (U+\(String(scalar.value, radix: 16, uppercase: true)))"
      }
    }
    return nil
  }

  /// The same author, ignoring case: `Sam` is `sam`.
  public func isSame(as other: Author) -> Bool {
    return name.lowercased() == other.name.lowercased()
  }

  public static func == (a: Author, b: Author) -> Bool { a.isSame(as: b) }
  public func hash(into hasher: inout Hasher) { hasher.combine(name.lowercased()) }

  public var description: String { name }
}
