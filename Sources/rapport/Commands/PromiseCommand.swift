import ArgumentParser
import Foundation
import RapportCore

/// `rapport promise add|keep|miss|drop`: promises from a script or the shell.
struct PromiseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "promise",
    abstract: "Make a promise to an account or contact, and keep, miss or drop it.",
    discussion: """
      A promise is an open item in events.txt until it is kept, missed or dropped. Keeping \
      one records a promise-kept deposit (+2) linked to it; missing one a missed-promise \
      withdrawal (-3); dropping one records no event. `rapport promises` lists them.

      Examples:
        rapport promise add acme/jane "send the benchmark" --due fri --by sam
        rapport promise keep k3f9x2abq0
        rapport promise drop k3f9x2abq0 --reason "they bought the report"
      """,
    subcommands: [PromiseAdd.self, PromiseKeep.self, PromiseMiss.self, PromiseDrop.self])
}

/// `rapport promise add ACCOUNT[/CONTACT] "what" --due DAY`.
struct PromiseAdd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Make a promise and print its id.",
    discussion: """
      DAY is \(DueDay.forms); a new promise is due today or later. The promise is appended \
      to events.txt and synced to disk before its id is printed.

      Examples:
        rapport promise add acme/jane "send the benchmark" --due fri
        rapport promise add acme "fix the invoice run" --due +7d --by "Sam Lee"
      """)

  @Argument(help: "The account, or account/contact.", completion: StoreCompletion.accountsAndContacts)
  var target: String

  @Argument(help: "What was promised, in your own words.")
  var what: String

  @Option(parsing: .unconditional, help: "When it is due: \(DueDay.forms).")
  var due: String

  @Option(help: "Who made it (a name or initials).")
  var by: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    guard !options.demo else {
      throw ValidationError(
        "--demo opens a copy that is removed at once, so the promise would be lost: use --store PATH")
    }
    _ = try Target(parsing: target)
    if let problem = TextSafety.problem(in: what, field: "what was promised") { throw ValidationError("\(problem)") }
    if let by, let problem = TextSafety.problem(in: by, field: "--by") { throw ValidationError("\(problem)") }
  }

  func run() throws {
    try options.withStore(writable: true) { store, today in
      if case .readOnly(let reason) = store.access { throw Problem("nothing was recorded: \(reason)") }
      let target = try Target(parsing: self.target)
      try PromiseText.checkTarget(target, in: store)
      let day = try typedValue("--due", describe: { _ in "'\(due)' is not a day: write \(DueDay.forms)" }) {
        () throws(InputProblem) in try DueDay.parse(due, today: today)
      }
      guard day >= today else {
        throw Problem("--due \(day) is past: a new promise is due today (\(today)) or later")
      }
      let draft = PromiseDraft(
        day: today, account: target.account, contact: target.contact, what: what, due: day, by: by)
      if let contact = target.contact, let index = store.ledger.contactIndex("\(target.account)/\(contact)"),
        case let person = store.ledger.contacts[index], let left = person.left, person.hasLeft(by: today)
      {
        Output.warn("warning: \(person.name) left on \(left.day); the promise is recorded all the same")
      }
      do {
        let promise = try store.promise(draft)
        Output.say(promise.id)
      } catch let error as StoreError {
        throw Problem("nothing was recorded: \(error)")
      }
    }
  }
}

/// What keep, miss and drop share: the promise's id and the store.
struct PromiseClosing: ParsableArguments {
  @Argument(help: "The promise's id, as `rapport promises` shows it.")
  var id: String

  @OptionGroup var options: StoreOptions

  /// Closes the promise `id` with `close`, and says what was recorded.
  func run(_ verb: String, _ close: (Store, String, Day) throws -> RapportCore.Promise) throws {
    guard !options.demo else {
      throw ValidationError("--demo opens a copy that is removed at once, so nothing would be kept: use --store PATH")
    }
    try options.withStore(writable: true) { store, today in
      if case .readOnly(let reason) = store.access { throw Problem("nothing was recorded: \(reason)") }
      guard let index = store.ledger.promiseIndex(id: id), !store.ledger.promiseIsVoided(index) else {
        throw Problem("no promise has the id '\(id)' in \(store.path); 'rapport promises --all' lists them")
      }
      let account = store.ledger.accountIndex(store.ledger.promise(at: index).account)!
      let before = store.ledger.totals(account: account).balanceHundredths
      let promise: RapportCore.Promise
      do {
        promise = try close(store, id, today)
      } catch let error as StoreError {
        throw Problem("nothing was recorded: \(error)")
      }
      let after = store.ledger.totals(account: account).balanceHundredths
      var said = "\(verb) '\(promise.what)' for \(PromiseText.recipient(promise, in: store.ledger))"
      if before != after {
        said +=
          ": equity \(Weight.format(hundredths: before, signed: false)) -> \(Weight.format(hundredths: after, signed: false))"
      }
      Output.say(said)
    }
  }
}

struct PromiseKeep: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keep",
    abstract: "Keep a promise: close it and record a promise-kept deposit (+2) linked to it.",
    discussion:
      "Examples:\n  rapport promise keep k3f9x2abq0\n  rapport promise keep k3f9x2abq0 --note \"sent with the Q3 figures\""
  )

  @OptionGroup var closing: PromiseClosing

  @Option(help: "A note on the kept line: how it was kept.")
  var note: String = ""

  func validate() throws {
    if let problem = TextSafety.problem(in: note, field: "--note") { throw ValidationError("\(problem)") }
  }

  func run() throws { try closing.run("Kept") { try $0.keep($1, on: $2, note: note) } }
}

struct PromiseMiss: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "miss",
    abstract: "Mark a promise missed: close it and record a missed-promise withdrawal (-3).",
    discussion:
      "Examples:\n  rapport promise miss k3f9x2abq0\n  rapport promise miss k3f9x2abq0 --note \"the board moved the date\""
  )

  @OptionGroup var closing: PromiseClosing

  @Option(help: "A note on the missed line: what happened.")
  var note: String = ""

  func validate() throws {
    if let problem = TextSafety.problem(in: note, field: "--note") { throw ValidationError("\(problem)") }
  }

  func run() throws { try closing.run("Missed") { try $0.miss($1, on: $2, note: note) } }
}

struct PromiseDrop: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "drop",
    abstract: "Drop a promise that no longer needs keeping; no event is recorded.",
    discussion:
      "Examples:\n  rapport promise drop k3f9x2abq0\n  rapport promise drop k3f9x2abq0 --reason \"they bought the report\""
  )

  @OptionGroup var closing: PromiseClosing

  @Option(help: "Why it was dropped.")
  var reason: String = ""

  func validate() throws {
    if let problem = TextSafety.problem(in: reason, field: "--reason") { throw ValidationError("\(problem)") }
  }

  func run() throws { try closing.run("Dropped") { try $0.drop($1, on: $2, reason: reason) } }
}

/// Words shared by the promise commands.
enum PromiseText {
  /// Throws a message that says what to do when the target is not in the store.
  static func checkTarget(_ target: Target, in store: Store) throws {
    guard let account = store.ledger.accountIndex(target.account) else {
      throw Problem("no account '\(target.account)' in \(store.path); 'rapport accounts' lists them")
    }
    if let contact = target.contact, store.ledger.contactIndex("\(target.account)/\(contact)") == nil {
      let known = store.ledger.contacts(ofAccount: account).map { "\(target.account)/\(store.ledger.contacts[$0].id)" }
      throw Problem(
        "no contact '\(target.account)/\(contact)'; \(target.account) has "
          + (known.isEmpty ? "no contacts" : known.joined(separator: ", ")))
    }
  }

  /// "Jane Doe (Acme Corp)" or "Acme Corp".
  static func recipient(_ promise: RapportCore.Promise, in ledger: Ledger) -> String {
    let account = ledger.accountIndex(promise.account).map { ledger.accounts[$0].name } ?? promise.account
    guard promise.contact != nil else { return account }
    return "\(ledger.recipient(of: promise)) (\(account))"
  }
}
