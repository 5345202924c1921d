import RapportCore

extension Form {
  /// Says at once when text pasted into the focused field holds a control character: the field
  /// keeps it (shown as text, as `\e`), and saving refuses it until it is removed.
  mutating func sayControlCharacter(in pasted: String) {
    let field = fields[focus]
    switch field.kind {
    case .choice(_, _, allowsOther: false), .yesNo: return
    case .text, .multiline, .choice: break
    }
    if let problem = TextSafety.problem(in: pasted, field: field.label, multiline: field.kind == .multiline) {
      self.problem = problem.description
    }
  }

  /// Refuses the form when a field that is saved as typed holds a control character (see
  /// `TextSafety`), naming the field and the character and moving to it; true when it did. A
  /// pasted escape sequence or bidi override would otherwise be stored for everyone who reads
  /// the store. The choices of a list are not checked: what is saved is the option, not what
  /// was typed to find it.
  mutating func refuseControlCharacters() -> Bool {
    for field in fields {
      switch field.kind {
      case .choice(_, _, allowsOther: false), .yesNo: continue
      case .text, .multiline, .choice: break
      }
      if let problem = TextSafety.problem(in: field.string, field: field.label, multiline: field.kind == .multiline) {
        refuse(problem.description, at: field.key)
        return true
      }
    }
    return false
  }
}
