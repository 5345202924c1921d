/// What came in, counted by author and account as the pulled lines and records are read.
struct ArrivalTally {
  private struct Key: Hashable {
    var author: String
    var account: String
  }

  private var counts: [Key: SyncArrival] = [:]
  private var order: [Key] = []
  /// Marks of promises (kept, missed…) by author, their account known once the store is loaded.
  private var marks: [(author: String, promise: String)] = []
  /// The accounts of the promises that came in, by id.
  private var promiseAccounts: [String: String] = [:]
  /// What the lines that came in record, for the merge commit's message.
  private var kinds: [EventLineSummary.What] = []
  private var editedAccounts: Set<String> = []
  private var editedContacts: Set<String> = []

  /// The author of a `git log` line written as `\u{1}TRAILER\u{2}NAME`: the trailer when given.
  static func author(fromLogLine line: Substring) -> String {
    let text = line.first == "\u{1}" ? line.dropFirst() : line
    let parts = text.split(separator: "\u{2}", maxSplits: 1, omittingEmptySubsequences: false)
    let trailer = parts.first.map { $0.split(separator: ",").first ?? "" } ?? ""
    let trimmed = trailer.trimmingCharacters(in: .whitespaces)
    if !trimmed.isEmpty { return trimmed }
    return parts.count > 1 ? String(parts[1]) : String(text)
  }

  private mutating func update(_ author: String, _ account: String, _ change: (inout SyncArrival) -> Void) {
    let key = Key(author: author, account: account)
    if counts[key] == nil {
      counts[key] = SyncArrival(author: author, account: account)
      order.append(key)
    }
    change(&counts[key]!)
  }

  /// Counts one line that came in, written in a commit by `commitAuthor`.
  mutating func add(_ line: Substring, commitAuthor: String) {
    guard let summary = EventLineSummary(line) else { return }
    add(summary, commitAuthor: commitAuthor)
  }

  /// Counts one line that came in, read: by its `by:`, else by `commitAuthor`.
  mutating func add(_ summary: EventLineSummary, commitAuthor: String) {
    kinds.append(summary.what)
    let author = summary.author ?? commitAuthor
    switch summary.what {
    case .event(let type):
      update(author, summary.account) { if type.isTouch { $0.touches += 1 } else { $0.withdrawals += 1 } }
    case .promise:
      if let id = summary.reference { promiseAccounts[id] = summary.account }
      update(author, summary.account) { $0.promisesMade += 1 }
    case .promiseMark(let action):
      if action != .reopened, let id = summary.reference { marks.append((author, id)) }
    case .void, .restore: break
    }
  }

  /// Counts a record that came in changed: a contact (`acme/jane`) when `contact` names one, else
  /// the account.
  mutating func addEdit(author: String, account: String, contact: String? = nil) {
    if let contact { editedContacts.insert(contact) } else { editedAccounts.insert(account) }
    update(author, account) { $0.edits += 1 }
  }

  /// What the merge brought, in words: "3 deposits, 1 promise kept, edited 1 account and 2 contacts".
  var summary: String {
    var parts = CommitSummary.eventWords(kinds: kinds)
    var edited: [String] = []
    for (count, noun) in [(editedAccounts.count, "account"), (editedContacts.count, "contact")] where count > 0 {
      edited.append("\(count) \(noun)\(count == 1 ? "" : "s")")
    }
    if !edited.isEmpty { parts.append("edited " + edited.joined(separator: " and ")) }
    return parts.isEmpty ? "no new events" : parts.joined(separator: ", ")
  }

  /// The arrivals, with the accounts' names from the merged store's ledger.
  func arrivals(names ledger: Ledger) -> [SyncArrival] {
    var tally = self
    for mark in marks {
      guard let account = ledger.promise(id: mark.promise)?.account ?? promiseAccounts[mark.promise] else { continue }
      tally.update(mark.author, account) { $0.promisesClosed += 1 }
    }
    return tally.order.map { key in
      var arrival = tally.counts[key]!
      if let index = ledger.accountIndex(key.account) { arrival.account = ledger.accounts[index].name }
      return arrival
    }
  }
}
