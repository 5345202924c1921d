/// The promises of a ledger: what is open, what is overdue, and how each stands.
extension Ledger {
  /// Every promise not voided, in file order.
  public var promises: [Promise] {
    log.promises.entries.indices.filter { !log.promises.entries[$0].voided }.map(promise(at:))
  }

  /// Number of promise lines, voided ones included.
  public var promiseCount: Int { log.promises.entries.count }

  /// The promise at a position, voided or not.
  public func promise(at index: Int) -> Promise {
    let entry = log.promises.entries[index]
    var event: String?
    if entry.status == .kept || entry.status == .missed,
      let linked = log.promises.linkedEvents(of: index).last(where: { !log.entries[Int($0)].voided })
    {
      event = log.id(of: log.entries[Int(linked)])
    }
    return Promise(
      id: log.promises.id(of: entry), made: Day(ordinal: entry.made), account: accounts[Int(entry.account)].id,
      contact: entry.contact >= 0 ? contacts[Int(entry.contact)].id : nil, what: entry.what,
      due: Day(ordinal: entry.due), by: entry.by, status: entry.status, closed: entry.closed.map(Day.init(ordinal:)),
      event: event, line: Int(entry.line),
      note: entry.closeNote)
  }

  /// Whether the promise at a position was voided (taken back).
  public func promiseIsVoided(_ index: Int) -> Bool { log.promises.entries[index].voided }

  /// The position of the promise with this id.
  public func promiseIndex(id: String) -> Int? { log.promiseIndex(of: id) }

  /// The promise with this id, unless it was voided.
  public func promise(id: String) -> Promise? {
    promiseIndex(id: id).flatMap { promiseIsVoided($0) ? nil : promise(at: $0) }
  }

  /// The open promises to an account, its people's included, soonest due first.
  public func openPromises(account index: Int) -> [Promise] {
    openPromises { $0.account == Int32(index) }
  }

  /// The open promises to one contact, soonest due first.
  public func openPromises(contact index: Int) -> [Promise] {
    openPromises { $0.contact == Int32(index) }
  }

  /// Every open promise, soonest due first.
  public var openPromises: [Promise] { openPromises { _ in true } }

  /// The open promises past their due day on `day`, most overdue first.
  public func overduePromises(on day: Day) -> [Promise] {
    openPromises { $0.due < day.ordinal }
  }

  /// Days promise `index` is past its due day on `day`: 0 when it is not overdue or is closed.
  public func daysOverdue(promise index: Int, on day: Day) -> Int {
    let entry = log.promises.entries[index]
    guard !entry.voided, entry.status == .open else { return 0 }
    return max(0, Int(day.ordinal - entry.due))
  }

  /// The promise an event kept or marked missed (`promise:ID` on its line), if any.
  public func promiseLinked(toEvent index: Int) -> Int? {
    log.promises.links[Int32(index)].map(Int.init)
  }

  /// Open promises that pass `include`, soonest due first (ties in file order).
  private func openPromises(where include: (PromiseEntry) -> Bool) -> [Promise] {
    let entries = log.promises.entries
    return entries.indices.filter { entries[$0].status == .open && !entries[$0].voided && include(entries[$0]) }
      .sorted { (entries[$0].due, $0) < (entries[$1].due, $1) }.map(promise(at:))
  }

  /// Who a promise was made to, in words: the contact's name, or the account's.
  public func recipient(of promise: Promise) -> String {
    if let contact = promise.contact, let index = contactIndex("\(promise.account)/\(contact)") {
      return contacts[index].name
    }
    return accountIndex(promise.account).map { accounts[$0].name } ?? promise.account
  }

  /// A reason for each open promise past its due day, by account, most overdue first.
  func overduePromiseReasons(on today: Day) -> [(account: Int, reason: DriftReason)] {
    overduePromises(on: today).map { promise in
      (
        accountIndex(promise.account)!,
        .promiseOverdue(
          what: promise.what, to: recipient(of: promise), days: promise.daysOverdue(on: today), due: promise.due)
      )
    }
  }
}
