/// Which field of a form: what the code looks fields up by, whatever their labels say.
enum FieldKey: CaseIterable, Hashable {
  // The record form.
  case contact, kind, weight, date, note, forCareer
  // The contact forms.
  case id, name, role, flags, reassess, nextJob, progress, measuredBy, worries, help, personal, left
  // The account forms.
  case tier, cadence, won, owner, culture, dos, donts, plan, planNote, snoozedUntil, snoozeReason
  // The snooze form (the plan form has a date and a note).
  case until, reason
  // The promise forms: what, to whom (`contact`), when, who made it; which one to drop.
  case what, due, by, promise
  // The key account plan's forms: an initiative (what, status, due, owner, contact), an
  // objective, the review day.
  case status, objective, review

  /// The mark a field of one item a line shows before each item, as the account's detail does, so
  /// that an item wrapped over several rows reads as one; nil for other fields.
  var itemMark: String? {
    switch self {
    case .dos: return "+ "
    case .donts: return "− "
    default: return nil
    }
  }

  /// The label the form shows.
  var label: String {
    switch self {
    case .contact: return "Contact"
    case .kind: return "Kind"
    case .weight: return "Weight"
    case .date: return "Date"
    case .note: return "Note"
    case .forCareer: return "For their career"
    case .id: return "Id"
    case .name: return "Name"
    case .role: return "Role"
    case .flags: return "Flags"
    case .reassess: return "Reassess"
    case .nextJob: return "Next job"
    case .progress: return "Progress"
    case .measuredBy: return "Measured by"
    case .worries: return "Worries"
    case .help: return "How to help"
    case .personal: return "Personal"
    case .left: return "Left"
    case .tier: return "Tier"
    case .cadence: return "Cadence"
    case .won: return "Won"
    case .owner: return "Owner"
    case .culture: return "Culture"
    case .dos: return "Do"
    case .donts: return "Don't"
    case .plan: return "Plan"
    case .planNote: return "Plan note"
    case .snoozedUntil: return "Snoozed to"
    case .snoozeReason: return "Why snoozed"
    case .until: return "Until"
    case .reason: return "Reason"
    case .what: return "What"
    case .due: return "Due"
    case .by: return "By"
    case .promise: return "Promise"
    case .status: return "Status"
    case .objective: return "Objective"
    case .review: return "Review"
    }
  }
}
