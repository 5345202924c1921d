import ArgumentParser
import Foundation
import RapportCore

/// `rapport export`: events, accounts or contacts as CSV, JSON or an hledger journal, on
/// standard output.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write events, accounts or contacts as CSV, JSON or an hledger journal.",
    discussion: """
      Writes to standard output. CSV follows RFC 4180 (a header row, CR LF line ends, fields \
      with a comma, quote or line break in double quotes). Events have the columns date, \
      account, contact, type, kind, weight, note, for (career or empty), id: what 'rapport \
      import csv' reads. JSON is \
      one array of objects. The hledger journal has one balanced transaction per event: the \
      weight in pts to equity:ACCOUNT:CONTACT (equity:ACCOUNT for the whole account) against \
      relationship:ACCOUNT, with the kind and type as tags, so 'hledger balance' gives each \
      account's equity, undecayed.

      Voided events are left out (a restored one is exported); archived accounts and contacts \
      are included. Text is written as it is in the store (in JSON, control characters as \
      \\u escapes), except in the hledger journal, where they are shown as text (\\e, \\n).

      Personal notes are left out unless --personal is given: the notes of events recorded \
      against a person (ACCOUNT/CONTACT) and each contact's personal notes, as in 'rapport \
      brief'. Notes of events of a whole account are business notes, and a contact's email \
      addresses, phone numbers and career side (next job, measured by, worries, how we can \
      help, progress) are business knowledge, which the next manager on the account needs: \
      they are always exported (see the README's Privacy).

      Exit status: 0 when written; 1 when the store has errors (the export leaves out what \
      could not be read, and says so on standard error) or the account is unknown; 64 for a \
      bad option or a --since that is not a day.

      Examples:
        rapport export --format csv > events.csv
        rapport export --format json --what contacts --account acme
        rapport export --format csv --since 2026-01-01 --personal > mine.csv
        rapport export --format hledger | hledger -f - balance
      """)

  /// What an export writes.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case csv, json, hledger
  }

  /// What an export takes.
  enum What: String, ExpressibleByArgument, CaseIterable {
    case events, accounts, contacts
  }

  @OptionGroup var options: StoreOptions

  @Option(help: "csv, json or hledger.")
  var format: Format

  @Option(help: "events, accounts or contacts (hledger: events only).")
  var what: What = .events

  @Option(help: "Only this account's events, record or contacts (its id).", completion: StoreCompletion.accounts)
  var account: String?

  @Option(help: "Only events from this day on: YYYY-MM-DD, yesterday, or thirty days back as --since=-30d.")
  var since: String?

  @Flag(help: "Include personal notes: the notes of events with a person, and contacts' personal notes.")
  var personal = false

  func validate() throws {
    if format == .hledger && what != .events {
      throw ValidationError("--format hledger exports events only; use csv or json for --what \(what.rawValue)")
    }
    if since != nil && what != .events {
      throw ValidationError("--since filters events; it does not apply to --what \(what.rawValue)")
    }
  }

  func run() throws {
    try options.withStore(writable: false) { store, today in
      let ledger = store.ledger
      if let account, ledger.accountIndex(account) == nil {
        throw Problem("no account '\(account)' in \(store.path); 'rapport accounts' lists the accounts")
      }
      var first: Day?
      if let since {
        first = try typedValue("--since") { () throws(InputProblem) in
          try DayInput.parse(since, today: today, since: nil)
        }
      }
      let privacy: ExportPrivacy = personal ? .withPersonal : .withoutPersonal
      var out = ChunkedOutput()
      switch what {
      case .events:
        let rows = EventRow.rows(
          in: ledger, selection: EventSelection(account: account, since: first), privacy: privacy)
        switch format {
        case .csv:
          out.add(CSVWriter.record(EventRow.header))
          for row in rows { out.add(CSVWriter.record(row.fields)) }
        case .json: try Self.json(rows, to: &out)
        case .hledger:
          out.add(HledgerJournal.header)
          for row in rows { out.add(HledgerJournal.transaction(row) + "\n") }
        }
      case .accounts:
        let rows = AccountRow.rows(in: ledger, account: account)
        if format == .csv {
          out.add(CSVWriter.document(header: AccountRow.header, rows: rows.map(\.fields)))
        } else {
          try Self.json(rows, to: &out)
        }
      case .contacts:
        let rows = ContactRow.rows(in: ledger, account: account, privacy: privacy)
        if format == .csv {
          out.add(
            CSVWriter.document(
              header: ContactRow.header(privacy: privacy), rows: rows.map { $0.fields(privacy: privacy) }))
        } else {
          try Self.json(rows, to: &out)
        }
      }
      out.flush()
      try reportErrors(of: store)
    }
  }

  /// One JSON array, keys sorted, and a final line feed, encoded a few thousand rows at a time
  /// (the same text as all at once, in a fraction of the memory). The text is the store's: the
  /// characters a terminal acts on are `\u` escapes (C0 controls as JSONEncoder writes them; DEL,
  /// C1 and bidi controls too), which mean the same characters to whatever reads the JSON.
  private static func json<Row: Encodable>(_ rows: [Row], to out: inout ChunkedOutput) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    func encoded(_ rows: ArraySlice<Row>) throws -> String {
      InertText.jsonEscapingActive(String(decoding: try encoder.encode(Array(rows)), as: UTF8.self))
    }
    guard !rows.isEmpty else { return out.add(try encoded([]) + "\n") }
    let chunk = 4096
    out.add("[\n")
    for start in stride(from: 0, to: rows.count, by: chunk) {
      // Each chunk is "[\n" ITEMS "\n]": its items join the others with ",\n".
      let text = try encoded(rows[start..<min(start + chunk, rows.count)])
      if start > 0 { out.add(",\n") }
      out.add(String(text.dropFirst(2).dropLast(2)))
    }
    out.add("\n]\n")
  }
}

/// Standard output written a megabyte at a time, so that a large export is never held whole.
struct ChunkedOutput {
  private var buffer = ""

  mutating func add(_ text: String) {
    buffer += text
    if buffer.utf8.count >= 1 << 20 { flush() }
  }

  mutating func flush() {
    FileHandle.standardOutput.write(Data(buffer.utf8))
    buffer = ""
  }
}
