/// mdoc(7) source built line by line, with text escaped so that it reads as text: a backslash is
/// `\e`, and a line that would begin with a dot or an apostrophe (a request) begins with `\&`.
struct MDoc {
  private(set) var text = ""

  mutating func comment(_ line: String) {
    text += ".\\\" \(line)\n"
  }

  /// `.Sh NAME`: words with spaces in them are quoted.
  mutating func macro(_ name: String, _ arguments: String...) {
    let words = arguments.map { $0.contains(" ") ? "\"\(MDoc.escapeText($0))\"" : MDoc.escapeText($0) }
    text += ([".\(name)"] + words).joined(separator: " ") + "\n"
  }

  /// `.It` with macro words already escaped.
  mutating func item(_ words: [String]) {
    text += ([".It"] + words).joined(separator: " ") + "\n"
  }

  /// Running text, a line of source per line given.
  mutating func text(_ body: String) {
    for line in body.split(separator: "\n", omittingEmptySubsequences: true) {
      text += MDoc.escapeLine(String(line)) + "\n"
    }
  }

  mutating func paragraph(_ body: String) {
    guard !body.isEmpty else { return }
    macro("Pp")
    text(body)
  }

  /// Lines shown as typed, in a display indented from the text.
  mutating func literal(_ lines: [String]) {
    macro("Bd", "-literal", "-offset", "indent")
    for line in lines { text += MDoc.escapeLine(line) + "\n" }
    macro("Ed")
  }

  /// A command's discussion: paragraphs split at blank lines; a paragraph with an indented line
  /// (examples, lists, tables) is shown as typed, with its common indent taken off.
  mutating func discussion(_ body: String) {
    let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var block: [String] = []
    func flush(_ page: inout MDoc) {
      defer { block = [] }
      guard !block.isEmpty else { return }
      if block.contains(where: { $0.hasPrefix(" ") }) {
        let indent = block.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        page.macro("Pp")
        page.literal(block.map { String($0.dropFirst(indent)) })
      } else {
        page.paragraph(block.joined(separator: "\n"))
      }
    }
    for line in lines {
      if line.trimmingSpaces.isEmpty { flush(&self) } else { block.append(line) }
    }
    flush(&self)
  }

  /// Text as roff reads it: a backslash written `\e`, and every character beyond ASCII written
  /// by its code point (`\[u2026]` for …), which groff reads whatever its input encoding.
  static func escapeText(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if scalar == "\\" {
        out += "\\e"
      } else if scalar.isASCII {
        out.unicodeScalars.append(scalar)
      } else {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        out += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
      }
    }
    return out
  }

  static func escapeLine(_ line: String) -> String {
    let escaped = escapeText(line)
    return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
  }

  /// A macro argument: also a leading dash written `\-`, so that `--store` stays two dashes.
  static func escapeArgument(_ word: String) -> String {
    escapeText(word).replacingOccurrences(of: "-", with: "\\-")
  }
}

extension String {
  var trimmingSpaces: Substring { drop { $0 == " " || $0 == "\t" } }
}
