import RapportCore
import RapportUI

extension Benchmarks {
  /// Times what a keystroke costs in the dashboard: the key's handling plus a full render of a
  /// 120x40 screen, which is what the terminal waits for before it can draw.
  static func dashboard(_ folder: String) throws {
    let store = try checked(openReadOnly(folder))
    let dashboard = Dashboard(store: store, today: today)
    let (width, height) = (120, 40)
    let (_, first) = timed { dashboard.render(width: width, height: height) }
    print(
      "dashboard \(folder): \(grouped(store.ledger.accounts.count)) accounts, \(width)x\(height); first screen \(decimal(first)) ms"
    )

    var rows: [[String]] = []
    /// Times `keys` (each followed by a render) 21 times; `undo` puts the state back in between.
    func row(_ label: String, _ keys: [Key], undo: [Key] = []) {
      var samples = Samples()
      for _ in 0..<21 {
        let (_, ms) = timed {
          for key in keys {
            _ = dashboard.handle(key)
            _ = dashboard.render(width: width, height: height)
          }
        }
        samples.add(ms / Double(keys.count))
        for key in undo { _ = dashboard.handle(key) }
      }
      _ = dashboard.render(width: width, height: height)
      rows.append([label, decimal(samples.min), decimal(samples.median), decimal(samples.max)])
    }
    row("j / k: next and previous account", [.character("j"), .character("k")])
    row("G / g: last and first account", [.character("G"), .character("g")])
    row("PgDn / PgUp", [.pageDown, .pageUp])
    row("s: sort 10,000 accounts another way", [.character("s")])
    row("t: show one tier", [.character("t")])
    row("/ then a letter: filter 10,000 names", [.character("/"), .character("a")], undo: [.escape])
    row("Tab: next pane", [.tab])
    row("+ / -: zoom the timeline", [.character("+"), .character("-")])
    row("?: help, Esc", [.character("?"), .escape])
    row("Enter: account detail, Esc", [.enter, .escape])
    row("redraw (Ctrl-L, or a resize)", [.resize])
    print(table(["keystroke (handling + 120x40 render)", "min ms", "median ms", "max ms"], rows) + "\n")
  }
}
