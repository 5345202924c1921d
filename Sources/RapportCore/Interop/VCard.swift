/// A person read from a vCard (RFC 6350 4.0, RFC 2426 3.0, and 2.1 as old phones write it).
public struct VCard: Hashable, Sendable {
  /// The line of its `BEGIN:VCARD`.
  public var line: Int
  /// `FN`, else `N` as "Given Family".
  public var name: String
  /// The first component of `ORG`, or empty.
  public var organisation: String
  /// `TITLE`, else `ROLE`.
  public var title: String
  public var emails: [String]
  public var phones: [String]
}

/// Reads the cards of a vCard file: unfolding, escapes, parameters, groups (`item1.EMAIL`) and
/// quoted-printable values (see `ContentLines`).
public enum VCardReader {
  public static func read(_ text: String) -> (cards: [VCard], problems: [(line: Int, reason: String)]) {
    let (lines, lineProblems) = ContentLines.read(text)
    // Another kind of file is one problem, not one for each of its lines.
    guard
      lines.isEmpty && lineProblems.isEmpty
        || lines.contains(where: { $0.name == "BEGIN" && $0.text.uppercased() == "VCARD" })
    else {
      return ([], [(1, "not a vCard file: it has no BEGIN:VCARD (export the contacts as .vcf)")])
    }
    var problems = lineProblems
    var cards: [VCard] = []
    var current: VCard?
    var structuredName: [String] = []
    var role = ""
    for line in lines {
      switch line.name {
      case "BEGIN" where line.text.uppercased() == "VCARD":
        if let open = current { problems.append((open.line, "BEGIN:VCARD is never ended: add END:VCARD")) }
        current = VCard(line: line.line, name: "", organisation: "", title: "", emails: [], phones: [])
        structuredName = []
        role = ""
      case "END" where line.text.uppercased() == "VCARD":
        guard var card = current else {
          problems.append((line.line, "END:VCARD without BEGIN:VCARD"))
          continue
        }
        if card.name.isEmpty {
          card.name =
            structuredName.count > 1
            ? [structuredName[1], structuredName[0]].filter { !$0.isEmpty }.joined(separator: " ")
            : structuredName.first ?? ""
        }
        if card.title.isEmpty { card.title = role }
        if card.name.isEmpty {
          problems.append((card.line, "a card without a name: give it FN or N"))
        } else {
          cards.append(card)
        }
        current = nil
      default:
        guard current != nil else {
          problems.append((line.line, "\(line.name) outside a card: cards start with BEGIN:VCARD"))
          continue
        }
        let value = line.text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch line.name {
        case "FN": current!.name = value
        case "N": structuredName = line.components.map { $0.trimmingCharacters(in: .whitespaces) }
        case "ORG": current!.organisation = line.components.first?.trimmingCharacters(in: .whitespaces) ?? ""
        case "TITLE": current!.title = value
        case "ROLE": role = value
        case "EMAIL":
          var email = value
          if email.lowercased().hasPrefix("mailto:") { email = String(email.dropFirst(7)) }
          if !email.isEmpty, !current!.emails.contains(email) { current!.emails.append(email) }
        case "TEL":
          var phone = value
          if phone.lowercased().hasPrefix("tel:") { phone = String(phone.dropFirst(4)) }
          if !phone.isEmpty, !current!.phones.contains(phone) { current!.phones.append(phone) }
        default: break
        }
      }
    }
    if let open = current { problems.append((open.line, "BEGIN:VCARD is never ended: add END:VCARD")) }
    problems.sort { $0.line < $1.line }
    return (cards, problems)
  }
}
