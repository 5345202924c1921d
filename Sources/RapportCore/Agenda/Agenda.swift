/// What an agenda line is about, with what it needs to be acted on.
public enum AgendaItemKind: Hashable, Sendable {
  /// The next touch planned from the review (`plan:`), and what it is (`plan-note:`).
  case plannedTouch
  /// An open promise due, by its id.
  case promiseDue(id: String)
  /// An initiative of the key account plan, still an idea or active, due; `index` is its
  /// position in the plan.
  case initiativeDue(index: Int, status: InitiativeStatus)
  /// A contact's reassessment (`reassess:`).
  case reassessment
  /// The key account plan's review (`plan-review:`).
  case planReview

  /// The order of kinds within a day: what we owe others first, then what we meant to do.
  var rank: Int {
    switch self {
    case .promiseDue: return 0
    case .plannedTouch: return 1
    case .initiativeDue: return 2
    case .planReview: return 3
    case .reassessment: return 4
    }
  }
}

/// One line of the agenda: what is due, for which account (and contact), on which day.
public struct AgendaItem: Hashable, Sendable {
  public var kind: AgendaItemKind
  /// The account, by index in the ledger.
  public var account: Int
  /// The contact, by index in the ledger, when the item is about one person.
  public var contact: Int?
  public var day: Day
  /// What it is, in the user's words: the promise, the planned touch's note, the initiative.
  public var text: String
  /// Days past its day on the agenda's day; 0 when it is today or later.
  public var overdueDays: Int
}

/// A heading of the agenda and the items under it.
public struct AgendaGroup: Hashable, Sendable {
  public enum When: Hashable, Sendable {
    /// Everything before today, oldest first.
    case overdue
    case day(Day)
  }

  public var when: When
  public var items: [AgendaItem]
}

/// What is due in the next days, and everything overdue first: planned touches, promises,
/// initiatives, reassessments and plan reviews. What a manager reads on Monday morning.
public struct Agenda: Hashable, Sendable {
  public var today: Day
  /// The days ahead it covers, today included.
  public var days: Int
  /// Overdue first (when anything is), then each day that has items, in order.
  public var groups: [AgendaGroup]

  /// Every item, in agenda order.
  public var items: [AgendaItem] { groups.flatMap(\.items) }
}

extension Ledger {
  /// The agenda for `days` days from `today` (today included; at least 1), with everything
  /// overdue first. Within a day (and within the overdue, oldest day first) promises come first,
  /// then planned touches, initiatives, plan reviews and reassessments, each in account order.
  /// People who have left are not reassessed. Archived accounts and contacts are left out unless
  /// `includingArchived`; with `owner`, only the accounts that owner owns (case ignored).
  public func agenda(on today: Day, days: Int = 7, includingArchived: Bool = false, owner: String? = nil) -> Agenda {
    let last = today.adding(days: max(1, days) - 1)
    var items: [AgendaItem] = []
    func add(_ kind: AgendaItemKind, account: Int, contact: Int? = nil, day: Day, text: String) {
      guard day <= last, owner.map({ accounts[account].isOwned(by: $0) }) ?? true else { return }
      items.append(
        AgendaItem(
          kind: kind, account: account, contact: contact, day: day, text: text, overdueDays: max(0, day.days(to: today))
        ))
    }
    for (index, account) in accounts.enumerated() where includingArchived || !account.isArchived {
      if let plan = account.plan { add(.plannedTouch, account: index, day: plan, text: account.planNote) }
      for (position, initiative) in account.keyPlan.initiatives.enumerated() where initiative.status.isOpen {
        if let due = initiative.due {
          add(
            .initiativeDue(index: position, status: initiative.status), account: index,
            contact: initiative.contact.flatMap { contactIndex("\(account.id)/\($0)") }, day: due,
            text: initiative.text)
        }
      }
      if let review = account.keyPlan.review { add(.planReview, account: index, day: review, text: "") }
    }
    for (index, contact) in contacts.enumerated() {
      guard let due = contact.reassess, !contact.hasLeft(by: today), let account = accountIndex(contact.account),
        includingArchived || !isArchived(contact: index)
      else { continue }
      add(.reassessment, account: account, contact: index, day: due, text: "")
    }
    for promise in promises where promise.isOpen {
      guard let account = accountIndex(promise.account), includingArchived || !accounts[account].isArchived else {
        continue
      }
      add(
        .promiseDue(id: promise.id), account: account,
        contact: promise.contact.flatMap { contactIndex("\(promise.account)/\($0)") }, day: promise.due,
        text: promise.what)
    }
    let ordered = items.enumerated().sorted { a, b in
      let (x, y) = (a.element, b.element)
      return (x.day, x.kind.rank, x.account, a.offset) < (y.day, y.kind.rank, y.account, b.offset)
    }.map(\.element)
    var groups: [AgendaGroup] = []
    for item in ordered {
      let when: AgendaGroup.When = item.day < today ? .overdue : .day(item.day)
      if groups.last?.when == when {
        groups[groups.count - 1].items.append(item)
      } else {
        groups.append(AgendaGroup(when: when, items: [item]))
      }
    }
    return Agenda(today: today, days: max(1, days), groups: groups)
  }
}
