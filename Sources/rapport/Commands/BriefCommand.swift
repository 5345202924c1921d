import ArgumentParser
import RapportCore

/// `rapport brief ACCOUNT` and `rapport brief --owner NAME` (or `--mine`): the document a manager reads before
/// a meeting or when taking an account over.
struct BriefCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "brief",
    abstract: "Print an account's brief: facts, the year's story, culture, people, promises, plans, drift.",
    discussion: """
      The brief is what a manager reads before the meeting tomorrow, or when taking the account \
      over: tier, owner, won date, equity now and a year ago with the biggest deposits and \
      withdrawals of the year in sentences; the culture, do's and don'ts; the decision makers, \
      culture role models and difficult people with their reassessment dates; each person's role, \
      career side and last touch, the people who left apart; the open promises and planned \
      touches; and the drift status with the reasons 'rapport drift' gives.

      Personal notes (a contact's personal: field, and the notes of events with a person, which \
      'rapport forget' removes with them) are left out unless --personal is given, as in \
      'rapport export'; the notes of a whole account's events are business notes and are in. With --owner, \
      every account of that owner (case ignored, archived ones left out), one after another; with \
      --mine, every account you own.

      Examples:
        rapport brief acme                 # the brief as text
        rapport brief acme --format markdown > acme.md
        rapport brief acme --personal      # with personal notes: for your eyes only
        rapport brief --owner sam          # every account Sam hands over
        rapport brief --mine --format markdown > mine.md
      """)

  @OptionGroup var options: StoreOptions

  @Argument(help: "The account's id, as in 'rapport accounts'.", completion: StoreCompletion.accounts)
  var account: String?

  @OptionGroup var owners: OwnerOptions

  @Option(help: "text or markdown.", completion: .list(Format.allCases.map(\.rawValue)))
  var format: Word<Format> = Word(argument: Format.text.rawValue)

  @Flag(help: "Include personal notes: the notes of events with a person, and contacts' personal notes.")
  var personal = false

  enum Format: String, CaseIterable, NamedByWord {
    case text, markdown
    init?(word: String) { self.init(rawValue: word.lowercased()) }
  }

  func validate() throws {
    if format.value == nil { throw ValidationError("--format '\(format.text)': use text or markdown") }
    switch (account, owners.isGiven) {
    case (nil, false): throw ValidationError("name an account, or an owner with --owner or --mine")
    case (.some, true): throw ValidationError("name an account or an owner, not both")
    default: break
    }
  }

  /// What separates two briefs of one owner.
  static func separator(_ format: Format) -> String {
    format == .markdown ? "\n---\n\n" : "\n" + String(repeating: "═", count: 72) + "\n\n"
  }

  func run() throws {
    let config = try Config.load()
    let format = format.value ?? .text
    try options.withStore(writable: false, config: config) { store, today in
      let ledger = store.ledger
      let indices: [Int]
      if let account {
        guard let index = ledger.accountIndex(account) else {
          throw Problem("no account '\(account)' in \(store.path); 'rapport accounts' lists the accounts")
        }
        indices = [index]
      } else {
        let owner = try owners.chosen(in: store, config: config) ?? ""
        indices = try OwnerOptions.accounts(of: owner, in: ledger)
      }
      let documents = indices.map { index in
        let brief = ledger.brief(account: index, on: today, thresholds: config.drift, personal: personal)
        return format == .markdown ? BriefMarkdown.render(brief) : BriefText.render(brief)
      }
      Output.say(documents.joined(separator: Self.separator(format)), terminator: "")
      try reportErrors(of: store)
    }
  }
}
