import Foundation
import RapportCore
import RapportUI

extension Benchmarks {
  /// Times keystrokes when the selected account has a contact with a 10 MB `personal:` field
  /// and an event with a 10 MB note: what is drawn is a pane's worth of them, so a key costs
  /// what it costs without them. Also the idle wake-up's cost (the look for changes on disk).
  static func hugeFields(_ folder: String) throws {
    let copy = try copyOfStore(folder)
    defer { try? FileManager.default.removeItem(atPath: copy) }
    let account = try checked(openReadOnly(copy)).ledger.accounts[0]
    let megabytes = 10
    let text = hugeText(bytes: megabytes << 20)
    try append(
      "\ncontact \(account.id)/huge \"Hugo Huge\" role:\"Keeper of notes\"\n  personal: \(text)\n",
      to: "\(copy)/\(Store.contactsFile)")
    try append(
      "\(today) \(account.id)/huge deposit check-in +1 \"\(text)\" id:hugenote01\n", to: "\(copy)/\(Store.eventsFile)")

    let (store, loading) = try timed { try checked(openReadOnly(copy)) }
    let dashboard = Dashboard(store: store, today: today)
    // Select the account with the huge fields, as a user would: filter by its name.
    for key in [Key.character("/")] + account.name.map { Key.character($0) } + [.enter] { _ = dashboard.handle(key) }
    let (width, height) = (120, 40)
    let (_, first) = timed { dashboard.render(width: width, height: height) }
    print(
      "huge fields in \(folder): a \(megabytes) MB personal field and a \(megabytes) MB note on \(account.name); "
        + "store opened in \(decimal(loading)) ms, first screen \(decimal(first)) ms")

    var rows: [[String]] = []
    func row(_ label: String, _ keys: [Key]) {
      var samples = Samples()
      for _ in 0..<21 {
        let (_, ms) = timed {
          for key in keys {
            _ = dashboard.handle(key)
            _ = dashboard.render(width: width, height: height)
          }
        }
        samples.add(ms / Double(keys.count))
      }
      rows.append([label, decimal(samples.min), decimal(samples.median), decimal(samples.max)])
    }
    row("redraw (Ctrl-L, or a resize)", [.resize])
    row("2 then j / k: scroll through the huge contact", [.character("2"), .character("j"), .character("k")])
    row("3 then j / k: the events, the huge note first", [.character("3"), .character("j"), .character("k")])
    row("Enter: account detail, Esc", [.enter, .escape])
    row("1 then j / k: leave the account and come back", [.character("1"), .character("j"), .character("k")])
    print(table(["keystroke (handling + 120x40 render)", "min ms", "median ms", "max ms"], rows))
    try hugeContactForm(copy, account: account.name, width: width, height: height)

    var idle = Samples()
    var redraws = 0
    for _ in 0..<21 {
      let (redraw, ms) = timed { dashboard.handleIdle() }
      idle.add(ms)
      if redraw { redraws += 1 }
    }
    print(
      "idle wake-up (a look at the files, no key): min \(decimal(idle.min)) ms, median \(decimal(idle.median)) ms, "
        + "max \(decimal(idle.max)) ms; \(redraws) of 21 asked for a redraw\n")
  }

  /// Times the edit form of the contact with the huge field: opening it, typing in its name,
  /// Tab through its fields (into the huge one and out of it), typing at the end of the huge
  /// field and moving in it, and Esc Esc.
  private static func hugeContactForm(_ folder: String, account: String, width: Int, height: Int) throws {
    // Forms open only on a store that can be written; nothing is saved.
    let dashboard = Dashboard(store: try checked(Store(path: folder, writable: true, today: today)), today: today)
    func press(_ keys: [Key]) -> String {
      for key in keys { _ = dashboard.handle(key) }
      return dashboard.render(width: width, height: height).text
    }
    // The huge contact: `e` on each contact of the account until its form opens.
    _ = press([.character("/")] + account.map { Key.character($0) } + [.enter, .character("2"), .home])
    var found = false
    for _ in 0..<40 {
      if press([.character("e")]).contains("Edit Hugo Huge") {
        found = true
        break
      }
      _ = press([.escape, .escape, .character("j")])
    }
    guard found else { throw BenchError.io("the contact with the huge field is not in the contacts pane") }
    _ = press([.escape, .escape])

    var rows: [[String]] = []
    func row(_ label: String, open: Bool = false, after prepare: [Key] = [], _ keys: [Key], close: [Key] = []) {
      var samples = Samples()
      for _ in 0..<9 {
        if !open { _ = press([.character("e")] + prepare) }
        let (_, ms) = timed {
          for key in keys { _ = press([key]) }
        }
        samples.add(ms / Double(keys.count))
        _ = press(close + (open ? [] : [.escape, .escape]))
      }
      rows.append([label, decimal(samples.min), decimal(samples.median), decimal(samples.max)])
    }
    let tabs = [Key](repeating: .tab, count: 9)
    let nameKeys: [Key] = [.character("x"), .character("y"), .backspace, .home, .control("e"), .left, .right]
    let inHuge: [Key] = [
      .character("a"), .character("b"), .backspace, .left, .right, .control("a"), .control("e"), .control("w"),
      .control("k"), .end,
    ]
    row("no form: a redraw of the panes behind it", open: true, [.resize])
    row("e: open the form", open: true, [.character("e")], close: [.escape, .escape])
    row("x y Backspace Home Ctrl-E ← → in the name", nameKeys)
    row("Tab through the fields", tabs)
    row("in the huge field: a b Backspace ← → Ctrl-A Ctrl-E Ctrl-W Ctrl-K End", after: Array(tabs.dropLast()), inHuge)
    row("Esc, Esc after a change", [.character("x"), .escape, .escape], close: [])
    print(table(["the huge contact's form (handling + 120x40 render)", "min ms", "median ms", "max ms"], rows))
  }

  /// Words of several lengths, with a line break now and then as a long note would have.
  private static func hugeText(bytes: Int) -> String {
    let words = ["weekend", "sailing", "daughter", "engineering", "proud", "coffee", "à", "Kjærgaard", "of", "the"]
    var text = ""
    text.reserveCapacity(bytes + 16)
    var n = 0
    while text.utf8.count < bytes {
      text += words[n % words.count]
      text += " "
      n += 1
    }
    return text
  }

  private static func append(_ text: String, to path: String) throws {
    guard let handle = FileHandle(forWritingAtPath: path) else { throw BenchError.io("cannot open \(path)") }
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
  }
}
