import Foundation

/// One content line of a vCard (RFC 6350) or iCalendar (RFC 5545) file, after unfolding:
/// `[GROUP.]NAME *(;PARAM=VALUE[,VALUE]) : VALUE`.
public struct ContentLine: Hashable, Sendable {
  /// The 1-based line of the file it starts on.
  public var line: Int
  /// The group before a dot, as in `item1.EMAIL`, or nil.
  public var group: String?
  /// The property's name, uppercased: `EMAIL`, `DTSTART`.
  public var name: String
  /// Parameters by uppercased name, their values without quotes. A bare parameter of vCard
  /// 2.1 (`TEL;WORK:`) is a value of `TYPE`.
  public var parameters: [String: [String]]
  /// The value as written, escapes and all (quoted-printable already decoded).
  public var raw: String

  /// The first value of the parameter `name`.
  public func parameter(_ name: String) -> String? { parameters[name]?.first }

  /// The value as text, its escapes (`\n`, `\,`, `\;`, `\\`) undone.
  public var text: String { ContentLines.unescape(raw) }

  /// The value's components, split at unescaped `;` (as in `ORG:Acme;Sales` and `N:Doe;Jane`).
  public var components: [String] { ContentLines.split(raw, at: ";").map(ContentLines.unescape) }
}

/// Unfolding and reading content lines.
public enum ContentLines {
  /// The content lines of `text`, and a problem for each line that is not one. Lines are
  /// unfolded first: a line break (CRLF, LF or CR) followed by a space or a tab continues the
  /// line. A quoted-printable value (vCard 2.1) ending in `=` continues on the next line too.
  public static func read(_ text: String) -> (lines: [ContentLine], problems: [(line: Int, reason: String)]) {
    var logical: [(line: Int, text: String)] = []
    var physical = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if let first = physical.first, first.hasPrefix("\u{FEFF}") { physical[0] = String(first.dropFirst()) }
    var softBreak = false
    for (index, line) in physical.enumerated() {
      if let last = logical.last, softBreak {
        logical[logical.count - 1].text = String(last.text.dropLast()) + line
      } else if let first = line.first, first == " " || first == "\t", !logical.isEmpty {
        logical[logical.count - 1].text += line.dropFirst()
      } else if !line.isEmpty {
        logical.append((index + 1, line))
      }
      softBreak =
        !logical.isEmpty && logical[logical.count - 1].text.hasSuffix("=")
        && isQuotedPrintable(logical[logical.count - 1].text)
    }
    var lines: [ContentLine] = []
    var problems: [(line: Int, reason: String)] = []
    for (number, text) in logical {
      if let line = parse(text, line: number) {
        lines.append(line)
      } else if !text.allSatisfy(\.isWhitespace) {
        problems.append((number, "expected NAME:VALUE, found '\(text.prefix(40))'"))
      }
    }
    return (lines, problems)
  }

  private static func isQuotedPrintable(_ line: String) -> Bool {
    guard let colon = line.firstIndex(of: ":") else { return false }
    return line[..<colon].uppercased().contains("QUOTED-PRINTABLE")
  }

  /// One unfolded line, or nil when it has no name and colon.
  static func parse(_ text: String, line: Int) -> ContentLine? {
    let scalars = Array(text.unicodeScalars)
    var i = 0
    func word() -> String {
      var out = String.UnicodeScalarView()
      while i < scalars.count, scalars[i] != ";", scalars[i] != ":" {
        out.append(scalars[i])
        i += 1
      }
      return String(out)
    }
    var name = word()
    var group: String?
    if let dot = name.lastIndex(of: ".") {
      group = String(name[..<dot])
      name = String(name[name.index(after: dot)...])
    }
    guard !name.isEmpty, !name.contains(where: \.isWhitespace) else { return nil }
    var parameters: [String: [String]] = [:]
    while i < scalars.count, scalars[i] == ";" {
      i += 1
      var key = String.UnicodeScalarView()
      while i < scalars.count, scalars[i] != "=", scalars[i] != ";", scalars[i] != ":" {
        key.append(scalars[i])
        i += 1
      }
      guard i < scalars.count, scalars[i] == "=" else {
        parameters["TYPE", default: []].append(String(key))
        continue
      }
      i += 1
      var values: [String] = []
      while true {
        var value = String.UnicodeScalarView()
        if i < scalars.count, scalars[i] == "\"" {
          i += 1
          while i < scalars.count, scalars[i] != "\"" {
            value.append(scalars[i])
            i += 1
          }
          i += 1
        } else {
          while i < scalars.count, scalars[i] != ",", scalars[i] != ";", scalars[i] != ":" {
            value.append(scalars[i])
            i += 1
          }
        }
        values.append(String(value))
        guard i < scalars.count, scalars[i] == "," else { break }
        i += 1
      }
      parameters[String(key).uppercased(), default: []] += values
    }
    guard i < scalars.count, scalars[i] == ":" else { return nil }
    var raw = String(String.UnicodeScalarView(scalars[(i + 1)...]))
    if parameters["ENCODING"]?.contains(where: { $0.uppercased() == "QUOTED-PRINTABLE" }) == true {
      raw = decodeQuotedPrintable(raw, charset: parameters["CHARSET"]?.first)
    }
    return ContentLine(line: line, group: group, name: name.uppercased(), parameters: parameters, raw: raw)
  }

  /// `=XX` bytes decoded in `charset` (UTF-8 unless ISO-8859-1 or Windows-1252 is named).
  static func decodeQuotedPrintable(_ text: String, charset: String?) -> String {
    var bytes: [UInt8] = []
    let utf8 = Array(text.utf8)
    var i = 0
    while i < utf8.count {
      if utf8[i] == UInt8(ascii: "="), i + 2 < utf8.count,
        let byte = UInt8(String(decoding: utf8[(i + 1)...(i + 2)], as: UTF8.self), radix: 16)
      {
        bytes.append(byte)
        i += 3
      } else {
        bytes.append(utf8[i])
        i += 1
      }
    }
    switch charset?.uppercased() {
    case "ISO-8859-1", "LATIN1": return String(data: Data(bytes), encoding: .isoLatin1) ?? text
    case "WINDOWS-1252", "CP1252": return String(data: Data(bytes), encoding: .windowsCP1252) ?? text
    default: return String(decoding: bytes, as: UTF8.self)
    }
  }

  /// `text` split at each `separator` not escaped by a backslash, escapes kept.
  static func split(_ text: String, at separator: Character) -> [String] {
    var parts: [String] = []
    var current = ""
    var escaped = false
    for c in text {
      if escaped {
        current.append(c)
        escaped = false
      } else if c == "\\" {
        current.append(c)
        escaped = true
      } else if c == separator {
        parts.append(current)
        current = ""
      } else {
        current.append(c)
      }
    }
    parts.append(current)
    return parts
  }

  /// `\n` and `\N` as a line break; `\,` `\;` `\\` as the character; other backslashes kept.
  static func unescape(_ text: String) -> String {
    guard text.contains("\\") else { return text }
    var out = ""
    var escaped = false
    for c in text {
      if escaped {
        switch c {
        case "n", "N": out.append("\n")
        case ",", ";", "\\", ":": out.append(c)
        default: out += "\\" + String(c)
        }
        escaped = false
      } else if c == "\\" {
        escaped = true
      } else {
        out.append(c)
      }
    }
    if escaped { out.append("\\") }
    return out
  }
}
