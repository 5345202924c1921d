import RapportCore

/// What saving a form does.
enum FormPurpose: Equatable {
  /// Recording for an account; `contacts` are the ids behind the contact choices.
  case record(EventType, account: String, contacts: [String])
  /// Editing this contact, as it was when the form opened.
  case editContact(Contact)
  case editAccount(Account)
  case addAccount
  case addContact(account: String)
  /// Planning the next touch of this account, or snoozing it, as it was when the form opened.
  case plan(Account)
  case snooze(Account)
}

/// A form open over the dashboard: labelled fields, one of them focused. Enter saves, Esc
/// cancels, Tab and Shift-Tab (or ↓ ↑ outside a list) move between fields.
struct Form: Equatable {
  enum Outcome { case editing, submit, cancel }

  var title: String
  var purpose: FormPurpose
  var fields: [FormField]
  var focus: Int
  /// What is wrong with what was typed, shown until the next key.
  var problem = ""
  /// The fields' text and choices as the form opened, to tell whether anything was changed.
  private var initial: [FieldValue]
  /// True after an Esc that would lose changes, until the next key.
  private var confirmingCancel = false

  init(title: String, purpose: FormPurpose, fields: [FormField], focus: Int = 0) {
    self.title = title
    self.purpose = purpose
    self.fields = fields
    self.focus = focus
    initial = fields.map(\.value)
  }

  /// Whether any field differs from how the form opened.
  var isChanged: Bool { fields.map(\.value) != initial }

  /// The field with this label.
  subscript(label: String) -> FormField {
    get { fields[index(label)] }
    set { fields[index(label)] = newValue }
  }

  func index(_ label: String) -> Int {
    guard let index = fields.firstIndex(where: { $0.label == label }) else {
      preconditionFailure("no field \(label)")
    }
    return index
  }

  var focused: FormField { fields[focus] }

  mutating func handle(_ key: Key) -> Outcome {
    problem = ""
    let confirming = confirmingCancel
    confirmingCancel = false
    switch key {
    case .enter: return .submit
    case .escape, .control("c"):
      guard isChanged, !confirming else { return .cancel }
      confirmingCancel = true
      problem = "Your changes are not saved: \(key.label) again to throw them away, Enter to save"
      return .editing
    case .tab: move(by: 1)
    case .backTab: move(by: -1)
    case .control("j") where fields[focus].kind != .multiline:
      problem = "\(fields[focus].label) is one line: Ctrl-J adds lines only in the longer fields"
    default:
      if !fields[focus].edit(key) {
        if key == .down { move(by: 1) }
        if key == .up { move(by: -1) }
      }
    }
    return .editing
  }

  mutating func move(by step: Int) {
    focus = (focus + step + fields.count) % fields.count
    fields[focus].fresh = true
    fields[focus].cursor = fields[focus].text.utf8.count
  }

  /// Shows a problem and moves to the field it is about.
  mutating func refuse(_ problem: String, at label: String? = nil) {
    self.problem = problem
    if let label {
      focus = index(label)
      fields[focus].fresh = false
    }
  }
}
