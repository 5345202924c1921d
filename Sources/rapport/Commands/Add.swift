import ArgumentParser
import Foundation
import RapportCore

/// A type's kinds for the help, wrapped under one another so that no line passes 76 columns.
private func kindLines(_ type: EventType) -> String {
  let indent = String(repeating: " ", count: 16)
  var lines = ["  " + type.word + ":" + String(repeating: " ", count: 13 - type.word.count)]
  for (n, choice) in EventKinds.choices(for: type).enumerated() {
    let item = "\(choice.kind) \(choice.weight)" + (n == EventKinds.choices(for: type).count - 1 ? "" : ",")
    if lines[lines.count - 1].count + item.count + 1 > 76 { lines.append(indent) }
    lines[lines.count - 1] += (lines[lines.count - 1].hasSuffix(" ") ? "" : " ") + item
  }
  return lines.joined(separator: "\n")
}

/// `rapport add TYPE ACCOUNT[/CONTACT]`: records one event from a script or the shell.
struct Add: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Record a deposit, withdrawal or favour, and print the new balance.",
    discussion: """
      TYPE is deposit, withdrawal, favour-given or favour-asked. Without --kind the type's \
      usual kind is used, and without --weight the kind's usual weight (a withdrawal's \
      weight is negative even when written without a sign). A kind listed below for \
      another type is refused (a mistake is no deposit); a word of your own is recorded. \
      --date goes back ten years at most, and one day ahead for a client whose day is \
      already tomorrow. The event is appended to events.txt and synced to disk before the \
      balance is printed.

      Kinds and their usual weights:
      \(EventType.allCases.map(kindLines).joined(separator: "\n"))

      Examples:
        rapport add deposit acme/jane --kind insight --note "Shared the benchmark"
        rapport add withdrawal acme --kind mistake --weight 2 --date yesterday
        rapport add favour-given acme/jane --kind introduction --for-career
      """)

  @Argument(
    help: "deposit, withdrawal, favour-given or favour-asked.", completion: .list(EventType.allCases.map(\.word)))
  var type: Word<EventType>

  @Argument(help: "The account, or account/contact.", completion: StoreCompletion.accountsAndContacts)
  var target: String

  @Option(
    help: "What happened, a lowercase word (default: the type's first kind, listed below).",
    completion: StoreCompletion.eventKinds)
  var kind: String?

  @Option(parsing: .unconditional, help: "How much it counts, e.g. 3 or 1.5 (at most 100).")
  var weight: String?

  @Option(parsing: .unconditional, help: "When: today (the default), yesterday, -3d, or YYYY-MM-DD.")
  var date: String?

  @Option(help: "A note, in your own words.")
  var note: String = ""

  @Flag(
    help:
      "Done for the contact's career (tagged for:career): a deposit or a favour given, for account/contact.")
  var forCareer = false

  @OptionGroup var options: StoreOptions

  func validate() throws {
    guard !options.demo else {
      throw ValidationError("--demo opens a copy that is removed at once, so the event would be lost: use --store PATH")
    }
    guard type.value != nil else {
      throw ValidationError("'\(type.text)' is not a type: use deposit, withdrawal, favour-given or favour-asked")
    }
    let parsed = try Target(parsing: target)
    if forCareer, let type = type.value, !type.canBeCareerHelp {
      throw ValidationError(
        "--for-career is for a deposit or a favour given, not a \(type.word): help with a career is given")
    }
    if forCareer, parsed.contact == nil {
      throw ValidationError(
        "--for-career is about a person: give account/contact, such as \(parsed.account)/jane, not the whole account")
    }
    if let problem = TextSafety.problem(in: note, field: "the note", multiline: true) {
      throw ValidationError("--note: \(problem)")
    }
  }

  func run() throws {
    let type = self.type.value!  // checked in validate()
    try options.withStore(writable: true) { store, today in
      if case .readOnly(let reason) = store.access { throw Problem("nothing was recorded: \(reason)") }
      let ledger = store.ledger
      let target = try Target(parsing: self.target)
      guard let account = ledger.accountIndex(target.account) else {
        // Ids are lowercase words: compare what was typed as an id would be made from it.
        let typed = Identifier.suggested(from: target.account)
        let close = ledger.accounts.map(\.id).filter { $0.hasPrefix(String(typed.prefix(2))) && !typed.isEmpty }
          .sorted { ($0 == typed ? 0 : 1) < ($1 == typed ? 0 : 1) }.prefix(8)
        throw Problem(
          "no account '\(target.account)' in \(store.path)"
            + (close.isEmpty ? "; 'rapport accounts' lists them" : "; did you mean \(close.joined(separator: ", "))?"))
      }
      var who = ledger.accounts[account].name
      var person: Contact?
      if let contactID = target.contact {
        guard let contact = ledger.contactIndex("\(target.account)/\(contactID)") else {
          let known = ledger.contacts(ofAccount: account).map { ledger.contacts[$0].id }
          throw Problem(
            "no contact '\(self.target)'; \(target.account) has "
              + (known.isEmpty ? "no contacts" : known.map { "\(target.account)/\($0)" }.joined(separator: ", ")))
        }
        person = ledger.contacts[contact]
        who += " / \(ledger.contacts[contact].name)"
      }
      let chosenKind = kind ?? EventKinds.choices(for: type)[0].kind
      try typedValue("--kind") { () throws(InputProblem) in try EventKinds.check(chosenKind, for: type) }
      let day = try typedValue("--date") { () throws(InputProblem) in
        try DayInput.parse(date ?? "today", today: today)
      }
      let amount = try signedWeight(for: type, kind: chosenKind)
      if forCareer, let person { warnAboutCareerHelp(for: person, on: day) }
      let before = ledger.totals(account: account).balanceHundredths
      let draft = EventDraft(
        day: day, account: target.account, contact: target.contact, type: type, kind: chosenKind,
        weight: amount, note: note, forCareer: forCareer)
      let event: Event
      do {
        event = try store.record(draft)
      } catch let error as StoreError {
        throw Problem("nothing was recorded: \(error)")
      }
      let after = store.ledger.totals(account: account).balanceHundredths
      Output.say(
        "\(type.label) \(amount) for \(who): equity \(Weight.format(hundredths: before, signed: false))"
          + " -> \(Weight.format(hundredths: after, signed: false))" + (event.forCareer ? " (for their career)" : ""))
    }
  }

  /// Says on standard error when help with a career goes to someone with no next job written
  /// down, or who had left by then; the event is recorded all the same (the next job may come
  /// later, and people who moved on are worth helping).
  private func warnAboutCareerHelp(for person: Contact, on day: Day) {
    if person.nextJob.isEmpty {
      Output.warn("warning: \(person.name) has no next job written down; recorded for their career all the same")
    }
    if let left = person.left, person.hasLeft(by: day) {
      Output.warn("warning: \(person.name) left on \(left.day); recorded for their career all the same")
    }
  }

  /// The weight given or the kind's usual one, signed for the type.
  private func signedWeight(for type: EventType, kind: String) throws -> Weight {
    guard let text = weight else { return EventKinds.defaultWeight(for: type, kind: kind) }
    return try typedValue("--weight") { () throws(InputProblem) in try EventKinds.weight(typed: text, for: type) }
  }
}
