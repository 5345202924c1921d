import Foundation
import RapportCore
import RapportUI

extension Benchmarks {
  /// Times what a keystroke costs in the dashboard: the key's handling plus a full render of a
  /// 120x40 screen, which is what the terminal waits for before it can draw.
  static func dashboard(_ folder: String) throws {
    let store = try checked(openReadOnly(folder))
    let (dashboard, opening) = timed { Dashboard(store: store, today: today) }
    let (width, height) = (120, 40)
    let (_, first) = timed { dashboard.render(width: width, height: height) }
    print(
      "dashboard \(folder): \(grouped(store.ledger.accounts.count)) accounts, \(width)x\(height); "
        + "view-model (drift of every account, the list) \(decimal(opening)) ms, first screen \(decimal(first)) ms"
    )

    let (people, indexing) = timed { PeopleIndex(ledger: store.ledger) }
    let (_, searching) = timed { people.search("katrin") }
    print(
      "search index (folded at the first key after /, once per ledger): \(grouped(store.ledger.contacts.count)) contacts in "
        + "\(decimal(indexing)) ms; one search for katrin \(decimal(searching)) ms")

    var rows: [[String]] = []
    func row(_ label: String, _ keys: [Key], undo: [Key] = []) {
      rows.append([label] + timeKeys(keys, on: dashboard, perKey: true, undo: undo))
    }
    row("j / k: next and previous account", [.character("j"), .character("k")])
    row("G / Home: last and first account", [.character("G"), .home])
    row("PgDn / PgUp", [.pageDown, .pageUp])
    row("s: sort 10,000 accounts another way", [.character("s")])
    row("t: show one tier", [.character("t")])
    row("/ then a letter: search accounts and contacts", [.character("/"), .character("a")], undo: [.escape])
    row(
      "/kat: search, a key at a time", [.character("/"), .character("k"), .character("a"), .character("t")],
      undo: [.escape])
    row("Tab: next pane", [.tab])
    row("+ / -: zoom the timeline", [.character("+"), .character("-")])
    row("?: help, Esc", [.character("?"), .escape])
    row("Enter: account detail, Esc", [.enter, .escape])
    row("redraw (Ctrl-L, or a resize)", [.resize])
    print(table(["keystroke (handling + 120x40 render)", "min ms", "median ms", "max ms"], rows) + "\n")
    try writes(folder)
  }

  /// Times the keys that write, on a copy of the store: each is on disk (synced) before the
  /// key's handling returns.
  static func writes(_ folder: String) throws {
    let copy = try copyOfStore(folder)
    defer { try? FileManager.default.removeItem(atPath: copy) }
    // Flushed first, so that the first fsync times one line and not the whole copy.
    sync()
    let store = try checked(Store(path: copy, writable: true, today: today))
    let dashboard = Dashboard(store: store, today: today)
    _ = dashboard.render(width: 120, height: 40)
    var rows: [[String]] = []
    func row(_ label: String, _ keys: [Key]) {
      rows.append([label] + timeKeys(keys, on: dashboard, perKey: false))
    }
    row("d, Esc: open and close the deposit form", [.character("d"), .escape])
    row("d, Enter: record a deposit (append, fsync)", [.character("d"), .enter])
    row("u: undo the last event (append a void, fsync)", [.character("u")])
    row("Ctrl-R: redo it (append a restore, fsync)", [.control("r")])
    row("e, Enter: save a contact (rewrite contacts.txt)", [.character("2"), .character("e"), .enter])
    print(
      table(["writing keystroke (handling + 120x40 render)", "min ms", "median ms", "max ms"], rows)
        + "\n(on a copy of the store: \(grouped(store.ledger.eventCount)) events after the writes)\n")
  }

  /// Times `keys` (each followed by a 120x40 render) 21 times, per key or for all of them;
  /// `undo` puts the state back in between. The minimum, median and maximum in ms.
  private static func timeKeys(_ keys: [Key], on dashboard: Dashboard, perKey: Bool, undo: [Key] = []) -> [String] {
    var samples = Samples()
    for _ in 0..<21 {
      let (_, ms) = timed {
        for key in keys {
          _ = dashboard.handle(key)
          _ = dashboard.render(width: 120, height: 40)
        }
      }
      samples.add(perKey ? ms / Double(keys.count) : ms)
      for key in undo { _ = dashboard.handle(key) }
    }
    _ = dashboard.render(width: 120, height: 40)
    return [decimal(samples.min), decimal(samples.median), decimal(samples.max)]
  }
}

extension Benchmarks {
  /// A copy of the store's files in a new temporary folder, for the benchmarks that write.
  static func copyOfStore(_ folder: String) throws -> String {
    let copy = NSTemporaryDirectory() + "rapport-bench-\(UUID().uuidString)"
    do {
      try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
      for file in files { try FileManager.default.copyItem(atPath: "\(folder)/\(file)", toPath: "\(copy)/\(file)") }
    } catch {
      throw BenchError.io("cannot copy \(folder) to \(copy): \(error)")
    }
    return copy
  }
}
