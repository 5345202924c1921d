/// Where a promise stands.
public enum PromiseStatus: String, CaseIterable, Sendable, Codable {
  /// Made and not yet closed, or reopened.
  case open
  /// Delivered: closed by a `kept` line, usually with a `promise-kept` deposit.
  case kept
  /// Not delivered: closed by a `missed` line, usually with a `missed-promise` withdrawal.
  case missed
  /// Taken off the list without being kept or missed (the client no longer needs it).
  case dropped
}

/// Something we promised an account or one of its people, by a day: an open item until a
/// `kept`, `missed` or `dropped` line closes it.
public struct Promise: Hashable, Sendable {
  public var id: String
  /// The day it was made.
  public var made: Day
  public var account: String
  public var contact: String?
  /// What was promised, in the user's words.
  public var what: String
  public var due: Day
  /// Who made it, when written.
  public var by: String?
  public var status: PromiseStatus
  /// The day of the line that closed it, while it is closed.
  public var closed: Day?
  /// The id of the live event that kept it or marked it missed (`promise:ID` on the event).
  public var event: String?
  /// 1-based line of the `promise` line in the events file.
  public var line: Int
  /// The note or reason of the line that closed it, while it is closed ("they moved to direct
  /// debit"); empty when there was none.
  public var note: String = ""

  /// `account` or `account/contact`.
  public var target: String { contact.map { "\(account)/\($0)" } ?? account }

  public var isOpen: Bool { status == .open }

  /// Days past its due day on `day` while it is open; 0 when it is not overdue or is closed.
  public func daysOverdue(on day: Day) -> Int {
    guard isOpen else { return 0 }
    return max(0, due.days(to: day))
  }

  public func isOverdue(on day: Day) -> Bool { daysOverdue(on: day) > 0 }
}

/// A promise to be made.
public struct PromiseDraft: Hashable, Sendable {
  /// The day it is made.
  public var day: Day
  public var account: String
  public var contact: String?
  public var what: String
  public var due: Day
  public var by: String?

  public init(day: Day, account: String, contact: String? = nil, what: String, due: Day, by: String? = nil) {
    self.day = day
    self.account = account
    self.contact = contact
    self.what = what
    self.due = due
    self.by = by
  }
}
