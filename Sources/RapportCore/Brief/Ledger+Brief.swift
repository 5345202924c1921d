extension Ledger {
  /// How many deposits, and how many withdrawals, the brief's story tells at most.
  public static let briefStoryEach = 3

  /// The brief of the account at `index` on `today`: see `Brief`. Personal notes (a contact's
  /// `personal:` and the notes of events with a person) are in it only when `personal` is true.
  public func brief(
    account index: Int, on today: Day, thresholds: DriftSettings = DriftSettings(), personal: Bool = false
  ) -> Brief {
    let account = accounts[index]
    let totals = totals(account: index)
    let yearAgo = today.adding(days: -365)
    let live = events(ofAccount: index).filter { !event($0).voided }
    let before = live.filter { eventDay($0) <= yearAgo }.reduce(0) { $0 + Int(event($1).weight.hundredths) }
    let part = Brief.AccountPart(
      id: account.id, name: account.name, tier: account.tier, owner: account.owner, won: account.won,
      archived: account.archived?.day, equityHundredths: totals.balanceHundredths,
      equityYearAgoHundredths: before, decayed: decayedBalance(account: index, on: today),
      lastTouch: totals.lastTouch)

    let people = contacts(ofAccount: index).map { contacts[$0] }.filter { !$0.isArchived }
    let there = people.filter { !$0.hasLeft(by: today) }
    let keyPeople = Brief.KeyFlag.allCases.compactMap { flag -> Brief.KeyGroup? in
      let flagged = there.filter { $0.flags.contains(flag.rawValue) }.sorted { $0.name < $1.name }
      guard !flagged.isEmpty else { return nil }
      return Brief.KeyGroup(
        flag: flag, people: flagged.map { Brief.KeyPerson(name: $0.name, role: $0.role, reassess: $0.reassess) })
    }
    func person(_ contact: Contact) -> Brief.Person {
      Brief.Person(
        id: contact.id, name: contact.name, role: contact.role, flags: contact.flags, reassess: contact.reassess,
        nextJob: contact.nextJob, measuredBy: contact.measuredBy, worries: contact.worries, help: contact.help,
        lastTouch: lastTouch(with: contact, personal: personal), left: contact.left,
        personalNotes: personal && !contact.personal.isEmpty ? contact.personal : nil)
    }
    let deciding = { (c: Contact) in c.flags.contains(Brief.KeyFlag.decisionMaker.rawValue) }
    let staying = there.sorted { a, b in
      deciding(a) != deciding(b) ? deciding(a) : a.name < b.name
    }
    let gone = people.filter { $0.hasLeft(by: today) }.sorted { $0.left!.day > $1.left!.day }

    let report = drift(account: index, on: today, thresholds: thresholds)
    return Brief(
      today: today, personal: personal, account: part,
      story: story(of: live, after: yearAgo, upTo: today, personal: personal),
      objectives: account.keyPlan.objectives,
      culture: account.culture.isEmpty ? [] : FoldedText.paragraphs(account.culture),
      dos: account.dos, donts: account.donts, keyPeople: keyPeople, people: staying.map(person),
      left: gone.map(person),
      promises: openPromises(account: index).sorted { ($0.due, $0.made) < ($1.due, $1.made) }.map {
        Brief.OpenPromise(
          what: $0.what, to: recipient(of: $0), due: $0.due, by: $0.by, daysOverdue: $0.daysOverdue(on: today))
      },
      planned: planned(account, index: index),
      drift: Brief.DriftPart(
        status: report.status, parked: account.parkedNote(on: today), reasons: report.reasons.map(\.description),
        notes: (report.planNotes + report.people).map(\.description)))
  }

  /// The biggest deposits (and favours) and withdrawals of the year, `briefStoryEach` of each,
  /// the heaviest first and the latest of equal weight; told oldest first.
  private func story(of live: [Int], after start: Day, upTo today: Day, personal: Bool) -> [Brief.StoryEvent] {
    let year = live.filter { eventDay($0) > start && eventDay($0) <= today }.map { event($0) }
    func heaviest(_ events: [Event]) -> [Event] {
      events.sorted { a, b in
        abs(a.weight.hundredths) != abs(b.weight.hundredths)
          ? abs(a.weight.hundredths) > abs(b.weight.hundredths) : (a.day, a.line) > (b.day, b.line)
      }.prefix(Ledger.briefStoryEach).map { $0 }
    }
    let chosen =
      heaviest(year.filter { $0.weight.hundredths > 0 }) + heaviest(year.filter { $0.weight.hundredths < 0 })
    return chosen.sorted { ($0.day, $0.line) < ($1.day, $1.line) }.map { event in
      Brief.StoryEvent(
        day: event.day, type: event.type, kind: event.kind, weight: event.weight,
        with: event.contact.flatMap { contactIndex("\(event.account)/\($0)") }.map { contacts[$0].name },
        note: (personal || !event.noteIsPersonal) && !event.note.isEmpty ? event.note : nil)
    }
  }

  /// The latest deposit or favour with `contact`, its note only when `personal`.
  private func lastTouch(with contact: Contact, personal: Bool) -> Brief.Touch? {
    guard let index = contactIndex(contact.key) else { return nil }
    let touches = events(ofContact: index).map { event($0) }.filter { !$0.voided && $0.type.isTouch }
    guard let last = touches.max(by: { ($0.day, $0.line) < ($1.day, $1.line) }) else { return nil }
    return Brief.Touch(
      day: last.day, type: last.type, kind: last.kind, note: personal && !last.note.isEmpty ? last.note : nil)
  }

  /// The touch planned from the review, the plan's open initiatives (those with a day first, by
  /// day), and the plan's review.
  private func planned(_ account: Account, index: Int) -> [Brief.PlannedTouch] {
    var planned: [Brief.PlannedTouch] = []
    if let plan = account.plan {
      planned.append(Brief.PlannedTouch(source: .touch, day: plan, text: account.planNote))
    }
    let open = account.keyPlan.initiatives.filter(\.status.isOpen).enumerated().sorted { a, b in
      switch (a.element.due, b.element.due) {
      case (let x?, let y?): return x != y ? x < y : a.offset < b.offset
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return a.offset < b.offset
      }
    }.map(\.element)
    for initiative in open {
      planned.append(
        Brief.PlannedTouch(
          source: .initiative(initiative.status), day: initiative.due, text: initiative.text, owner: initiative.owner,
          serves: initiative.contact.flatMap { contactIndex("\(account.id)/\($0)") }.map { contacts[$0].name }))
    }
    if let review = account.keyPlan.review {
      planned.append(Brief.PlannedTouch(source: .planReview, day: review, text: ""))
    }
    return planned
  }
}
