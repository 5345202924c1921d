/// One line of a brief as text, with what it is, so that the dashboard can colour it.
public struct BriefLine: Hashable, Sendable {
  public enum Style: Hashable, Sendable { case title, heading, body, positive, negative, warning, dim }
  public var text: String
  public var style: Style

  public init(_ text: String, _ style: Style = .body) {
    self.text = text
    self.style = style
  }
}

/// A brief as plain text: headings, and items indented under them. Pure: the caller makes the
/// text inert (`Output`, or the dashboard's frame) and wraps it.
public enum BriefText {
  /// The brief as text, one line each, ending with a line feed.
  public static func render(_ brief: Brief) -> String {
    lines(brief).map { $0.text + "\n" }.joined()
  }

  /// The brief's lines, unwrapped: a line of a field that spans several comes indented as the
  /// field's first.
  public static func lines(_ brief: Brief) -> [BriefLine] {
    var out: [BriefLine] = []
    let a = brief.account
    func add(_ text: String, _ style: BriefLine.Style = .body, indent: String = "") {
      for (n, part) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        out.append(BriefLine((n == 0 ? indent : String(repeating: " ", count: indent.count + 2)) + part, style))
      }
    }
    func heading(_ title: String) {
      out.append(BriefLine(""))
      out.append(BriefLine(title, .heading))
    }
    func addPerson(_ person: Brief.Person) {
      add(BriefWords.personHeader(person), indent: "  ")
      for (label, value) in BriefWords.personFields(person, today: brief.today) {
        add("\(label): \(value)", label == "Personal" ? .dim : .body, indent: "    ")
      }
    }
    add("Brief: \(a.name) (\(a.id)) · \(brief.today)" + (brief.personal ? " · with personal notes" : ""), .title)
    add(BriefWords.facts(a))
    add(BriefWords.equity(a))

    if !brief.objectives.isEmpty {
      heading("Objectives")
      for objective in brief.objectives { add("- " + objective, indent: "  ") }
    }
    heading("The last year")
    if brief.story.isEmpty { add("No deposits or withdrawals in the last year.", .dim, indent: "  ") }
    for event in brief.story {
      add("- " + BriefWords.sentence(event), event.weight.hundredths < 0 ? .negative : .body, indent: "  ")
    }
    if !brief.culture.isEmpty {
      heading("Culture")
      for paragraph in brief.culture { add(paragraph, indent: paragraph.isEmpty ? "" : "  ") }
    }
    if !brief.dos.isEmpty {
      heading("Do")
      for item in brief.dos { add(BriefWords.doMark + item, .positive, indent: "  ") }
    }
    if !brief.donts.isEmpty {
      heading("Don't")
      for item in brief.donts { add(BriefWords.dontMark + item, .negative, indent: "  ") }
    }
    for group in brief.keyPeople {
      heading(group.flag.title)
      for person in group.people {
        add(BriefWords.keyPerson(person, today: brief.today), group.flag == .difficult ? .warning : .body, indent: "  ")
      }
    }
    if !brief.people.isEmpty {
      heading("People")
      for person in brief.people { addPerson(person) }
    }
    if !brief.left.isEmpty {
      heading("People who left")
      for person in brief.left { addPerson(person) }
    }
    if !brief.promises.isEmpty {
      heading("Open promises")
      for promise in brief.promises {
        add("- " + BriefWords.promise(promise), promise.daysOverdue > 0 ? .warning : .body, indent: "  ")
      }
    }
    if !brief.planned.isEmpty {
      heading("Planned")
      for touch in brief.planned { add("- " + BriefWords.planned(touch, today: brief.today), indent: "  ") }
    }
    heading("Drift: \(brief.drift.status.word)")
    if let parked = brief.drift.parked { add(parked, indent: "  ") }
    for reason in brief.drift.reasons {
      add("- " + reason, brief.drift.status >= .drifting ? .warning : .body, indent: "  ")
    }
    for note in brief.drift.notes { add("· " + note, indent: "  ") }
    if brief.drift.parked == nil && brief.drift.reasons.isEmpty && brief.drift.notes.isEmpty {
      add("Nothing to say: the account is tended.", .dim, indent: "  ")
    }
    return out
  }
}
