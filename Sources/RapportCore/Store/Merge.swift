import Foundation

/// Three-way merges of a record edited in Rapport while another program changed it on disk.
///
/// A field the edit changed takes the edited value; every other field keeps the value on disk.
/// When both sides changed the same field to different values, nothing is merged and the
/// error names the fields.
public enum Merge {
  public static func account(original: Account, edited: Account, current: Account) throws -> Account {
    try account(original: original, edited: edited, current: current, choosing: [:]).result(named: current.name)
  }

  public static func contact(original: Contact, edited: Contact, current: Contact) throws -> Contact {
    try contact(original: original, edited: edited, current: current, choosing: [:]).result(named: current.name)
  }

  /// The three-way merge of an account, field by field: the fields `edited` changed from
  /// `original` (nil when the record is new on both sides) take its value, the others keep
  /// `current`'s. A field both changed to different values is a conflict, unless `choosing`
  /// names a side for it (by the field's name in the file): `.ours` is `edited`, `.theirs`
  /// `current`.
  static func account(original: Account?, edited: Account, current: Account, choosing: [String: SyncSide])
    -> Fields<Account>
  {
    var merge = Fields(original: original, edited: edited, current: current, choosing: choosing)
    merge.take(\.name, "name", key: "name")
    merge.take(\.tier, "tier", key: "tier")
    merge.take(\.won, "won date", key: "won")
    merge.take(\.owner, "owner", key: "owner")
    merge.take(\.culture, "culture", key: "culture")
    merge.take(\.dos, "do's", key: "do")
    merge.take(\.donts, "don'ts", key: "dont")
    merge.take(\.cadenceDays, "cadence", key: "cadence")
    merge.take(\.plan, "plan", key: "plan")
    merge.take(\.planNote, "plan note", key: "plan-note")
    merge.take(\.snoozedUntil, "snooze", key: "snoozed")
    merge.take(\.snoozeReason, "snooze reason", key: "snooze-reason")
    merge.take(\.keyPlan.review, "plan review", key: "plan-review")
    merge.takeList(\.keyPlan.objectives, "objectives", key: "objective")
    merge.takeList(\.keyPlan.initiatives, "initiatives", key: "initiative")
    merge.take(\.archived, "archived", key: "archived")
    merge.takeChange(\.changed)
    return merge
  }

  /// The three-way merge of a contact, as `account(original:edited:current:choosing:)` does.
  static func contact(original: Contact?, edited: Contact, current: Contact, choosing: [String: SyncSide])
    -> Fields<Contact>
  {
    var merge = Fields(original: original, edited: edited, current: current, choosing: choosing)
    merge.take(\.name, "name", key: "name")
    merge.take(\.role, "role", key: "role")
    merge.take(\.flags, "flags", key: "flags")
    merge.take(\.reassess, "reassess date", key: "reassess")
    merge.take(\.nextJob, "next job", key: "next-job")
    merge.take(\.measuredBy, "measured by", key: "measured-by")
    merge.take(\.worries, "worries", key: "worries")
    merge.take(\.help, "how we can help", key: "help")
    merge.take(\.personal, "personal notes", key: "personal")
    merge.takeNotes(\.progress)
    merge.takeNotes(\.previousRoles)
    merge.take(\.left, "left", key: "left")
    merge.take(\.archived, "archived", key: "archived")
    merge.take(\.emails, "email addresses", key: "email")
    merge.take(\.phones, "phone numbers", key: "phone")
    merge.takeChange(\.changed)
    return merge
  }

  /// One field both sides changed to different values.
  struct FieldConflict: Hashable {
    /// The field in words (`next job`) and as the file names it (`next-job`).
    var label: String
    var key: String
    /// Each side's value as a person would write it; nil when empty.
    var edited: String?
    var current: String?
  }

  struct Fields<Record> {
    let original: Record?
    let edited: Record
    var merged: Record
    let choosing: [String: SyncSide]
    var conflicts: [FieldConflict] = []
    /// The sides `choosing` took for fields both changed.
    private var chosen: Set<SyncSide> = []

    init(original: Record?, edited: Record, current: Record, choosing: [String: SyncSide]) {
      self.original = original
      self.edited = edited
      self.choosing = choosing
      merged = current
    }

    /// Whether a field both sides changed is left to `current`, taken from `edited`, or (when
    /// nobody chose) a conflict.
    private mutating func settle(_ label: String, key: String, mine: Any, theirs: Any) -> SyncSide? {
      if let side = choosing[key] {
        chosen.insert(side)
        return side
      }
      conflicts.append(FieldConflict(label: label, key: key, edited: Fields.text(mine), current: Fields.text(theirs)))
      return nil
    }

    mutating func take<Value: Equatable>(_ field: WritableKeyPath<Record, Value>, _ label: String, key: String) {
      let (before, mine, theirs) = (original?[keyPath: field], edited[keyPath: field], merged[keyPath: field])
      guard mine != before else { return }
      if theirs != before, theirs != mine {
        guard settle(label, key: key, mine: mine, theirs: theirs) == .ours else { return }
      }
      merged[keyPath: field] = mine
    }

    /// Who last changed the record: never a conflict. The later day wins; on the same day, the
    /// edit being written. When conflicts were settled with `current`'s values only, its author
    /// stays: the person whose values won.
    mutating func takeChange(_ field: WritableKeyPath<Record, RecordChange?>) {
      if chosen == [.theirs] { return }
      merged[keyPath: field] = RecordChange.later(edited[keyPath: field], merged[keyPath: field])
    }

    /// A list of dated notes, which only grows in the normal course: the notes the edit added
    /// join those on disk, and the ones it removed leave them, so that two people's notes both
    /// stay.
    mutating func takeNotes(_ field: WritableKeyPath<Record, [DatedNote]>) {
      let (before, mine) = (original?[keyPath: field] ?? [], edited[keyPath: field])
      guard mine != before else { return }
      var notes = merged[keyPath: field].filter { !before.contains($0) || mine.contains($0) }
      notes += mine.filter { !before.contains($0) && !notes.contains($0) }
      merged[keyPath: field] = notes
    }

    /// A list of items, each whole (an objective, an initiative): the edit's list, in its
    /// order, without the items removed on disk, then the items added on disk. An item changed
    /// on both sides stays in both versions, so that nobody's words are lost.
    mutating func takeList<Item: Equatable>(_ field: WritableKeyPath<Record, [Item]>, _ label: String, key: String) {
      let (before, mine, theirs) = (original?[keyPath: field] ?? [], edited[keyPath: field], merged[keyPath: field])
      guard mine != before else { return }
      // The same item changed (or removed) on both sides, each putting something else in: which
      // one stands cannot be told, so nothing is merged.
      let changedHere = before.filter { !mine.contains($0) }
      if changedHere.contains(where: { !theirs.contains($0) }), mine.contains(where: { !before.contains($0) }),
        theirs.contains(where: { !before.contains($0) && !mine.contains($0) })
      {
        guard settle(label, key: key, mine: mine, theirs: theirs) == .ours else { return }
        merged[keyPath: field] = mine
        return
      }
      var items = mine.filter { !before.contains($0) || theirs.contains($0) }
      items += theirs.filter { !before.contains($0) && !mine.contains($0) }
      merged[keyPath: field] = items
    }

    /// A value as a person would write it, cut short, in quotes.
    private static func show(_ value: String?) -> String {
      guard let value else { return "empty" }
      let line = value.replacingOccurrences(of: "\n", with: " ")
      return "“" + (line.count > 40 ? line.prefix(39) + "…" : line) + "”"
    }

    /// A value as a person would write it; nil when empty.
    static func text(_ value: Any) -> String? {
      let text: String
      switch value {
      case let list as [Initiative]: text = list.map { PlanCodec.line(of: $0) }.joined(separator: "; ")
      case let list as [String]: text = list.joined(separator: "; ")
      case let optional as Day?: text = optional?.description ?? ""
      case let optional as String?: text = optional ?? ""
      case let optional as Int?: text = optional.map(String.init) ?? ""
      case let optional as DatedNote?: text = optional.map { "\($0.day) \($0.text)" } ?? ""
      case let tier as Tier: text = tier.rawValue
      default: text = "\(value)"
      }
      return text.isEmpty ? nil : text
    }

    func result(named name: String) throws -> Record {
      guard conflicts.isEmpty else {
        let fields = conflicts.map {
          $0.key == "objective" || $0.key == "initiative"
            ? "\($0.label) (one of them changed on disk too)" : "\($0.label) (now \(Fields.show($0.current)))"
        }
        throw StoreError.conflict(
          "\(name)\(name.hasSuffix("s") ? "’" : "'s") \(fields.joined(separator: ", ")) changed on disk while you edited"
            + " \(conflicts.count == 1 ? "it" : "them")")
      }
      return merged
    }
  }
}
