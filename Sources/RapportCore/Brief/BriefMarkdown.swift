/// A brief as Markdown (CommonMark): a heading per section, lists for the items, every piece
/// from the store escaped so that a name or a note is read as the text it is, never as
/// emphasis, a heading, a table cell, code or HTML. Pure: the caller makes it inert.
public enum BriefMarkdown {
  /// The brief as a Markdown document, ending with a line feed.
  public static func render(_ brief: Brief) -> String {
    var out: [String] = []
    let a = brief.account
    func heading(_ title: String) {
      out.append("")
      out.append("## " + title)
      out.append("")
    }
    func item(_ text: String) {
      // A field that spans lines stays in its item: each further line indented under it.
      out.append("- " + text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  "))
    }
    out.append("# Brief: \(escape(a.name)) (\(escape(a.id)))")
    out.append("")
    out.append("\(brief.today)" + (brief.personal ? " · with personal notes" : ""))
    out.append("")
    item(BriefWords.facts(a, escape))
    item(BriefWords.equity(a))

    if !brief.objectives.isEmpty {
      heading("Objectives")
      for objective in brief.objectives { item(escape(objective)) }
    }
    heading("The last year")
    if brief.story.isEmpty { out.append("No deposits or withdrawals in the last year.") }
    for event in brief.story { item(BriefWords.sentence(event, escape)) }
    if !brief.culture.isEmpty {
      heading("Culture")
      // The paragraphs the writer meant: those after a blank line start a Markdown paragraph,
      // the others a line of their own, kept apart by a hard break.
      let groups = brief.culture.split(separator: "", omittingEmptySubsequences: true)
      out.append(groups.map { $0.map { escape($0) }.joined(separator: "\\\n") }.joined(separator: "\n\n"))
    }
    if !brief.dos.isEmpty {
      heading("Do")
      for entry in brief.dos { item(escape(entry)) }
    }
    if !brief.donts.isEmpty {
      heading("Don't")
      for entry in brief.donts { item(escape(entry)) }
    }
    if !brief.keyPeople.isEmpty {
      heading("Key people")
      out.append("| | Name | Role | Reassess |")
      out.append("|---|---|---|---|")
      for group in brief.keyPeople {
        for person in group.people {
          let reassess = person.reassess.map { $0 <= brief.today ? "was due \($0)" : "\($0)" } ?? "none"
          out.append(
            "| \(group.flag.title) | \(cell(person.name)) | \(cell(person.role)) | \(reassess) |")
        }
      }
    }
    func person(_ person: Brief.Person) {
      out.append("### " + BriefWords.personHeader(person, escape))
      out.append("")
      for (label, value) in BriefWords.personFields(person, today: brief.today, escape) {
        item("**\(label):** " + value)
      }
      out.append("")
    }
    if !brief.people.isEmpty {
      heading("People")
      for p in brief.people { person(p) }
      out.removeLast()
    }
    if !brief.left.isEmpty {
      heading("People who left")
      for p in brief.left { person(p) }
      out.removeLast()
    }
    if !brief.promises.isEmpty {
      heading("Open promises")
      for promise in brief.promises { item(BriefWords.promise(promise, escape)) }
    }
    if !brief.planned.isEmpty {
      heading("Planned")
      for touch in brief.planned { item(BriefWords.planned(touch, today: brief.today, escape)) }
    }
    heading("Drift: \(brief.drift.status.word)")
    if let parked = brief.drift.parked { item(escape(parked)) }
    for reason in brief.drift.reasons { item(escape(reason)) }
    for note in brief.drift.notes { item(escape(note)) }
    if brief.drift.parked == nil && brief.drift.reasons.isEmpty && brief.drift.notes.isEmpty {
      out.append("Nothing to say: the account is tended.")
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// The characters Markdown would act on, escaped with a backslash: `\`, `*`, `_`, backticks,
  /// `<`, `|`, `[`, `]`; a `#`, `>`, `-`, `+` or `=` starting a line (a heading, a quote, a
  /// list or a setext underline), and a number followed by `.` or `)` starting one (an
  /// ordered list). Line breaks are kept; the renderer places the lines.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if n > 0 { out += "\n" }
      var body = Substring(line)
      // Leading spaces are kept as they are; what follows them is what Markdown looks at.
      let indent = body.prefix { $0 == " " }
      body = body.dropFirst(indent.count)
      out += indent
      if let first = body.first, "#>-+=".contains(first) {
        out += "\\"
      } else if let digits = Optional(body.prefix(while: \.isASCIIDigitCharacter)), !digits.isEmpty,
        let after = body.dropFirst(digits.count).first, after == "." || after == ")"
      {
        out += digits + "\\"
        body = body.dropFirst(digits.count)
      }
      for character in body {
        if "\\*_`<|[]".contains(character) { out += "\\" }
        out.append(character)
      }
    }
    return out
  }

  /// A table cell: escaped, on one line.
  static func cell(_ text: String) -> String { escape(BriefWords.oneLine(text)) }
}

extension Character {
  fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
