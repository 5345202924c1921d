import Foundation
import RapportCore
import RapportUI

extension Benchmarks {
  /// Times keystrokes when the selected account has a contact with a 10 MB `personal:` field
  /// and an event with a 10 MB note: what is drawn is a pane's worth of them, so a key costs
  /// what it costs without them. Also the idle wake-up's cost (the look for changes on disk).
  static func hugeFields(_ folder: String) throws {
    let copy = NSTemporaryDirectory() + "rapport-bench-huge-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: copy) }
    do {
      try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
      for file in files { try FileManager.default.copyItem(atPath: "\(folder)/\(file)", toPath: "\(copy)/\(file)") }
    } catch {
      throw BenchError.io("cannot copy \(folder) to \(copy): \(error)")
    }
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
