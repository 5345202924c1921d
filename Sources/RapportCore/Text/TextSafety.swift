/// A control character in text that was about to be stored: typed in a form, or given to
/// `rapport add`.
public struct ControlCharacterProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// The field, as the message names it: `the note`, `Name`.
  public var field: String
  public var scalar: Unicode.Scalar

  public init(field: String, scalar: Unicode.Scalar) {
    self.field = field
    self.scalar = scalar
  }

  /// `the note contains a control character (U+001B ESC); remove it`.
  public var description: String {
    let what = scalar.value >= 0x2000 ? "a bidi control character" : "a control character"
    return "\(field) contains \(what) (\(TextSafety.name(of: scalar))); remove it"
  }
}

/// What may be stored as text: no character that a terminal acts on (see `InertText`), so that
/// what one person records cannot retitle, recolour or reorder another's terminal. Tabs are
/// allowed (they are shown as spaces), and line breaks in the fields that hold several lines.
public enum TextSafety {
  /// The first control character in `text`, or nil when it may be stored. Line feeds and
  /// carriage returns are allowed with `multiline`.
  public static func problem(in text: String, field: String, multiline: Bool = false) -> ControlCharacterProblem? {
    guard InertText.needsEscaping(text, keepingLineBreaks: multiline) else { return nil }
    for scalar in text.unicodeScalars where InertText.isActive(scalar) {
      // A carriage return in a longer field is a line break pasted from another system: the
      // file format writes it as one.
      if scalar == "\t" || ((scalar == "\n" || scalar == "\r") && multiline) { continue }
      return ControlCharacterProblem(field: field, scalar: scalar)
    }
    return nil
  }

  /// The first control character in an event's note.
  public static func problem(in draft: EventDraft) -> ControlCharacterProblem? {
    problem(in: draft.note, field: "the note", multiline: true)
  }

  /// The first control character in an account's text fields.
  public static func problem(in account: Account) -> ControlCharacterProblem? {
    let fields: [(String, String, Bool)] =
      [
        (account.name, "the name", false), (account.owner ?? "", "the owner", false),
        (account.culture, "the culture notes", true), (account.planNote, "the plan note", false),
        (account.snoozeReason, "the snooze reason", false),
        (account.archived?.text ?? "", "the archive reason", false),
      ] + account.dos.map { ($0, "a do", false) } + account.donts.map { ($0, "a don't", false) }
      + account.keyPlan.objectives.map { ($0, "an objective", true) }
      + account.keyPlan.initiatives.flatMap {
        [($0.text, "an initiative", true), ($0.owner ?? "", "an initiative's owner", false)]
      }
    return first(fields)
  }

  /// The first control character in a contact's text fields.
  public static func problem(in contact: Contact) -> ControlCharacterProblem? {
    first(
      [
        (contact.name, "the name", false), (contact.role, "the role", false),
        (contact.nextJob, "the next job", true), (contact.measuredBy, "measured by", true),
        (contact.worries, "the worries", true), (contact.help, "how to help", true),
        (contact.personal, "the personal notes", true),
        (contact.archived?.text ?? "", "the archive reason", false),
      ] + contact.emails.map { ($0, "an email address", false) } + contact.phones.map { ($0, "a phone number", false) })
  }

  private static func first(_ fields: [(text: String, field: String, multiline: Bool)]) -> ControlCharacterProblem? {
    for field in fields {
      if let found = problem(in: field.text, field: field.field, multiline: field.multiline) { return found }
    }
    return nil
  }

  /// `U+001B ESC`, `U+009B CSI`, `U+202E RIGHT-TO-LEFT OVERRIDE`: the code point and its name.
  public static func name(of scalar: Unicode.Scalar) -> String {
    let v = Int(scalar.value)
    let hex = String(v, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    let short: String?
    switch v {
    case 0..<0x20: short = c0[v]
    case 0x7F: short = "DEL"
    case 0x80...0x9F: short = c1[v - 0x80]
    default: short = scalar.properties.name
    }
    return short.map { "\(code) \($0)" } ?? code
  }

  private static let c0 = [
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF", "VT", "FF", "CR", "SO", "SI",
    "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
  ]
  private static let c1 = [
    "PAD", "HOP", "BPH", "NBH", "IND", "NEL", "SSA", "ESA", "HTS", "HTJ", "VTS", "PLD", "PLU", "RI", "SS2", "SS3",
    "DCS", "PU1", "PU2", "STS", "CCH", "MW", "SPA", "EPA", "SOS", "SGC", "SCI", "CSI", "ST", "OSC", "PM", "APC",
  ]
}
