/// The words of a brief, shared by its text and its Markdown: every piece that comes from the
/// store goes through `escape` (nothing for text, `BriefMarkdown.escape` for Markdown).
public enum BriefWords {
  public typealias Escape = (String) -> String

  /// The marks before a do and a don't wherever they are listed as text: the brief and the
  /// dashboard's account detail. (Markdown lists them as items under their headings.)
  public static let doMark = "+ "
  public static let dontMark = "− "

  /// Tier, owner, won date, and whether the account is archived.
  public static func facts(_ a: Brief.AccountPart, _ escape: Escape = { $0 }) -> String {
    var facts = "Tier \(a.tier.rawValue) · owner " + (a.owner.map(escape) ?? "none")
    facts += " · won " + (a.won.map(\.description) ?? "not recorded")
    if let archived = a.archived { facts += " · archived \(archived)" }
    return facts
  }

  /// Equity now, a year ago and decayed, and the last touch.
  public static func equity(_ a: Brief.AccountPart) -> String {
    "Equity \(Weight.format(hundredths: a.equityHundredths, signed: false))"
      + " (a year ago \(Weight.format(hundredths: a.equityYearAgoHundredths, signed: false))"
      + ", decayed today \(Weight.format(oneDecimal: a.decayed))) · last touch "
      + (a.lastTouch.map(\.description) ?? "never")
  }

  /// "On 2026-05-04 a withdrawal (mistake) cost 4 points with Élodie Lefèvre: Outage in their
  /// busiest week." The note only when the brief has it.
  public static func sentence(_ event: Brief.StoryEvent, _ escape: Escape = { $0 }) -> String {
    let size = abs(Int(event.weight.hundredths))
    let points = Weight.format(hundredths: size, signed: false) + (size == 100 ? " point" : " points")
    let what = event.type.label.lowercased() + (event.kind.isEmpty ? "" : " (\(escape(event.kind)))")
    let effect = event.weight.hundredths < 0 ? "cost \(points)" : "added \(points)"
    let who = event.with.map { "with " + escape($0) } ?? "with the whole account"
    var text = "On \(event.day) a \(what) \(effect) \(who)"
    if let note = event.note { text += ": " + escape(oneLine(note)) }
    return text + (text.hasSuffix(".") ? "" : ".")
  }

  /// "Jane Doe, CFO — reassess 2026-12-01" (or "reassess was due …").
  public static func keyPerson(_ person: Brief.KeyPerson, today: Day, _ escape: Escape = { $0 }) -> String {
    var text = escape(person.name) + (person.role.isEmpty ? "" : ", " + escape(person.role))
    if let reassess = person.reassess {
      text += reassess <= today ? " — reassess was due \(reassess)" : " — reassess \(reassess)"
    } else {
      text += " — no reassessment date"
    }
    return text
  }

  /// "Jane Doe (jane), CFO [decision-maker, role-model]".
  public static func personHeader(_ person: Brief.Person, _ escape: Escape = { $0 }) -> String {
    escape(person.name) + " (\(escape(person.id)))" + (person.role.isEmpty ? "" : ", " + escape(person.role))
      + (person.flags.isEmpty ? "" : " [" + person.flags.map(escape).joined(separator: ", ") + "]")
  }

  /// A person's fields that have something, labelled, in order: left, career side, reassess,
  /// last touch, personal notes.
  public static func personFields(_ person: Brief.Person, today: Day, _ escape: Escape = { $0 }) -> [(
    String, String
  )] {
    var fields: [(String, String)] = []
    if let left = person.left {
      fields.append(
        (left.day > today ? "Leaving" : "Left", "\(left.day)" + (left.text.isEmpty ? "" : " · " + escape(left.text))))
    }
    for (label, value) in [
      ("Next job", person.nextJob), ("Measured by", person.measuredBy), ("Worries", person.worries),
      ("How to help", person.help),
    ] where !value.isEmpty {
      fields.append((label, escape(value)))
    }
    if let reassess = person.reassess, person.left == nil { fields.append(("Reassess", "\(reassess)")) }
    if let touch = person.lastTouch {
      var text =
        "\(touch.day), " + touch.type.label.lowercased() + (touch.kind.isEmpty ? "" : " (\(escape(touch.kind)))")
      if let note = touch.note { text += ": " + escape(oneLine(note)) }
      fields.append(("Last touch", text))
    } else {
      fields.append(("Last touch", "never"))
    }
    if let notes = person.personalNotes { fields.append(("Personal", escape(notes))) }
    return fields
  }

  /// "Send the benchmark, to Jane Doe, due 2026-11-27 (3 days overdue), by sam".
  public static func promise(_ promise: Brief.OpenPromise, _ escape: Escape = { $0 }) -> String {
    var text = escape(oneLine(promise.what)) + ", to " + escape(promise.to) + ", due \(promise.due)"
    if promise.daysOverdue > 0 {
      text += " (\(promise.daysOverdue) day\(promise.daysOverdue == 1 ? "" : "s") overdue)"
    }
    if let by = promise.by { text += ", by " + escape(by) }
    return text
  }

  /// A planned touch, an initiative or the plan's review, in one line.
  public static func planned(_ touch: Brief.PlannedTouch, today: Day, _ escape: Escape = { $0 }) -> String {
    let when = touch.day.map { day in day < today ? "\(day) (\(day.days(to: today)) days late)" : "\(day)" }
    switch touch.source {
    case .touch:
      return "Touch planned for \(when ?? "?")" + (touch.text.isEmpty ? "" : ": " + escape(oneLine(touch.text)))
    case .planReview:
      return "Plan review on \(when ?? "?")"
    case .initiative(let status):
      var text = "Initiative (\(status.rawValue)): " + escape(oneLine(touch.text))
      if let when { text += ", due \(when)" }
      if let owner = touch.owner { text += ", owner " + escape(owner) }
      if let serves = touch.serves { text += ", for " + escape(serves) }
      return text
    }
  }

  /// A note on one line: its line breaks become "; ".
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: "; ")
  }
}
