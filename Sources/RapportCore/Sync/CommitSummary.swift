/// The message of the commit a sync makes of this clone's changes, from what changed:
/// "3 deposits, 1 withdrawal, 1 promise kept, edited Jane Doe, added Acme".
struct CommitSummary {
  /// What the events file's new lines record, in words; empty when nothing.
  var events: [String] = []
  /// What happened to records: "added Acme", "edited Jane Doe".
  var records: [String] = []
  /// Other files of the store that changed.
  var otherFiles = 0

  var message: String {
    var parts = events + records
    if otherFiles > 0 { parts.append(otherFiles == 1 ? "1 other file" : "\(otherFiles) other files") }
    return parts.isEmpty ? "Rapport: store updated" : parts.joined(separator: ", ")
  }

  /// The events file's changes in words: the new lines by what they record ("3 deposits"), then
  /// the lines rewritten in place (the same id, another text: "changed 2 lines") and the lines
  /// removed.
  static func eventWords(added: [Substring], removed: [Substring]) -> [String] {
    let removedIDs = Set(removed.compactMap(lineID))
    let rewritten = added.filter { lineID($0).map(removedIDs.contains) == true }
    let rewrittenIDs = Set(rewritten.compactMap(lineID))
    var words = eventWords(added.filter { lineID($0).map(removedIDs.contains) != true })
    if !rewritten.isEmpty { words.append("changed \(rewritten.count) line\(rewritten.count == 1 ? "" : "s")") }
    let gone = removed.filter { lineID($0).map(rewrittenIDs.contains) != true }.count
    if gone > 0 { words.append("removed \(gone) line\(gone == 1 ? "" : "s")") }
    return words
  }

  /// The `id:` a line ends with.
  static func lineID(_ line: Substring) -> Substring? {
    guard let last = EventLineSummary.words(line).last, last.hasPrefix("id:") else { return nil }
    return last.dropFirst(3)
  }

  /// How many lines record each thing, phrased: "3 deposits".
  static func eventWords(_ lines: [Substring]) -> [String] {
    eventWords(kinds: lines.compactMap { EventLineSummary($0)?.what })
  }

  /// How many lines of each kind, phrased: "3 deposits".
  static func eventWords(kinds: [EventLineSummary.What]) -> [String] {
    var counts: [String: Int] = [:]
    var order: [String] = []
    func count(_ one: String, _ many: String) {
      let key = one + "|" + many
      if counts[key] == nil { order.append(key) }
      counts[key, default: 0] += 1
    }
    for what in kinds {
      switch what {
      case .event(.deposit): count("deposit", "deposits")
      case .event(.withdrawal): count("withdrawal", "withdrawals")
      case .event(.favourGiven): count("favour given", "favours given")
      case .event(.favourAsked): count("favour asked", "favours asked")
      case .promise: count("promise made", "promises made")
      case .promiseMark(let action): count("promise \(action.word)", "promises \(action.word)")
      case .void: count("event voided", "events voided")
      case .restore: count("event restored", "events restored")
      }
    }
    let ranked = ["deposit", "withdrawal", "favour given", "favour asked", "promise made", "promise kept"]
    let sorted = order.enumerated().sorted {
      let (a, b) = (
        ranked.firstIndex(of: String($0.element.split(separator: "|")[0])) ?? ranked.count,
        ranked.firstIndex(of: String($1.element.split(separator: "|")[0])) ?? ranked.count
      )
      return (a, $0.offset) < (b, $1.offset)
    }
    return sorted.map { entry in
      let words = entry.element.split(separator: "|")
      let number = counts[entry.element]!
      return "\(number) \(number == 1 ? words[0] : words[1])"
    }
  }

  /// The records added, edited and removed between two versions of a record file, by name (or
  /// by number when more than three): "added Acme", "edited 5 contacts".
  static func recordWords<Record>(_ kind: RecordKind<Record>, before: [UInt8], after: [UInt8]) -> [String] {
    guard before != after else { return [] }
    let (old, new) = (kind.read(before), kind.read(after))
    let added = new.order.filter { old[$0] == nil }.map { kind.name(new[$0]!.record) }
    func archived(_ record: Record) -> Bool { (record as? any Archivable)?.isArchived == true }
    let changed = new.order.filter { old[$0] != nil && old[$0]!.record != new[$0]!.record }
    let flipped = changed.filter { archived(old[$0]!.record) != archived(new[$0]!.record) }
    let edited = changed.filter { !flipped.contains($0) }.map { kind.name(new[$0]!.record) }
    let archivedNow = flipped.filter { archived(new[$0]!.record) }.map { kind.name(new[$0]!.record) }
    let unarchived = flipped.filter { !archived(new[$0]!.record) }.map { kind.name(new[$0]!.record) }
    let removed = old.order.filter { new[$0] == nil }.map { kind.name(old[$0]!.record) }
    let noun = kind.kind == .account ? "accounts" : "contacts"
    func phrase(_ verb: String, _ names: [String]) -> String? {
      guard !names.isEmpty else { return nil }
      return names.count > 3 ? "\(verb) \(names.count) \(noun)" : "\(verb) \(names.joined(separator: ", "))"
    }
    return [
      phrase("added", added), phrase("edited", edited), phrase("archived", archivedNow),
      phrase("unarchived", unarchived), phrase("removed", removed),
    ].compactMap { $0 }
  }
}

/// A record that can be archived: what the summary calls "archived" rather than "edited".
protocol Archivable {
  var isArchived: Bool { get }
}

extension Account: Archivable {}
extension Contact: Archivable {}
