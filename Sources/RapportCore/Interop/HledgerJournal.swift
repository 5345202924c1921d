import Foundation

/// Relationship equity as an hledger journal (https://hledger.org/hledger.html#journal-format),
/// so that `hledger -f FILE balance`, `register` and `activity` work on it.
///
/// Each live event is one transaction on its day that balances: the weight goes to
/// `equity:ACCOUNT:CONTACT` (or `equity:ACCOUNT` for an event of the whole account) and its
/// opposite to `relationship:ACCOUNT`. The balance of `equity:ACCOUNT` is therefore the
/// account's equity as Rapport sums it, undecayed. Amounts are in the commodity `pts`,
/// declared with `.` as the decimal mark. The kind, type and id are tags; the description is
/// the kind, then `| NOTE` when there is a note to give.
///
/// A journal is text that `hledger print` and a terminal show, so no control character from
/// the store reaches it: notes are made inert as terminal output is (see `InertText`), on one
/// line, and names are made valid account names.
public enum HledgerJournal {
  /// The commodity of every amount.
  public static let commodity = "pts"

  /// The longest description written, in characters; a longer note is cut with `…`.
  public static let descriptionLimit = 120

  /// What a journal starts with: what it holds, the commodity and the top accounts.
  public static let header = """
    ; Relationship equity exported by Rapport: one transaction per live event.
    ; equity:ACCOUNT[:CONTACT] holds the weights; relationship:ACCOUNT balances them.
    commodity 1.00 \(commodity)
    account equity
    account relationship


    """

  /// The journal of these events.
  public static func journal(of rows: [EventRow]) -> String {
    var text = header
    for row in rows { text += transaction(row) + "\n" }
    return text
  }

  /// One event's transaction: the header line and its two postings.
  public static func transaction(_ row: EventRow) -> String {
    let account = accountName(row.account)
    let target = row.contact.isEmpty ? "equity:\(account)" : "equity:\(account):\(accountName(row.contact))"
    let kind = tagValue(row.kind.isEmpty ? row.type : row.kind)
    var tags = "kind:\(kind), type:\(tagValue(row.type))"
    if !row.id.isEmpty { tags += ", id:\(tagValue(row.id))" }
    let hundredths = row.hundredths
    return """
      \(row.date) \(description(kind: kind, note: row.note))  ; \(tags)
          \(target)  \(amount(hundredths))
          relationship:\(account)  \(amount(-hundredths))

      """
  }

  /// `kind` alone, or `kind | note` with the note on one line, inert, without `;` (which would
  /// start a comment and could add tags) and cut to `descriptionLimit`.
  public static func description(kind: String, note: String) -> String {
    if note.isEmpty { return kind }
    if isPlainLine(note) { return "\(kind) | \(note)" }
    var line = InertText.visible(note).replacingOccurrences(of: ";", with: ",")
    line = line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    if line.count > descriptionLimit { line = String(line.prefix(descriptionLimit - 1)) + "…" }
    return line.isEmpty ? kind : "\(kind) | \(line)"
  }

  /// A valid component of an hledger account name: each character a terminal acts on, each
  /// space (two end a name), `:` (which separates components), `;` (a comment) and the
  /// brackets that mark virtual postings become `-`; runs of `-` shrink to one; empty becomes `_`.
  public static func accountName(_ text: String) -> String {
    // The usual case, an id: lowercase ASCII letters, digits, `-`, `_` and `.`.
    if !text.isEmpty,
      text.utf8.allSatisfy({ byte in
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F || byte == 0x2E
      })
    {
      return text
    }
    var out = ""
    for scalar in text.unicodeScalars {
      let bad =
        InertText.isActive(scalar) || scalar.properties.isWhitespace || ":;()[]".unicodeScalars.contains(scalar)
      if bad {
        if !out.hasSuffix("-") { out += "-" }
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out.isEmpty ? "_" : out
  }

  /// Whether `description` keeps `note` as it is: short, printable ASCII or text whose bytes
  /// cannot start a control character (C1 and bidi controls start with 0xC2 and 0xE2), no `;`,
  /// no space at either end and no two in a row.
  static func isPlainLine(_ note: String) -> Bool {
    let bytes = note.utf8
    guard bytes.count <= descriptionLimit, bytes.first != 0x20, bytes.last != 0x20 else { return false }
    var previous: UInt8 = 0
    for byte in bytes {
      if byte < 0x20 || byte == 0x7F || byte == 0x3B || byte == 0xC2 || byte == 0xE2 { return false }
      if byte == 0x20 && previous == 0x20 { return false }
      previous = byte
    }
    return true
  }

  /// A tag's value: as `accountName`, and without `,` (which ends a tag).
  static func tagValue(_ text: String) -> String {
    accountName(text).replacingOccurrences(of: ",", with: "-")
  }

  private static func amount(_ hundredths: Int) -> String {
    "\(Weight.format(hundredths: hundredths, signed: false)) \(commodity)"
  }
}
