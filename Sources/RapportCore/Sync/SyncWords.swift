/// The sync's values in words, the same on the command line and in the dashboard.
extension SyncArrival {
  /// "Jane logged 2 touches on Acme", "Sam made 1 promise and edited 1 record on Globex".
  public var sentence: String {
    func counted(_ number: Int, _ one: String, _ many: String) -> String { "\(number) \(number == 1 ? one : many)" }
    var logged: [String] = []
    if touches > 0 { logged.append(counted(touches, "touch", "touches")) }
    if withdrawals > 0 { logged.append(counted(withdrawals, "withdrawal", "withdrawals")) }
    var parts: [String] = []
    if !logged.isEmpty { parts.append("logged " + logged.joined(separator: " and ")) }
    if promisesMade > 0 { parts.append("made " + counted(promisesMade, "promise", "promises")) }
    if promisesClosed > 0 { parts.append("closed " + counted(promisesClosed, "promise", "promises")) }
    if edits > 0 { parts.append("edited " + counted(edits, "record", "records")) }
    if parts.isEmpty { parts.append("changed nothing") }
    let listed = parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " and " + parts.last!
    return "\(author) \(listed) on \(account)"
  }
}

extension SyncReport {
  /// "Committed: 1 deposit, edited Acme." (one period, also after a name that ends with one), or
  /// "Nothing to commit.".
  public var committedSentence: String {
    guard let committed else { return "Nothing to commit." }
    let ended = committed.last.map { ".!?…".contains($0) } ?? false
    return "Committed: \(committed)\(ended ? "" : ".")"
  }
}

extension SyncConflict {
  /// Whether the values are personal notes, which output that can leave the machine leaves out.
  public var isPersonal: Bool { kind == .contact && field == "personal" }
}
