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
  private var eventsOfContact: [[Int32]] = []
  private var accountTotals: [Totals] = []
  private var contactTotals: [Totals] = []

  public init(settings: EquitySettings = EquitySettings(), referenceDay: Day = .today()) {
    self.settings = settings
    self.referenceDay = referenceDay
  }

  // MARK: Building

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

  /// Reads the events file's bytes, then indexes and totals every live event.
  mutating func loadEvents(_ bytes: [UInt8], sink: inout DiagnosticSink) {
    log = EventLog(bytes: bytes)
    log.parseAll(context: lineContext, sink: &sink)
    var perAccount = [Int](repeating: 0, count: accounts.count)
    var perContact = [Int](repeating: 0, count: contacts.count)
    for entry in log.entries {
      perAccount[Int(entry.account)] += 1
      if entry.contact >= 0 { perContact[Int(entry.contact)] += 1 }
    }
    for i in accounts.indices { eventsOfAccount[i].reserveCapacity(perAccount[i]) }
    for i in contacts.indices { eventsOfContact[i].reserveCapacity(perContact[i]) }
    var lastDay = Int32.min
    var factor = 0.0
    for (index, entry) in log.entries.enumerated() {
      eventsOfAccount[Int(entry.account)].append(Int32(index))
      if entry.contact >= 0 { eventsOfContact[Int(entry.contact)].append(Int32(index)) }
      guard !entry.voided else { continue }
      if entry.day != lastDay {
        lastDay = entry.day
        factor = settings.decayFactor(age: Int(referenceDay.ordinal - entry.day))
      }
      accountTotals[Int(entry.account)].add(entry, factor: factor)
      if entry.contact >= 0 { contactTotals[Int(entry.contact)].add(entry, factor: factor) }
    }
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
    case .success(.voided(let index)):
      retotal(log.entries[index])
    case .failure:
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

  /// Positions of an account's events in file order, voided ones included.
  public func events(ofAccount index: Int) -> [Int] { eventsOfAccount[index].map(Int.init) }

  /// Positions of a contact's events in file order, voided ones included.
  public func events(ofContact index: Int) -> [Int] { eventsOfContact[index].map(Int.init) }

  /// The event at a position.
  public func event(_ index: Int) -> Event {
    let entry = log.entries[index]
    let account = accounts[Int(entry.account)].id
    return Event(
      id: log.id(of: entry), day: Day(ordinal: entry.day), account: account,
      contact: entry.contact >= 0 ? contacts[Int(entry.contact)].id : nil, type: entry.type,
      kind: log.kinds[Int(entry.kind)], weight: Weight(hundredths: entry.weight),
      note: log.note(of: entry),
      voided: entry.voided, line: Int(entry.line))
  }

  /// The day of the event at a position, without materialising the event.
  public func eventDay(_ index: Int) -> Day { Day(ordinal: log.entries[index].day) }

  /// The position of the event with this id.
  public func eventIndex(id: String) -> Int? { log.index(of: id) }

  /// Deposits and favours per 30 days among `indices`, dated in `from...to`.
  public func touchRate(_ indices: [Int], from: Day, to: Day) -> Double {
    let days = max(1, from.days(to: to) + 1)
    var touches = 0
    for index in indices {
      let entry = log.entries[index]
      if !entry.voided, entry.type.isTouch, entry.day >= from.ordinal, entry.day <= to.ordinal {
        touches += 1
      }
    }
    return Double(touches) * 30 / Double(days)
  }
}
