extension Dashboard {
  /// Shows the dashboard on `terminal` and applies keys until the user quits or input ends.
  public func run(on terminal: Terminal) {
    var size = terminal.size
    resize(width: size.width, height: size.height)
    terminal.draw(render())
    while let key = terminal.readKey() {
      // A pause costs a look at the files, and a redraw only when something changed.
      if key == .idle, !handleIdle() { continue }
      if let action = KeyMap.terminal.action(for: key) {
        terminal.perform(action)
      } else if key != .idle, !handle(key) {
        return
      }
      size = terminal.size
      resize(width: size.width, height: size.height)
      terminal.draw(render())
      // A sync waits on git: "Syncing…" is on the screen while it runs.
      if runPendingWork() { terminal.draw(render()) }
    }
  }

  /// A pause without keys: looks at the store's files (a `stat` each). Returns
  /// whether the screen must be drawn again; when nothing changed, nothing is drawn.
  public func handleIdle() -> Bool {
    let before = (revision: store.revision, loads: store.loads, message: message)
    if store.changedOnDisk {
      let selected = selectedAccount.map { ledger.accounts[$0].id }
      do {
        try store.reload()
        // What the last message said may no longer hold (a person forgotten, an event voided).
        message = ""
        storeChanged(select: selected ?? "", contact: nil)
        keepReviewedAccountShown()
      } catch {
        message = "Could not read the store again: \(error)"
      }
    }
    let changed = store.revision != before.revision || store.loads != before.loads || message != before.message
    if changed { settle() }
    return changed
  }
}
