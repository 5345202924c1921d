/// The three-way merge of a record file (accounts.txt or contacts.txt) that a sync makes instead
/// of git's line merge: record by record and field by field, with Rapport's own parser.
///
/// - A record changed on one side only takes that side's text as written.
/// - A record changed on both sides is merged field by field (`Merge`): different fields are
///   both kept; the same field changed to different values is a conflict, unless a resolution
///   chooses a side.
/// - Records added on either side are kept; a record removed on one side and left alone on the
///   other is removed; a record removed on one side and edited on the other stays, edited.
/// - Comments and the bytes of untouched records stay as this clone has them.
struct RecordMerge<Record: Hashable> {
  struct Result {
    var bytes: [UInt8]
    var conflicts: [SyncConflict]
    /// The records the other side changed or added.
    var arrived: [RecordArrival]
  }

  let kind: RecordKind<Record>

  func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8], resolutions: [SyncResolution]) -> Result {
    if ours == theirs || theirs == base { return Result(bytes: ours, conflicts: [], arrived: []) }
    let (baseSet, theirSet) = (kind.read(base), kind.read(theirs))
    let arrived = theirSet.order.compactMap { key -> RecordArrival? in
      let record = theirSet[key]!.record
      guard baseSet[key]?.record != record else { return nil }
      return RecordArrival(key: key, account: kind.account(record), author: kind.changed(record)?.author)
    }
    if ours == base { return Result(bytes: theirs, conflicts: [], arrived: arrived) }

    let ourSet = kind.read(ours)
    var file = ourSet.file
    var conflicts: [SyncConflict] = []
    var choices: [String: [String: SyncSide]] = [:]
    for resolution in resolutions { choices[resolution.record, default: [:]][resolution.field] = resolution.side }

    for key in theirSet.order {
      let their = theirSet[key]!
      let before = baseSet[key]?.record
      guard let our = ourSet[key] else {
        // Added there, or edited there while removed here: kept either way, nobody's words lost.
        if before != their.record { append(their, to: &file, in: ourSet) }
        continue
      }
      guard their.record != before, their.record != our.record else { continue }
      if our.record == before {
        file.replace(our.position, with: their.text)
        continue
      }
      // Both changed it: the record id's choices apply (`jane.role` for acme/jane).
      let id = key.split(separator: "/").last.map(String.init) ?? key
      let fields = kind.merge(before, our.record, their.record, choices[id] ?? choices[key] ?? [:])
      conflicts += fields.conflicts.map {
        SyncConflict(
          kind: kind.kind, record: id, recordName: kind.name(our.record), field: $0.key, ours: $0.edited,
          theirs: $0.current)
      }
      if fields.conflicts.isEmpty { file.replace(our.position, with: kind.text(fields.merged)) }
    }
    // Removed there and not changed here: removed.
    for key in ourSet.order where theirSet[key] == nil {
      if let before = baseSet[key]?.record, before == ourSet[key]!.record {
        file.replace(ourSet[key]!.position, with: "")
      }
    }
    return Result(bytes: file.currentBytes, conflicts: conflicts, arrived: arrived)
  }

  /// Adds a record from the other side: a contact after its account's last contact here, the
  /// rest at the end.
  private func append(_ entry: RecordSet<Record>.Entry, to file: inout RecordFile, in ours: RecordSet<Record>) {
    let account = kind.account(entry.record)
    let neighbour =
      kind.kind == .contact
      ? ours.order.last { kind.account(ours[$0]!.record) == account }.map { ours[$0]!.position } : nil
    var text = entry.text
    while text.hasSuffix("\n\n") { text.removeLast() }
    file.append(text.hasSuffix("\n") ? text : text + "\n", after: neighbour)
  }
}

/// A record the other side of a merge changed or added, and who says they did (`changed: … by NAME`).
struct RecordArrival: Equatable {
  var key: String
  var account: String
  var author: Author?
}
