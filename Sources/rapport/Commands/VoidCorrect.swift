import ArgumentParser
import Foundation
import RapportCore

/// `rapport void ID`: takes an event back; its line stays in events.txt.
struct VoidCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "void",
    abstract: "Void an event: it stays in events.txt and no longer counts.",
    discussion: """
      Appends `DATE void ID ["REASON"]` to events.txt. The dashboard shows the event as \
      (void); its `u` brings it back. To replace an event, use `rapport correct`.

      Examples:
        rapport void 7mn2c4d9ra --reason "entered twice"
      """)

  @Argument(help: "The event's id, as the dashboard's event detail or events.txt shows it.")
  var id: String

  @Option(help: "Why, in a few words.")
  var reason: String = ""

  @OptionGroup var options: StoreOptions

  func validate() throws {
    guard !options.demo else { throw ValidationError("--demo opens a copy that is removed at once: use --store PATH") }
    if let problem = TextSafety.problem(in: reason, field: "the reason") {
      throw ValidationError("--reason: \(problem)")
    }
  }

  func run() throws {
    try options.withStore(writable: true) { store, today in
      if case .readOnly(let reason) = store.access { throw Problem("nothing was voided: \(reason)") }
      guard let index = store.ledger.eventIndex(id: id) else { throw Problem("no event has the id '\(id)'") }
      let event = store.ledger.event(index)
      let account = store.ledger.accountIndex(event.account)!
      let before = store.ledger.totals(account: account).balanceHundredths
      do {
        try store.void(eventID: id, on: today, reason: reason)
      } catch let error as StoreError {
        throw Problem("nothing was voided: \(error)")
      }
      let after = store.ledger.totals(account: account).balanceHundredths
      Output.say(
        "Voided \(id) (\(store.ledger.summary(of: event)) on \(event.day)): equity "
          + "\(Weight.format(hundredths: before, signed: false)) -> \(Weight.format(hundredths: after, signed: false))")
    }
  }
}

/// `rapport correct ID`: records an event in place of another, in one write.
struct CorrectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "correct",
    abstract: "Correct an event: record it again with the changes given, and void the old one.",
    discussion: """
      What is not given stays as it was: the target, kind, weight, day and note. The new \
      event and `DATE void ID "corrected by NEWID"` are appended in one write, and both ids \
      are printed. The dashboard's `u` takes both back.

      Examples:
        rapport correct 7mn2c4d9ra --weight 1 --note "Sent twice; one was paid"
        rapport correct 7mn2c4d9ra --target acme/jane --date 2026-11-20
      """)

  @Argument(help: "The event's id.")
  var id: String

  @Option(help: "Another account, or account/contact.", completion: StoreCompletion.accountsAndContacts)
  var target: String?

  @Option(help: "Another kind.")
  var kind: String?

  @Option(parsing: .unconditional, help: "Another weight, e.g. 3 or 1.5 (signed for the type).")
  var weight: String?

  @Option(parsing: .unconditional, help: "Another day: today, yesterday, -3d, or YYYY-MM-DD.")
  var date: String?

  @Option(help: "Another note.")
  var note: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    guard !options.demo else { throw ValidationError("--demo opens a copy that is removed at once: use --store PATH") }
    if let target { _ = try Target(parsing: target) }
    if let note, let problem = TextSafety.problem(in: note, field: "the note", multiline: true) {
      throw ValidationError("--note: \(problem)")
    }
  }

  func run() throws {
    try options.withStore(writable: true) { store, today in
      if case .readOnly(let reason) = store.access { throw Problem("nothing was corrected: \(reason)") }
      guard let index = store.ledger.eventIndex(id: id) else { throw Problem("no event has the id '\(id)'") }
      let old = store.ledger.event(index)
      var draft = EventDraft(
        day: old.day, account: old.account, contact: old.contact, type: old.type, kind: old.kind, weight: old.weight,
        note: old.note, forCareer: old.forCareer)
      if let target {
        let parsed = try Target(parsing: target)
        (draft.account, draft.contact) = (parsed.account, parsed.contact)
        if parsed.contact == nil { draft.forCareer = false }
      }
      if let kind {
        try typedValue("--kind") { () throws(InputProblem) in try EventKinds.check(kind, for: old.type) }
        draft.kind = kind
      }
      if let weight {
        draft.weight = try typedValue("--weight") { () throws(InputProblem) in
          try EventKinds.weight(typed: weight, for: old.type)
        }
      }
      if let date {
        draft.day = try typedValue("--date") { () throws(InputProblem) in try DayInput.parse(date, today: today) }
      }
      if let note { draft.note = note }
      // The equity of the account the old event was for, and of the new one's when it moved.
      var accounts: [Int] = []
      for id in [old.account, draft.account] {
        if let account = store.ledger.accountIndex(id), !accounts.contains(account) { accounts.append(account) }
      }
      let before = accounts.map { store.ledger.totals(account: $0).balanceHundredths }
      do {
        let (voided, recorded) = try store.correct(eventID: id, with: draft, on: today)
        let equity = zip(accounts, before).map { account, before in
          let after = store.ledger.totals(account: account).balanceHundredths
          return (accounts.count > 1 ? "\(store.ledger.accounts[account].id) " : "")
            + "\(Weight.format(hundredths: before, signed: false)) -> \(Weight.format(hundredths: after, signed: false))"
        }
        Output.say(
          "Voided \(voided.id) (\(store.ledger.summary(of: voided)) on \(voided.day)) and recorded \(recorded.id) "
            + "(\(store.ledger.summary(of: recorded)) on \(recorded.day)): equity "
            + equity.joined(separator: ", "))
      } catch let error as StoreError {
        throw Problem("nothing was corrected: \(error)")
      }
    }
  }
}
