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
  /// Making a promise to this account or one of `contacts` (the ids behind the contact choices).
  case promise(account: String, contacts: [String])
  /// Dropping one of these open promises (ids, in the order of the choices), with a reason.
  case dropPromise(account: String, promises: [String])
  /// Adding an initiative to an account's plan, or editing the one at `index`; `contacts` are
  /// the ids behind the contact choices.
  case initiative(account: String, index: Int?, contacts: [String])
  /// Adding an objective to an account's plan, or editing the one at `index`.
  case objective(account: String, index: Int?)
  /// Setting the day an account's plan is next reviewed.
  case planReview(account: String)
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
  /// The id of the event a record form corrects: saving voids it and records the form's event
  /// in its place, in one write.
  var correcting: String?
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

  /// Whether the form has a field with this key (some come and go with what is chosen).
  func has(_ key: FieldKey) -> Bool { fields.contains { $0.key == key } }

  /// Takes the fields as they are now for how the form opened, for one set up after it was made.
  mutating func markUnchanged() { initial = fields.map(\.value) }

  /// Whether any field differs from how the form opened.
  var isChanged: Bool { fields.map(\.value) != initial }

  /// The field with this key.
  subscript(key: FieldKey) -> FormField {
    get { fields[index(key)] }
    set { fields[index(key)] = newValue }
  }

  func index(_ key: FieldKey) -> Int {
    guard let index = fields.firstIndex(where: { $0.key == key }) else {
      preconditionFailure("no field \(key.label)")
    }
    return index
  }

  var focused: FormField { fields[focus] }

  /// Applies a key from the form's key table. A key the table does not bind changes nothing in
  /// the fields, but, as every key, it clears the problem shown and a pending "Esc again".
  mutating func handle(_ key: Key) -> Outcome {
    problem = ""
    let confirming = confirmingCancel
    confirmingCancel = false
    guard let action = KeyMap.form.action(for: key) else { return .editing }
    switch action {
    case .save: return .submit
    case .cancel:
      guard isChanged, !confirming else { return .cancel }
      confirmingCancel = true
      problem = "Your changes are not saved: \(key.label) again to throw them away, Enter to save"
      return .editing
    case .nextField: move(by: 1)
    case .previousField: move(by: -1)
    case .newLine where fields[focus].kind != .multiline:
      problem = "\(fields[focus].label) is one line: Ctrl-J adds lines only in the longer fields"
    case .upDown:
      if !fields[focus].edit(key) { move(by: key == .down ? 1 : -1) }
    case .newLine, .weight, .wholeAccount, .edit, .type:
      if !fields[focus].edit(key), fields[focus].kind == .yesNo, case .character = key {
        problem = "\(fields[focus].label): y for yes, n for no, Space turns it over"
      }
      if case .paste(let pasted) = key { sayControlCharacter(in: pasted) }
    }
    return .editing
  }

  mutating func move(by step: Int) {
    focus = (focus + step + fields.count) % fields.count
    fields[focus].fresh = true
    fields[focus].selectsAll = false
    fields[focus].cursor = fields[focus].text.utf8.count
  }

  /// Shows a problem and moves to the field it is about.
  mutating func refuse(_ problem: String, at key: FieldKey? = nil) {
    self.problem = problem
    if let key {
      focus = index(key)
      fields[focus].fresh = false
    }
  }
}
