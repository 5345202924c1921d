import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// Every screen and overlay drawn at sizes from 20x6 to 80x24: the status line, the review's
/// keys and the form's keys show whole words, or a word cut with an `…`, never a word cut bare,
/// and nothing anywhere has two `…` in a row. Below 20x6 the notice fits the same way.
@Suite struct NarrowSweepTests {
  private static func keys(_ action: Action) -> Key {
    guard case .key(let key) = KeyMap.normal.bindings.first(where: { $0.action == action })!.keys[0] else {
      fatalError("\(action) has no key")
    }
    return key
  }

  /// The screens, each as the keys that open it on a fresh demo dashboard.
  private static let screens: [(name: String, keys: [Key])] = [
    ("accounts", []),
    ("contacts", [.tab]),
    ("timeline", [.tab, .tab]),
    ("help", [keys(.help)]),
    ("detail", [.enter]),
    ("review", [keys(.review)]),
    ("record form", [keys(.deposit), .tab]),
    ("filter", [keys(.filter)] + Key.typing("kes")),
    ("agenda", [keys(.agenda)]),
    ("plan", [keys(.keyPlan)]),
    (
      "a long message",
      [keys(.deposit), .tab, .tab, .tab]
        + Key.typing("Shared the benchmark of the hydro fleet's availability with the whole board") + [.enter]
    ),
  ]

  private static let widths = [20, 21, 23, 26, 30, 34, 40, 45, 50, 55, 59, 60, 64, 70, 75, 79, 80]
  private static let heights = [6, 7, 8, 9, 10, 12, 15, 16, 19, 20, 24]

  private func words(_ text: String) -> [String] {
    text.split(whereSeparator: { (c: Character) in c == " " || c == "│" }).map(String.init).filter { $0 != "·" }
  }

  /// The words of `row` that are neither one of `whole` nor end in an `…`.
  private func cutBare(_ row: String, whole: Set<String>) -> [String] {
    words(row).filter { !whole.contains($0) && !$0.hasSuffix("…") }
  }

  /// The text of the review card's keys line and the form's keys line, where they show.
  private func keyLines(_ dashboard: Dashboard, _ frame: Frame) -> [String] {
    let rows = frame.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var lines: [String] = []
    if dashboard.review != nil, let rect = dashboard.layout.panes[.accounts], rect.inner.height > 0,
      rows.indices.contains(rect.inner.y + rect.inner.height - 1)
    {
      let row = Array(rows[rect.inner.y + rect.inner.height - 1])
      lines.append(String(row[min(row.count, rect.x)..<min(row.count, rect.x + rect.width)]))
    }
    if dashboard.form != nil, let row = rows.first(where: { $0.contains("Enter sa") }) {
      // From the keys to the form's right border.
      let keys = row[row.range(of: "Enter sa")!.lowerBound...]
      lines.append(String(keys.prefix { $0 != "│" }))
    }
    return lines
  }

  @Test(arguments: screens.indices)
  func noHintOrMessageIsCutBareAtAnySize(_ screen: Int) throws {
    let (name, keys) = NarrowSweepTests.screens[screen]
    let dashboard = try DemoFixture.dashboard()
    _ = dashboard.render(width: 200, height: 50)
    for key in keys {
      _ = dashboard.handle(key)
      _ = dashboard.render(width: 200, height: 50)
    }
    // Every word that the wide screen's status line and key lines show whole.
    let wide = dashboard.render(width: 200, height: 50)
    var whole = Set(words(String(wide.text.split(separator: "\n", omittingEmptySubsequences: false).last ?? "")))
    whole.formUnion(words(dashboard.message))
    whole.formUnion(words(dashboard.storeLabel))
    for line in keyLines(dashboard, wide) { whole.formUnion(words(line)) }
    if name == "a long message" { #expect(dashboard.message.count > 60, "\(dashboard.message)") }

    for width in NarrowSweepTests.widths {
      for height in NarrowSweepTests.heights {
        let frame = dashboard.render(width: width, height: height)
        let text = frame.text
        #expect(!text.contains("……"), "\(name) at \(width)x\(height): two ellipses\n\(text)")
        let status = String(text.split(separator: "\n", omittingEmptySubsequences: false).last ?? "")
        let bare = cutBare(status, whole: whole)
        #expect(bare.isEmpty, "\(name) at \(width)x\(height): status line cut bare at \(bare)\n\(status)")
        for line in keyLines(dashboard, frame) {
          let bare = cutBare(line, whole: whole)
          #expect(bare.isEmpty, "\(name) at \(width)x\(height): keys cut bare at \(bare)\n\(line)")
        }
      }
    }
  }

  @Test func theTooSmallNoticeFitsBelowTheSmallestSize() throws {
    let dashboard = try DemoFixture.dashboard()
    let whole: Set<String> = [
      "Window", "too", "small", "Too", "Small", "Rapport", "needs", "Needs", "20x6", "q", "quits",
    ]
    for (width, height) in [(15, 5), (19, 5), (20, 5), (19, 24), (10, 3), (6, 2), (4, 1)] {
      let text = dashboard.render(width: width, height: height).text
      let lines = text.split(separator: "\n").map(String.init)
      let bare = lines.flatMap { cutBare($0, whole: whole) }
      #expect(bare.isEmpty, "\(width)x\(height): cut bare at \(bare)\n\(text)")
      if width >= 5 {
        let first = lines.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(first?.lowercased().contains("small") == true, "\(width)x\(height)\n\(text)")
      }
      if height >= 3, width >= 10 { #expect(text.contains("20x6"), "\(width)x\(height)\n\(text)") }
    }
    #expect(dashboard.render(width: 15, height: 5).text.contains("Too small"))
  }

  @Test func theReviewCardKeepsTheHelpKeyAndDropsTheLeastNeededKeysFirst() throws {
    let dashboard = try DemoFixture.dashboard()
    _ = dashboard.render(width: 80, height: 24)
    _ = dashboard.handle(.character("r"))
    let frame = dashboard.render(width: 80, height: 24)
    let line = try #require(keyLines(dashboard, frame).first)
    #expect(line.contains("d deposit · n next"))
    #expect(line.hasSuffix("? help │") || line.contains("· ? help"), "\(line)")
    #expect(!line.contains("k back"))  // the least needed, dropped at 80 columns
    let wide = dashboard.render(width: 200, height: 50)
    #expect(keyLines(dashboard, wide).first?.contains("k back · ? help") == true)
  }
}
