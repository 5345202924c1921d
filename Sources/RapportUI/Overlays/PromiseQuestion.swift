import RapportCore

/// The question asked before a promise is kept or marked missed: "Keep 'send the benchmark' for
/// Jane Doe?". Enter does it, Esc cancels, ↓ ↑ ask about the account's other open promises.
public struct PromiseQuestion: Equatable, Sendable {
  /// `.kept` or `.missed`.
  var closing: PromiseStatus
  /// The ids of the promises it can be about, the one asked first.
  var promises: [String]
  var position = 0

  var current: String { promises[position] }
}

extension Dashboard {
  /// `K` and `M`: asks about the first of the promises the keys act on (see `promisesToClose`).
  func askToClose(_ status: PromiseStatus) {
    guard let account = selectedAccount, canWrite() else { return }
    let promises = promisesToClose()
    guard !promises.isEmpty else {
      message = noPromisesMessage(account)
      return
    }
    askPromiseQuestion(PromiseQuestion(closing: status, promises: promises.map(\.id)))
  }

  /// The question's lines: what is asked, the promise's day, which of how many, and the keys.
  func promiseQuestionLines(_ question: PromiseQuestion) -> [(String, StyleRole)] {
    guard let promise = ledger.promise(id: question.current) else { return [] }
    let kept = question.closing == .kept
    let title = promiseTitle(promise)
    var lines: [(String, StyleRole)] = [
      (kept ? "Keep \(title)?" : "Mark \(title) missed?", .normal),
      (
        "Made \(promise.made)" + (promise.by.map { " by \($0)" } ?? "") + ", \(dueWords(promise).text)",
        dueWords(promise).role == .error ? .error : .dim
      ),
    ]
    if question.promises.count > 1 {
      let last = question.position == question.promises.count - 1
      lines.append(
        (
          "\(question.position + 1) of \(question.promises.count) open promises: "
            + "\(KeyMap.confirm.label(.another)) \(last ? "back to the first" : "the next")", .dim
        ))
    }
    let weight = kept ? Store.promiseKeptWeight : Store.promiseMissedWeight
    let enter = KeyMap.confirm.label(.confirm)
    let cancel = KeyMap.confirm.hint(.cancel)
    lines.append(("", .normal))
    lines.append(
      (
        "\(enter): \(kept ? "keep" : "mark missed") (records a \(kept ? "promise-kept" : "missed-promise") \(weight))"
          + " · \(cancel.key): \(cancel.word)", .dim
      ))
    return lines
  }

  /// Keys while the promise question is asked: its key table; any other key says the keys.
  func confirmKey(_ key: Key) {
    guard var question = promiseQuestion else { return }
    switch KeyMap.confirm.action(for: key) {
    case .confirm: closePromise(question)
    case .cancel:
      closePromiseQuestion()
      message = "Nothing was written"
    case .another:
      let step = key == .up ? -1 : 1
      question.position = (question.position + step + question.promises.count) % question.promises.count
      askPromiseQuestion(question)
    case nil:
      message = promiseQuestionLines(question).last?.0 ?? ""
    }
  }

  /// Keeps the promise asked about, or marks it missed: the event and the closing line in one
  /// write; the status line says what was recorded and how the equity moved.
  private func closePromise(_ question: PromiseQuestion) {
    closePromiseQuestion()
    guard canWrite() else { return }
    let id = question.current
    let kept = question.closing == .kept
    let balance = { (account: String) in
      self.ledger.accountIndex(account).map { self.ledger.totals(account: $0).balanceHundredths } ?? 0
    }
    let before = ledger.promise(id: id).map { balance($0.account) } ?? 0
    do {
      let promise = kept ? try store.keep(id, on: today) : try store.miss(id, on: today)
      recordedHere.insert("promise:\(promise.id)")
      storeChanged(select: promise.account, contact: promise.contact)
      if review != nil { reviewed(promise.account, kept ? .keptPromise : .missedPromise, advance: false) }
      let weight = kept ? Store.promiseKeptWeight : Store.promiseMissedWeight
      message =
        "\(kept ? "Kept" : "Missed") \(promiseTitle(promise)): \(kept ? "promise-kept" : "missed-promise") \(weight),"
        + " equity \(Weight.format(hundredths: before, signed: false))"
        + " -> \(Weight.format(hundredths: balance(promise.account), signed: false))"
    } catch {
      message = "Nothing was written: \(error)"
    }
  }

  /// The question in a centred panel, wrapped, with its keys under it. The whole question shows
  /// when the window has the rows; only when it has not is it cut, never the lines under it.
  func drawPromiseQuestion(_ frame: inout Frame, _ question: PromiseQuestion) {
    let top = layout.titleRow == nil ? 0 : 1
    let available = Rect(x: 0, y: top, width: frame.width, height: layout.statusRow - top)
    let width = min(available.width, max(30, min(72, available.width - 4)))
    let textWidth = max(1, width - 4)
    let parts = promiseQuestionLines(question)
    guard let (asked, askedRole) = parts.first else { return }
    var rest: [(String, StyleRole)] = []
    for (text, role) in parts.dropFirst() {
      rest += wrap(text, width: textWidth, maxLines: 6).lines.map { ($0, role) }
    }
    let room = max(1, available.height - 2 - rest.count)
    let wrapped = wrap(asked, width: textWidth, maxLines: room)
    var askedLines = wrapped.lines
    if wrapped.isCut, let last = askedLines.last {
      askedLines[askedLines.count - 1] = DisplayWidth.truncate(last + " …", to: textWidth)
    }
    let lines = askedLines.map { ($0, askedRole) } + rest
    let height = min(available.height, lines.count + 2)
    let rect = Rect(
      x: (available.width - width) / 2, y: top + (available.height - height) / 2, width: width, height: height)
    frame.fill(rect, role: .overlay)
    frame.box(rect, title: question.closing == .kept ? "Keep a promise" : "A promise missed", focused: true)
    let inner = rect.inner
    guard inner.width > 2, inner.height > 0 else { return }
    for (row, line) in lines.prefix(inner.height).enumerated() {
      frame.put(line.0, x: inner.x + 1, y: inner.y + row, role: line.1, limit: inner.width - 2)
    }
  }
}
