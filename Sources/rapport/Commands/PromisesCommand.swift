import ArgumentParser
import Foundation
import RapportCore
import RapportUI

/// `rapport promises`: the open promises, soonest due first, as a table or JSON.
struct PromisesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "promises",
    abstract: "List the open promises, soonest due first, with how overdue each is.",
    discussion: """
      Open promises by default; --all adds those kept, missed and dropped, and --overdue \
      keeps only those past their due day.

      Examples:
        rapport promises                      # what we owe, soonest due first
        rapport promises --overdue            # what is late
        rapport promises --account acme --all --json
      """)

  @OptionGroup var options: StoreOptions

  @Flag(help: "Only the open promises past their due day.")
  var overdue = false

  @Option(help: "Only this account's promises (its id).", completion: StoreCompletion.accounts)
  var account: String?

  @Flag(help: "Closed promises too: kept, missed and dropped.")
  var all = false

  @Flag(help: "Print JSON instead of a table.")
  var json = false

  func run() throws {
    try options.withStore(writable: false) { store, today in
      let ledger = store.ledger
      var promises = ledger.promises.filter { all || $0.isOpen }
      if let account {
        guard ledger.accountIndex(account) != nil else {
          throw Problem("no account '\(account)' in \(store.path); 'rapport accounts' lists the accounts")
        }
        promises = promises.filter { $0.account == account }
      }
      if overdue { promises = promises.filter { $0.isOverdue(on: today) } }
      // Open ones soonest due first, then the closed ones, latest closed first.
      promises = promises.enumerated().sorted { a, b in
        let (x, y) = (a.element, b.element)
        if x.isOpen != y.isOpen { return x.isOpen }
        if x.isOpen { return (x.due, a.offset) < (y.due, b.offset) }
        return (y.closed ?? x.made, a.offset) < (x.closed ?? y.made, b.offset)
      }.map(\.element)
      if json {
        try Output.json(promises.map { PromiseJSON($0, today: today) })
      } else {
        let which = (overdue ? "overdue " : all ? "" : "open ") + "promises" + (account.map { " to \($0)" } ?? "")
        Output.say(
          promises.isEmpty
            ? "No \(which).\n" : PromisesTable.render(promises, in: ledger, today: today), terminator: "")
      }
      try reportErrors(of: store)
    }
  }
}

/// One promise in `rapport promises --json`.
struct PromiseJSON: Encodable {
  var id: String
  var account: String
  var contact: String?
  var what: String
  var due: String
  var status: String
  var daysOverdue: Int
  var made: String
  var by: String?
  var closed: String?
  /// The note or reason of the line that closed it.
  var note: String?

  init(_ promise: RapportCore.Promise, today: Day) {
    id = promise.id
    account = promise.account
    contact = promise.contact
    what = promise.what
    due = promise.due.description
    status = promise.status.rawValue
    daysOverdue = promise.daysOverdue(on: today)
    made = promise.made.description
    by = promise.by
    closed = promise.closed?.description
    note = promise.note.isEmpty ? nil : promise.note
  }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(account, forKey: .account)
    try container.encode(contact, forKey: .contact)
    try container.encode(what, forKey: .what)
    try container.encode(due, forKey: .due)
    try container.encode(status, forKey: .status)
    try container.encode(daysOverdue, forKey: .daysOverdue)
    try container.encode(made, forKey: .made)
    try container.encode(by, forKey: .by)
    try container.encode(closed, forKey: .closed)
    try container.encode(note, forKey: .note)
  }

  enum CodingKeys: String, CodingKey {
    case id, account, contact, what, due, status, daysOverdue, made, by, closed, note
  }
}

/// The promises as a table: due, how it stands, for whom, what, id, and the closing notes when
/// there are any. Nothing is cut: a pipe or a wide terminal gets every word.
enum PromisesTable {
  static func render(_ promises: [RapportCore.Promise], in ledger: Ledger, today: Day) -> String {
    guard !promises.isEmpty else { return "No promises.\n" }
    let notes = promises.contains { !$0.note.isEmpty }
    var table = TextTable(
      headers: ["DUE", "STATUS", "FOR", "WHAT", "ID"] + (notes ? ["NOTE"] : []),
      alignments: Array(repeating: .left, count: notes ? 6 : 5))
    for promise in promises {
      let days = promise.daysOverdue(on: today)
      let status: String
      switch promise.status {
      case .open:
        status = days > 0 ? "\(days) day\(days == 1 ? "" : "s") overdue" : promise.due == today ? "due today" : "open"
      default: status = "\(promise.status.rawValue) \(promise.closed.map(\.description) ?? "")"
      }
      table.append(
        [
          promise.due.description, status, oneLine(PromiseText.recipient(promise, in: ledger)), oneLine(promise.what),
          InertText.visible(promise.id),
        ] + (notes ? [oneLine(promise.note)] : []))
    }
    // Columns are measured in terminal cells, so that names in wide scripts line up.
    return table.render()
  }

  /// Store text on one line, shown inert.
  private static func oneLine(_ text: String) -> String {
    InertText.visible(text.replacingOccurrences(of: "\n", with: " "))
  }
}
