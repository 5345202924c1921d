import RapportCore

/// The question asked after a contact's role changed or a progress note was added: is the next
/// job they want still the same? Enter opens their form at the next job; Esc keeps it.
public struct NextJobQuestion: Equatable, Sendable {
  /// The contact it is about, `account/contact`.
  var contact: String
  /// What is asked, e.g. "Lars is now COO. Is their next job still '…'?"
  var text: String
}

extension Dashboard {
  /// Keys while the question is asked: the question's key table; any other key asks again.
  func questionKey(_ key: Key) {
    guard let question else { return }
    switch KeyMap.question.action(for: key) {
    case .edit:
      closeQuestion()
      guard let index = ledger.contactIndex(question.contact) else {
        message = "\(question.contact) is no longer in the store"
        return
      }
      let contact = ledger.contacts[index]
      select(contact.account, contact: contact.id)
      focus = .contacts
      openContactForm(focusing: .nextJob, selectingAll: true)
    case .keep:
      closeQuestion()
      message = "Kept their next job"
    case nil:
      message = keysLine
    }
  }

  /// "Enter: edit it · Esc: keep it", from the key table.
  private var keysLine: String {
    QuestionAction.allCases.map { KeyMap.question.hint($0) }.map { "\($0.key): \($0.word)" }
      .joined(separator: " · ")
  }

  /// The question in a centred panel, wrapped, with its keys under it.
  func drawQuestion(_ frame: inout Frame, _ question: NextJobQuestion) {
    let top = layout.titleRow == nil ? 0 : 1
    let available = Rect(x: 0, y: top, width: frame.width, height: layout.statusRow - top)
    let width = min(available.width, max(30, min(64, available.width - 4)))
    let lines = wrap(question.text, width: max(1, width - 4), maxLines: 12).lines + ["", keysLine]
    let height = min(available.height, lines.count + 2)
    let rect = Rect(
      x: (available.width - width) / 2, y: top + (available.height - height) / 2, width: width, height: height)
    frame.fill(rect, role: .overlay)
    frame.box(rect, title: "Next job", focused: true)
    let inner = rect.inner
    guard inner.width > 2, inner.height > 0 else { return }
    for (row, line) in lines.prefix(inner.height).enumerated() {
      let role: StyleRole = row == lines.count - 1 ? .dim : .normal
      frame.put(line, x: inner.x + 1, y: inner.y + row, role: role, limit: inner.width - 2)
    }
  }
}
