/// The mark before an account in the list: one table, read by the list and by the help's legend,
/// so that the two cannot differ.
enum AccountMark: CaseIterable, Sendable {
  case promiseOverdue, snoozed, planned, plannedDue, neglected, promiseDueSoon, drifting, cooling

  /// What the list shows (at most two columns wide).
  var text: String {
    switch self {
    case .promiseOverdue: return Dashboard.promiseMark + "!"
    case .snoozed: return "z"
    case .planned: return "P"
    case .plannedDue: return "P!"
    case .neglected: return "!!"
    case .promiseDueSoon: return Dashboard.promiseMark
    case .drifting: return "!"
    case .cooling: return "~"
    }
  }

  var role: StyleRole {
    switch self {
    case .promiseOverdue, .plannedDue, .neglected: return .danger
    case .snoozed: return .dim
    case .planned: return .accent
    case .promiseDueSoon, .drifting, .cooling: return .warning
    }
  }

  /// What it means, for the help; the cases are in the order they win over one another.
  var meaning: String {
    switch self {
    case .promiseOverdue: return "a promise overdue (before any other mark)"
    case .snoozed: return "snoozed"
    case .planned: return "a touch planned"
    case .plannedDue: return "a planned touch due"
    case .neglected: return "neglected"
    case .promiseDueSoon: return "a promise due within \(Dashboard.promiseSoonDays) days"
    case .drifting: return "drifting"
    case .cooling: return "cooling"
    }
  }
}
