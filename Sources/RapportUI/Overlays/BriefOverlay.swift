import RapportCore

extension Dashboard {
  /// Opens the selected account's brief over the panes.
  func openBrief() {
    guard let index = selectedAccount else {
      message = "No account selected"
      return
    }
    openOverlay(.brief(ledger.accounts[index].id))
  }

  /// The brief of the account with this id, as it is today, without personal notes (it is what
  /// `w` writes to a file, which may leave the machine); nil when the account is gone.
  func brief(account id: String) -> Brief? {
    guard let index = ledger.accountIndex(id) else { return nil }
    return ledger.brief(account: index, on: today, thresholds: thresholds, personal: false)
  }

  /// The brief's title and lines for the overlay.
  func briefContent(account id: String) -> (title: String, lines: [(String, StyleRole)])? {
    guard let brief = brief(account: id) else { return nil }
    let lines = BriefText.lines(brief).dropFirst().map { line -> (String, StyleRole) in
      let role: StyleRole =
        switch line.style {
        case .title, .heading: .overlayTitle
        case .body: .normal
        case .positive: .positive
        case .negative: .negative
        case .warning: .warning
        case .dim: .dim
        }
      return (line.text, role)
    }
    return ("Brief · \(brief.account.name)", Array(lines))
  }

  /// Writes the brief as Markdown to a new file in `briefFolder`, and says where (or why not).
  func writeBrief(account id: String) {
    guard let brief = brief(account: id) else {
      message = "The account is no longer in the store"
      return
    }
    let markdown = InertText.visible(BriefMarkdown.render(brief), keepingLineBreaks: true)
    do {
      let path = try BriefFile.write(markdown, account: id, on: today, in: briefFolder)
      message = "Brief written to \(path)"
    } catch {
      message = error.description
    }
  }
}
