import RapportCore

extension Dashboard {
  /// The selected account in full: figures, culture, do's and don'ts, and the people to watch;
  /// nil with no account selected.
  func detailLines() -> (title: String, lines: [(String, StyleRole)])? {
    guard let index = selectedAccount else { return nil }
    let account = ledger.accounts[index]
    let totals = ledger.totals(account: index)
    var lines: [(String, StyleRole)] = []
    var facts = "Tier \(account.tier.rawValue) (a touch every \(thresholds.cadence(of: account)) days)"
    if let owner = account.owner { facts += " · owner \(owner)" }
    if let won = account.won { facts += " · won \(won) (\(won.days(to: today)) days ago)" }
    lines.append((facts, .normal))
    lines.append(
      (
        "Equity \(Weight.format(hundredths: totals.balanceHundredths, signed: false)) · decayed \(amount(ledger.decayedBalance(account: index, on: today)))"
          + " · last touch "
          + (totals.lastTouch.map { "\($0) (\(max(0, $0.days(to: today))) days ago)" } ?? "never"), .normal
      ))
    let favours = ledger.favours(account: index, in: thresholds.favourWindow(endingOn: today))
    lines.append(("Favours: " + favours.balance.wording, .normal))
    lines.append(("", .normal))
    let report = drift[index]
    lines.append(("Drift: \(report.status.word)", report.status >= .drifting ? .danger : .overlayTitle))
    if let parked = account.parkedNote(on: today) { lines.append(("  " + parked, .accent)) }
    for reason in report.reasons { lines.append(("  - " + reason.description, .normal)) }
    for note in report.people { lines.append(("  · " + note.description, .normal)) }
    lines.append(("", .normal))
    func section(_ title: String, _ items: [String], role: StyleRole = .normal) {
      guard !items.isEmpty else { return }
      lines.append((title, .overlayTitle))
      for item in items { lines.append(("  " + item, role)) }
      lines.append(("", .normal))
    }
    // The culture as paragraphs, its hard-wrapped lines joined (the panel wraps them to its
    // width); its first lines only: the last piece holds the rest, cut when drawn.
    let culture = FoldedText.paragraphs(account.culture, maxLines: Dashboard.longestField)
    section("Culture", account.culture.isEmpty ? [] : culture)
    section("Do", account.dos.map { BriefWords.doMark + $0 }, role: .positive)
    section("Don't", account.donts.map { BriefWords.dontMark + $0 }, role: .negative)
    let people = ledger.contacts(ofAccount: index).map { ledger.contacts[$0] }
    func describe(_ contact: Contact) -> String {
      var text = contact.name + (contact.role.isEmpty ? "" : ", \(contact.role)")
      if let reassess = contact.reassess, !contact.hasLeft(by: today) {
        text += reassess <= today ? " — reassess was due \(reassess)" : " — reassess \(reassess)"
      }
      return text
    }
    section("Favours given and not yet returned, oldest first", favours.unreturned.map(favourLine))
    section("Favours asked and not yet repaid, oldest first", favours.unrepaid.map(favourLine))
    lines += promiseSection(account: index)
    // Who has left is listed only under "People who left", whatever their flags said.
    let there = people.filter { !$0.hasLeft(by: today) }
    section("Decision makers", there.filter { $0.flags.contains("decision-maker") }.map(describe))
    section("Difficult people", there.filter { $0.flags.contains("difficult") }.map(describe), role: .warning)
    section("Culture role models", there.filter { $0.flags.contains("role-model") }.map(describe))
    section(
      "People who left",
      people.filter { $0.hasLeft(by: today) }.sorted { $0.left!.day > $1.left!.day }.map { person in
        let left = person.left!
        return "\(left.day) " + describe(person) + (left.text.isEmpty ? "" : " — \(left.text)")
      }, role: .warning)
    section("Role changes, latest first", history(people, \.previousRoles) { "\($0.name) was \($1)" })
    section("Progress, latest first", history(people, \.progress) { "\($0.name): \($1)" })
    let due = there.filter { ($0.reassess.map { $0 <= today }) ?? false }
    if !due.isEmpty {
      lines.append(("\(plural(due.count, "reassessment")) due: " + due.map(\.name).joined(separator: ", "), .danger))
    }
    return (account.name, lines)
  }

  /// The account's open promises, soonest due first (overdue ones in the error colour), and the
  /// last few closed, latest first; nothing when it has none.
  func promiseSection(account index: Int) -> [(String, StyleRole)] {
    var lines: [(String, StyleRole)] = []
    let open = ledger.openPromises(account: index)
    if !open.isEmpty {
      lines.append(("Open promises, soonest due first", .overlayTitle))
      for promise in open {
        let due = dueWords(promise)
        lines.append(
          (
            "  \(promise.due) \(promise.what) — \(ledger.recipient(of: promise)) · \(due.text)",
            due.role == .error ? .error : .normal
          ))
      }
      lines.append(("", .normal))
    }
    let id = ledger.accounts[index].id
    let closed = ledger.promises.filter { $0.account == id && !$0.isOpen }
      .sorted { ($0.closed!, $0.line) > ($1.closed!, $1.line) }.prefix(Dashboard.closedPromisesShown)
    if !closed.isEmpty {
      lines.append(("Closed promises, latest first", .overlayTitle))
      for promise in closed {
        let role: StyleRole = promise.status == .kept ? .positive : promise.status == .missed ? .negative : .dim
        lines.append(
          ("  \(promise.closed!) \(promise.status.rawValue) \(promise.what) — \(ledger.recipient(of: promise))", role))
      }
      lines.append(("", .normal))
    }
    return lines
  }

  /// How many closed promises the detail lists.
  static let closedPromisesShown = 5

  /// Every person's dated notes of one kind, latest first, as "DAY " + `say(person, text)`.
  private func history(
    _ people: [Contact], _ notes: KeyPath<Contact, [DatedNote]>, say: (Contact, String) -> String
  ) -> [String] {
    let all = people.flatMap { person in person[keyPath: notes].enumerated().map { (person, $0.offset, $0.element) } }
    return all.sorted { ($0.2.day, $0.1) > ($1.2.day, $1.1) }.map { "\($0.2.day) " + say($0.0, $0.2.text) }
  }

  /// A favour still open: "2026-03-02 Élodie Lefèvre, introduction: 2.0 (1.0 open)".
  private func favourLine(_ favour: OpenFavour) -> String {
    let event = ledger.event(favour.event, noteLimit: 0)
    let who = event.contact.flatMap { ledger.contactIndex("\(event.account)/\($0)") }.map { ledger.contacts[$0].name }
    var text = "\(favour.day) " + (who ?? "(account)") + (event.kind.isEmpty ? "" : ", \(event.kind)")
    text += ": " + FavourBalance.format(Int(favour.weight.hundredths))
    if favour.open != favour.weight { text += " (\(FavourBalance.format(Int(favour.open.hundredths))) open)" }
    return text
  }
}
