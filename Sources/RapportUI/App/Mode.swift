/// What the dashboard is doing: it decides which key table a key is looked up in, and what is
/// drawn over the panes. A review goes on under the forms and overlays opened from it.
enum Mode {
  /// The panes, with the normal keys.
  case normal
  /// Typing into the accounts filter (`filterText`), the cursor at a UTF-8 offset in it.
  case filter(cursor: Int)
  /// Walking through the accounts that need attention.
  case review(Review)
  /// A form over the panes, or over the review it was opened from.
  case form(Form, over: Review?)
  /// A question over the panes or the review: Enter or Esc answers it.
  case question(NextJobQuestion, over: Review?)
  /// Asking to keep a promise or mark it missed, over the panes or the review.
  case confirm(PromiseQuestion, over: Review?)
  /// The help or an account's detail, scrolled to `scroll`, over the panes or a review.
  case overlay(Overlay, scroll: Int, over: Review?)
  /// An account's key account plan, over the panes or the review (PlanOverlay).
  case plan(PlanView, over: Review?)
  /// The agenda over the panes (AgendaView).
  case agenda(AgendaView)
  /// The fields a sync stopped on, each side's value and the side chosen (ConflictForm).
  case conflicts(ConflictForm)

  /// The key listing's name for the mode.
  var keys: KeyMode {
    switch self {
    case .normal: return .normal
    case .filter: return .filter
    case .review: return .review
    case .form: return .form
    case .question: return .question
    case .confirm: return .confirm
    case .overlay: return .overlay
    case .plan: return .plan
    case .agenda: return .agenda
    case .conflicts: return .conflicts
    }
  }
}

/// Overlays drawn over the panes.
enum Overlay: Equatable {
  case help, detail
  /// One event in full, by its id (EventDetail).
  case event(String)
  /// An account's brief, by its id (BriefOverlay).
  case brief(String)
  /// What the last sync brought in, or why it failed (SyncRun).
  case sync
}

extension Dashboard {
  // MARK: What the mode holds

  /// The form being filled in, drawn over everything else.
  var form: Form? {
    if case .form(let form, _) = mode { return form }
    return nil
  }

  /// The drift review under way, whether or not a form or overlay is over it.
  var review: Review? {
    switch mode {
    case .review(let review): return review
    case .form(_, let over), .overlay(_, _, let over), .question(_, let over), .confirm(_, let over),
      .plan(_, let over):
      return over
    case .normal, .filter, .agenda, .conflicts: return nil
    }
  }

  var overlay: Overlay? {
    if case .overlay(let overlay, _, _) = mode { return overlay }
    return nil
  }

  /// True while the user types into the filter.
  var filtering: Bool {
    if case .filter = mode { return true }
    return false
  }

  /// The mode under a form or an overlay: the view it was opened from (the plan, the agenda;
  /// see `openFrom`), else the review, or the panes. Taking it takes it off the stack.
  private func underneath() -> Mode {
    if let back = returns.popLast() { return back }
    return review.map(Mode.review) ?? .normal
  }

  /// Opens `next` from the plan or the agenda: closing it goes back to where it was opened.
  func openFrom(_ next: () -> Void) {
    let here = mode
    next()
    if !isSameView(here, mode) { returns.append(here) }
  }

  private func isSameView(_ a: Mode, _ b: Mode) -> Bool {
    switch (a, b) {
    case (.plan, .plan), (.agenda, .agenda), (.normal, .normal), (.review, .review): return true
    default: return false
    }
  }

  // MARK: Transitions

  /// Opens a form over the panes or the review.
  func openForm(_ form: Form) { mode = .form(form, over: review) }

  /// Puts back the form after a change (the mode must be `.form`).
  func updateForm(_ form: Form) { mode = .form(form, over: review) }

  /// Closes the form: back to the review it was opened from, or the panes.
  func closeForm() { mode = underneath() }

  /// Changes the open form in place: it is taken out of the mode while it changes, so that its
  /// text (megabytes, perhaps) is not copied at each key. Nil when no form is open.
  func changeForm<T>(_ body: (inout Form) -> T) -> T? {
    guard case .form(var form, let over) = mode else { return nil }
    mode = .normal
    let result = body(&form)
    mode = .form(form, over: over)
    return result
  }

  /// The question being asked, drawn over everything else.
  var question: NextJobQuestion? {
    if case .question(let question, _) = mode { return question }
    return nil
  }

  /// Asks a question over the panes or the review.
  func askQuestion(_ question: NextJobQuestion) { mode = .question(question, over: review) }

  /// Back to the review the question was asked over, or the panes.
  func closeQuestion() { mode = underneath() }

  /// The promise question being asked, drawn over everything else.
  var promiseQuestion: PromiseQuestion? {
    if case .confirm(let question, _) = mode { return question }
    return nil
  }

  /// Asks to keep or miss a promise, over the panes or the review.
  func askPromiseQuestion(_ question: PromiseQuestion) { mode = .confirm(question, over: review) }

  /// Back to the review the promise question was asked over, or the panes.
  func closePromiseQuestion() { mode = underneath() }

  func openOverlay(_ overlay: Overlay) { mode = .overlay(overlay, scroll: 0, over: review) }

  func closeOverlay() { mode = underneath() }

  /// How far the overlay is scrolled.
  var overlayScroll: Int {
    get {
      if case .overlay(_, let scroll, _) = mode { return scroll }
      return 0
    }
    set {
      if case .overlay(let overlay, _, let over) = mode { mode = .overlay(overlay, scroll: newValue, over: over) }
    }
  }

  /// Where the cursor is in the filter being typed: an offset in `filterText`'s UTF-8 bytes.
  var filterCursor: Int {
    if case .filter(let cursor) = mode { return min(cursor, filterText.utf8.count) }
    return filterText.utf8.count
  }

  /// Types into the filter from its end.
  func startFiltering() { mode = .filter(cursor: filterText.utf8.count) }

  func stopFiltering() { mode = .normal }

  func beginReview(_ review: Review) { mode = .review(review) }

  /// Replaces the review, wherever it is: under a form or an overlay, or on its own.
  func setReview(_ review: Review) {
    switch mode {
    case .review: mode = .review(review)
    case .form(let form, _): mode = .form(form, over: review)
    case .overlay(let overlay, let scroll, _): mode = .overlay(overlay, scroll: scroll, over: review)
    case .question(let question, _): mode = .question(question, over: review)
    case .confirm(let question, _): mode = .confirm(question, over: review)
    case .plan(let plan, _): mode = .plan(plan, over: review)
    case .normal, .filter, .agenda, .conflicts: break
    }
  }

  /// Ends the review (from the review mode) and goes back to the panes.
  func leaveReview() { mode = .normal }
}
