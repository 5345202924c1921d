import ArgumentParser
import Foundation
import RapportCore

/// `rapport import csv|vcard|ics FILE`: events and contacts from the files other tools write.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import events from CSV, contacts from vCard, and meetings from iCalendar.",
    discussion: """
      Every import checks the whole file first and lists every bad row or entry as \
      FILE:LINE: reason; when there is one, nothing is written. Imported events carry their \
      source (src:…), so importing the same file again adds nothing twice. --dry-run says \
      what would be done and writes nothing.

      Examples:
        rapport import csv events.csv --dry-run
        rapport import vcard contacts.vcf --create-accounts
        rapport import ics calendar.ics --since 2026-09-01
      """,
    subcommands: [ImportCSV.self, ImportVCard.self, ImportICS.self])
}

/// What all imports share: reading the file, and carrying out or describing a plan of events.
enum Importing {
  /// The file's text, as UTF-8.
  static func text(of file: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw Problem("cannot read '\(file)'")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw Problem("'\(file)' is not UTF-8 text: save it as UTF-8 and import it again")
    }
    return text
  }

  /// Prints every problem and refuses the import when there is one.
  static func refuse(_ problems: [ImportProblem]) throws {
    guard !problems.isEmpty else { return }
    for problem in problems { Output.warn(problem.description) }
    throw Problem(
      "nothing was imported: \(problems.count == 1 ? "1 problem" : "\(problems.count) problems") to fix first")
  }

  /// Refuses `--demo` without `--dry-run`: the copy is removed at once, and the import with it.
  static func validate(_ options: StoreOptions, dryRun: Bool) throws {
    guard !options.demo || dryRun else {
      throw ValidationError(
        "--demo opens a copy that is removed at once, so the import would be lost: use --store PATH, or --dry-run")
    }
  }

  /// Refuses to write into a store that cannot be written.
  static func checkWritable(_ store: Store, dryRun: Bool) throws {
    if !dryRun, case .readOnly(let reason) = store.access { throw Problem("nothing was imported: \(reason)") }
  }

  /// One event as a line of the dry run: `2026-11-02 acme/jane deposit check-in +1 "Review"`.
  static func describe(_ draft: EventDraft) -> String {
    var line = "\(draft.day) \(draft.account)\(draft.contact.map { "/\($0)" } ?? "") \(draft.type.word) \(draft.kind)"
    line += " \(draft.weight)"
    if !draft.note.isEmpty { line += " \"\(draft.note.split(whereSeparator: \.isNewline).joined(separator: " "))\"" }
    return line
  }

  /// Carries out `plan`, or with `dryRun` lists what it would add; then prints its summary.
  static func run(_ plan: EventImportPlan, in store: Store, dryRun: Bool) throws {
    try refuse(plan.problems)
    for skipped in plan.skipped { Output.say("skipped \(skipped)") }
    if dryRun {
      for draft in plan.events { Output.say("would add: \(describe(draft))") }
    } else {
      do {
        try store.importEvents(plan.events)
      } catch let error as StoreError {
        throw Problem("nothing was imported: \(error)")
      }
    }
    Output.say(plan.summary(dryRun: dryRun))
  }
}

/// `rapport import csv FILE`.
struct ImportCSV: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "csv",
    abstract: "Import events from a CSV file with a header row.",
    discussion: """
      The header row names the columns, in any order and any case: date (YYYY-MM-DD), \
      account, type (deposit, withdrawal, favour-given, favour-asked) are required; contact \
      (empty for the whole account), kind, weight, note, for (career, for a contact's \
      career, as --for-career) and id are optional, and other columns are ignored. Rows are checked as 'rapport add' checks its arguments; an empty \
      kind or weight takes the type's usual one. Quoted fields may hold commas, doubled \
      quotes and line breaks (RFC 4180). A row's source is csv:ID when it has an id, else a \
      hash of its fields.

      Examples:
        rapport import csv events.csv
        rapport import csv events.csv --dry-run --store ~/work/rapport
      """)

  @Argument(help: "The CSV file.", completion: .file(extensions: ["csv"]))
  var file: String

  @Flag(help: "Say what would be imported, and write nothing.")
  var dryRun = false

  @OptionGroup var options: StoreOptions

  func validate() throws { try Importing.validate(options, dryRun: dryRun) }

  func run() throws {
    let text = try Importing.text(of: file)
    try options.withStore(writable: !dryRun) { store, today in
      try Importing.checkWritable(store, dryRun: dryRun)
      let plan = CSVImport.plan(text, file: file, ledger: store.ledger, today: today)
      try Importing.run(plan, in: store, dryRun: dryRun)
    }
  }
}
