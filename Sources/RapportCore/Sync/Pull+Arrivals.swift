/// Who brought what in a pull: each event line by its `by:`, else by the `Rapport-Author:` line of
/// the commit that added it, else by that commit's git author; each record by its
/// `changed: DAY by NAME`, else by the last commit that changed its file.
extension Pull {
  /// Counts what `theirs` brings to `head`.
  ///
  /// One diff of the two tips gives the event lines `theirs` has and `head` lacks. Reading each
  /// commit's patch instead (as the commit authors need) costs two whole versions of the events
  /// file per commit, so the log is read only for lines that carry no `by:`.
  mutating func tallyArrivals(
    head: String, theirs: String, accounts: [RecordArrival], contacts: [RecordArrival]
  ) throws(SyncFailure) {
    let diff = try git.must(
      ["diff", "-U0", "--no-color", "--no-ext-diff", "--no-renames", head, theirs, "--", Store.eventsFile],
      doing: "read what came in")
    var unsigned: [(line: Substring, summary: EventLineSummary)] = []
    for line in diff.out.split(separator: "\n") where line.first == "+" && !line.hasPrefix("+++") {
      guard let summary = EventLineSummary(line.dropFirst()) else { continue }
      if summary.author != nil {
        tally.add(summary, commitAuthor: "")
      } else {
        unsigned.append((line.dropFirst(), summary))
      }
    }
    if !unsigned.isEmpty {
      let authors = try commitAuthors(of: Set(unsigned.map(\.line)), head: head, theirs: theirs)
      for (line, summary) in unsigned { tally.add(summary, commitAuthor: authors[line] ?? "") }
    }
    for (records, file) in [(accounts, Store.accountsFile), (contacts, Store.contactsFile)] where !records.isEmpty {
      var fileAuthor: String?
      for record in records {
        let author: String
        if let named = record.author {
          author = named.name
        } else {
          if fileAuthor == nil { fileAuthor = try lastAuthor(of: file, head: head, theirs: theirs) }
          author = fileAuthor!
        }
        tally.addEdit(
          author: author, account: record.account, contact: file == Store.contactsFile ? record.key : nil)
      }
    }
  }

  /// `%x01TRAILER%x02NAME`: the commit's `Rapport-Author:` and its git author.
  private static var authorFormat: String {
    "--format=%x01%(trailers:key=\(Sync.authorTrailer),valueonly,separator=%x2C)%x02%an"
  }

  /// The author of the commit between `head` and `theirs` that added each of `lines`.
  private func commitAuthors(of lines: Set<Substring>, head: String, theirs: String) throws(SyncFailure)
    -> [Substring: String]
  {
    let log = try git.must(
      [
        "log", "--no-merges", "--reverse", "-p", "-U0", "--no-color", "--no-ext-diff", "--no-renames",
        Pull.authorFormat, "\(head)..\(theirs)", "--", Store.eventsFile,
      ], doing: "read who wrote what came in")
    var authors: [Substring: String] = [:]
    var author = ""
    for line in log.out.split(separator: "\n") {
      if line.first == "\u{1}" {
        author = ArrivalTally.author(fromLogLine: line)
      } else if line.first == "+", !line.hasPrefix("+++"), lines.contains(line.dropFirst()) {
        authors[line.dropFirst()] = authors[line.dropFirst()] ?? author
      }
    }
    return authors
  }

  /// Who made the last commit between `head` and `theirs` that changed `file`.
  private func lastAuthor(of file: String, head: String, theirs: String) throws(SyncFailure) -> String {
    let last = try git.must(
      ["log", "-1", "--no-merges", Pull.authorFormat, "\(head)..\(theirs)", "--", file],
      doing: "read who changed records")
    return ArrivalTally.author(fromLogLine: last.text.dropFirst())
  }
}
