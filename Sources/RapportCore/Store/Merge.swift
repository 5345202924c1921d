import Foundation

/// Three-way merges of a record edited in Rapport while another program changed it on disk.
///
/// A field the edit changed takes the edited value; every other field keeps the value on disk.
/// When both sides changed the same field to different values, nothing is merged and the
/// error names the fields.
public enum Merge {
  public static func account(original: Account, edited: Account, current: Account) throws -> Account {
    var merge = Fields(original: original, edited: edited, current: current)
    merge.take(\.name, "name")
    merge.take(\.tier, "tier")
    merge.take(\.won, "won date")
    merge.take(\.owner, "owner")
    merge.take(\.culture, "culture")
    merge.take(\.dos, "do's")
    merge.take(\.donts, "don'ts")
    merge.take(\.cadenceDays, "cadence")
    merge.take(\.plan, "plan")
    merge.take(\.planNote, "plan note")
    merge.take(\.snoozedUntil, "snooze")
    merge.take(\.snoozeReason, "snooze reason")
    merge.take(\.keyPlan.review, "plan review")
    merge.takeList(\.keyPlan.objectives, "objectives")
    merge.takeList(\.keyPlan.initiatives, "initiatives")
    merge.take(\.archived, "archived")
    merge.takeChange(\.changed)
    return try merge.result(named: current.name)
  }

  public static func contact(original: Contact, edited: Contact, current: Contact) throws -> Contact {
    var merge = Fields(original: original, edited: edited, current: current)
    merge.take(\.name, "name")
    merge.take(\.role, "role")
    merge.take(\.flags, "flags")
    merge.take(\.reassess, "reassess date")
    merge.take(\.nextJob, "next job")
    merge.take(\.measuredBy, "measured by")
    merge.take(\.worries, "worries")
    merge.take(\.help, "how we can help")
    merge.take(\.personal, "personal notes")
    merge.takeNotes(\.progress)
    merge.takeNotes(\.previousRoles)
    merge.take(\.left, "left")
    merge.take(\.archived, "archived")
    merge.take(\.emails, "email addresses")
    merge.take(\.phones, "phone numbers")
    merge.takeChange(\.changed)
    return try merge.result(named: current.name)
  }

  private struct Fields<Record> {
    let original: Record
    let edited: Record
    var merged: Record
    var conflicts: [String] = []

    init(original: Record, edited: Record, current: Record) {
      self.original = original
      self.edited = edited
      merged = current
    }

    mutating func take<Value: Equatable>(_ field: WritableKeyPath<Record, Value>, _ label: String) {
      let (before, mine, theirs) = (original[keyPath: field], edited[keyPath: field], merged[keyPath: field])
      guard mine != before else { return }
      if theirs != before, theirs != mine { conflicts.append("\(label) (now \(Fields.show(theirs)))") }
      merged[keyPath: field] = mine
    }

    /// Who last changed the record: never a conflict. The later day wins; on the same day, the
    /// edit being written.
    mutating func takeChange(_ field: WritableKeyPath<Record, RecordChange?>) {
      merged[keyPath: field] = RecordChange.later(edited[keyPath: field], merged[keyPath: field])
    }

    /// A list of dated notes, which only grows in the normal course: the notes the edit added
    /// join those on disk, and the ones it removed leave them, so that two people's notes both
    /// stay.
    mutating func takeNotes(_ field: WritableKeyPath<Record, [DatedNote]>) {
      let (before, mine) = (original[keyPath: field], edited[keyPath: field])
      guard mine != before else { return }
      var notes = merged[keyPath: field].filter { !before.contains($0) || mine.contains($0) }
      notes += mine.filter { !before.contains($0) && !notes.contains($0) }
      merged[keyPath: field] = notes
    }

    /// A list of items, each whole (an objective, an initiative): the edit's list, in its
    /// order, without the items removed on disk, then the items added on disk. An item changed
    /// on both sides stays in both versions, so that nobody's words are lost.
    mutating func takeList<Item: Equatable>(_ field: WritableKeyPath<Record, [Item]>, _ label: String) {
      let (before, mine, theirs) = (original[keyPath: field], edited[keyPath: field], merged[keyPath: field])
      guard mine != before else { return }
      // The same item changed (or removed) on both sides, each putting something else in: which
      // one stands cannot be told, so nothing is merged.
      let changedHere = before.filter { !mine.contains($0) }
      if changedHere.contains(where: { !theirs.contains($0) }), mine.contains(where: { !before.contains($0) }),
        theirs.contains(where: { !before.contains($0) && !mine.contains($0) })
      {
        conflicts.append("\(label) (one of them changed on disk too)")
        return
      }
      var items = mine.filter { !before.contains($0) || theirs.contains($0) }
      items += theirs.filter { !before.contains($0) && !mine.contains($0) }
      merged[keyPath: field] = items
    }

    /// A value as a person would write it, cut short.
    private static func show<Value>(_ value: Value) -> String {
      let text: String
      switch value {
      case let list as [String]: text = list.joined(separator: "; ")
      case let optional as Day?: text = optional?.description ?? "empty"
      case let optional as String?: text = optional ?? "empty"
      case let optional as Int?: text = optional.map(String.init) ?? "empty"
      case let optional as DatedNote?: text = optional.map { "\($0.day) \($0.text)" } ?? "empty"
      case let tier as Tier: text = tier.rawValue
      default: text = "\(value)"
      }
      let line = text.replacingOccurrences(of: "\n", with: " ")
      if line.isEmpty { return "empty" }
      return "“" + (line.count > 40 ? line.prefix(39) + "…" : line) + "”"
    }

    func result(named name: String) throws -> Record {
      guard conflicts.isEmpty else {
        throw StoreError.conflict(
          "\(name)\(name.hasSuffix("s") ? "’" : "'s") \(conflicts.joined(separator: ", ")) changed on disk while you edited"
            + " \(conflicts.count == 1 ? "it" : "them")")
      }
      return merged
    }
  }
}
