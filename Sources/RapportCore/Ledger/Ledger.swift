/// Accounts, contacts and their events, with the equity figures derived from them.
///
/// The ledger is the domain as loaded from a store. Events stay in a compact log; every account
/// and contact keeps running `Totals` that are updated when an event is recorded or voided.
public struct Ledger: Sendable {
  public private(set) var accounts: [Account] = []
  public private(set) var contacts: [Contact] = []
  public let settings: EquitySettings
  /// The day decayed balances are anchored to; any day can be asked for.
  public let referenceDay: Day

  var accountTable = ByteKeyTable()
  var contactTable = ByteKeyTable()
  private var contactAccount: [Int32] = []
  private var contactsOfAccount: [[Int32]] = []
  private(set) var log = EventLog(bytes: [])
  private var eventsOfAccount: [[Int32]] = []
  private(set) var eventsOfContact: [[Int32]] = []
  private var accountTotals: [Totals] = []
  private var contactTotals: [Totals] = []

  public init(settings: EquitySettings = EquitySettings(), referenceDay: Day = .today()) {
    self.settings = settings
    self.referenceDay = referenceDay
  }

  // MARK: Building

  /// Makes room for this many more accounts and contacts, so that adding them does not grow
  /// the arrays and tables again and again.
  mutating func reserve(accounts moreAccounts: Int, contacts moreContacts: Int) {
    let (accountCount, contactCount) = (accounts.count + moreAccounts, contacts.count + moreContacts)
    accounts.reserveCapacity(accountCount)
    contactsOfAccount.reserveCapacity(accountCount)
    eventsOfAccount.reserveCapacity(accountCount)
    accountTotals.reserveCapacity(accountCount)
    accountTable.reserveCapacity(accountCount)
    contacts.reserveCapacity(contactCount)
    contactAccount.reserveCapacity(contactCount)
    eventsOfContact.reserveCapacity(contactCount)
    contactTotals.reserveCapacity(contactCount)
    contactTable.reserveCapacity(contactCount)
  }

  /// Adds an account; returns false when its id is taken.
  @discardableResult
  mutating func add(_ account: Account) -> Bool {
    guard accountTable.insert(account.id, Int32(accounts.count)) == nil else { return false }
    accounts.append(account)
    contactsOfAccount.append([])
    eventsOfAccount.append([])
    accountTotals.append(Totals())
    return true
  }

  /// Why a contact could not be added.
  enum ContactProblem { case unknownAccount, duplicate }

  /// Adds a contact of a known account.
  mutating func add(_ contact: Contact) -> ContactProblem? {
    guard let account = accountTable.find(contact.account) else { return .unknownAccount }
    guard contactTable.insert(contact.key, Int32(contacts.count)) == nil else { return .duplicate }
    contactAccount.append(account)
    contactsOfAccount[Int(account)].append(Int32(contacts.count))
    contacts.append(contact)
    eventsOfContact.append([])
    contactTotals.append(Totals())
    return nil
  }

  var lineContext: EventLog.LineContext {
    EventLog.LineContext(
      accounts: accountTable, contacts: contactTable, contactAccount: contactAccount)
  }

  /// Loads the events file from its bytes as drafted, then indexes and totals every live event:
  /// accounts and contacts on two threads, each in file order.
  mutating func loadEvents(_ bytes: [UInt8], drafted: consuming EventLog.Draft, sink: inout DiagnosticSink) {
    log = EventLog(bytes: bytes)
    log.finish(drafted, context: lineContext, sink: &sink)
    let (entries, settings, day) = (log.entries, settings, referenceDay)
    let owners = [accounts.count, contacts.count]
    let indexed = concurrentMap(2) { side in
      Ledger.index(entries, owners: owners[side], byContact: side == 1, settings, day)
    }
    (eventsOfAccount, accountTotals) = indexed[0]
    (eventsOfContact, contactTotals) = indexed[1]
  }

  /// The positions of each account's (or contact's) events in file order, and the totals of
  /// the live ones.
  private static func index(
    _ entries: [EventEntry], owners: Int, byContact: Bool, _ settings: EquitySettings,
    _ referenceDay: Day
  ) -> ([[Int32]], [Totals]) {
    // A counting sort straight into each owner's list: first how many events each owner has,
    // then each position in its place (no list of every position beside the owners' lists).
    var counts = [Int](repeating: 0, count: owners)
    for entry in entries {
      let owner = byContact ? entry.contact : entry.account
      if owner >= 0 { counts[Int(owner)] += 1 }
    }
    // Every element is written below: each owner gets exactly its count of positions.
    var lists = counts.map { count in [Int32](unsafeUninitializedCapacity: count) { _, written in written = count } }
    var next = [Int](repeating: 0, count: owners)
    var totals = [Totals](repeating: Totals(), count: owners)
    var lastDay = Int32.min
    var factor = 0.0
    lists.withUnsafeMutableBufferPointer { lists in
      totals.withUnsafeMutableBufferPointer { totals in
        for (index, entry) in entries.enumerated() {
          let owner = Int(byContact ? entry.contact : entry.account)
          guard owner >= 0 else { continue }
          lists[owner][next[owner]] = Int32(index)
          next[owner] += 1
          guard !entry.voided else { continue }
          if entry.day != lastDay {
            lastDay = entry.day
            factor = settings.decayFactor(age: Int(referenceDay.ordinal - entry.day))
          }
          totals[owner].add(entry, factor: factor)
        }
      }
    }
    return (lists, totals)
  }

  /// Replaces account `index`; its id must stay the same.
  mutating func replace(account index: Int, with account: Account) {
    precondition(accounts[index].id == account.id)
    accounts[index] = account
  }

  /// Replaces contact `index`; its key must stay the same.
  mutating func replace(contact index: Int, with contact: Contact) {
    precondition(contacts[index].key == contact.key)
    contacts[index] = contact
  }

  /// Applies one line appended to the events file.
  mutating func appendEventLine(_ line: [UInt8]) -> Result<EventLog.EventLineOutcome, Diagnostic> {
    let outcome = log.append(line: line, context: lineContext)
    switch outcome {
    case .success(.recorded(let index)):
      let entry = log.entries[index]
      eventsOfAccount[Int(entry.account)].append(Int32(index))
      if entry.contact >= 0 { eventsOfContact[Int(entry.contact)].append(Int32(index)) }
      retotal(entry)
    case .success(.marked(let index)):
      retotal(log.entries[index])
    case .success(.promised), .success(.promiseMarked), .failure:
      break
    }
    return outcome
  }

  mutating func terminateEventsLastLine() -> Bool { log.terminateLastLine() }

  private mutating func retotal(_ entry: EventEntry) {
    accountTotals[Int(entry.account)] = totals(of: eventsOfAccount[Int(entry.account)])
    if entry.contact >= 0 {
      contactTotals[Int(entry.contact)] = totals(of: eventsOfContact[Int(entry.contact)])
    }
  }

  private func totals(of indices: [Int32]) -> Totals {
    var totals = Totals()
    for index in indices {
      let entry = log.entries[Int(index)]
      if !entry.voided {
        totals.add(entry, factor: settings.decayFactor(age: Int(referenceDay.ordinal - entry.day)))
      }
    }
    return totals
  }

  // MARK: Queries

  /// The position of the account with this id.
  public func accountIndex(_ id: String) -> Int? { accountTable.find(id).map(Int.init) }

  /// The position of the contact `account/contact`.
  public func contactIndex(_ key: String) -> Int? { contactTable.find(key).map(Int.init) }

  /// Positions of an account's contacts, in file order.
  public func contacts(ofAccount index: Int) -> [Int] { contactsOfAccount[index].map(Int.init) }

  /// The same positions as stored, without making an array.
  func contactPositions(ofAccount index: Int) -> [Int32] { contactsOfAccount[index] }

  public func totals(account index: Int) -> Totals { accountTotals[index] }
  public func totals(contact index: Int) -> Totals { contactTotals[index] }

  /// The balance with every event faded by its age on `day`.
  public func decayedBalance(account index: Int, on day: Day) -> Double {
    decayed(accountTotals[index], on: day)
  }

  public func decayedBalance(contact index: Int, on day: Day) -> Double {
    decayed(contactTotals[index], on: day)
  }

  private func decayed(_ totals: Totals, on day: Day) -> Double {
    totals.decayedAtReference / 100
      * settings.decayFactor(age: Int(day.ordinal - referenceDay.ordinal))
  }

  /// Number of events in the log, voided ones included.
  public var eventCount: Int { log.entries.count }

  /// Number of live events.
  public var liveEventCount: Int { accountTotals.reduce(0) { $0 + $1.events } }

  /// An event in words, e.g. "Deposit +3 for Acme Corp / Jane Doe".
  public func summary(of event: Event) -> String {
    var who = accountIndex(event.account).map { accounts[$0].name } ?? event.account
    if let contact = event.contact, let index = contactIndex("\(event.account)/\(contact)") {
      who += " / \(contacts[index].name)"
    }
    return "\(event.type.label) \(event.weight) for \(who)"
  }

  /// The event that undo takes back (see `undoableAction`): the last live event in the file, or
  /// the event that kept or missed the promise last closed; nil when undo takes back a promise
  /// made or dropped, or nothing.
  public var undoableEvent: Int? { undoableAction?.event }

  /// The event that redo brings back (see `redoableAction`); nil when redo brings back a promise
  /// made or dropped, or nothing.
  public var redoableEvent: Int? { redoableAction?.event }

  /// Positions of an account's events in file order, voided ones included.
  public func events(ofAccount index: Int) -> [Int] { eventsOfAccount[index].map(Int.init) }

  /// Positions of a contact's events in file order, voided ones included.
  public func events(ofContact index: Int) -> [Int] { eventsOfContact[index].map(Int.init) }

  /// The event at a position.
  public func event(_ index: Int) -> Event { event(index, noteLimit: .max) }

  /// Event `index` with its note cut to about `noteLimit` bytes, for a row that shows only the
  /// note's start (a note may be megabytes long).
  public func event(_ index: Int, noteLimit: Int) -> Event {
    let entry = log.entries[index]
    let account = accounts[Int(entry.account)].id
    return Event(
      id: log.id(of: entry), day: Day(ordinal: entry.day), account: account,
      contact: entry.contact >= 0 ? contacts[Int(entry.contact)].id : nil, type: entry.type,
      kind: log.kinds[Int(entry.kind)], weight: Weight(hundredths: entry.weight),
      note: log.note(of: entry, limit: noteLimit),
      voided: entry.voided, line: Int(entry.line), forCareer: entry.forCareer, author: log.author(entry.author))
  }

  /// The day of the event at a position, without materialising the event.
  public func eventDay(_ index: Int) -> Day { Day(ordinal: log.entries[index].day) }

  /// The position of the event with this id.
  public func eventIndex(id: String) -> Int? { log.index(of: id) }

}
