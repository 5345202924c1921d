import Testing

@testable import RapportUI

/// The help's rows: a long text wraps in its own column, under the text and not under the keys,
/// and the marks' legends come right after the keys that move and change panes.
@Suite struct HelpLayoutTests {
  @Test func aLongTextWrapsUnderItselfAndTheMarksComeEarly() throws {
    let dashboard = try DemoFixture.dashboard()
    _ = dashboard.render(width: 120, height: 40)
    press(dashboard, [.character("?")])
    let lines = try #require(dashboard.overlayPanel?.lines.map(\.0))
    let keyWidth = KeyMap.keyColumnWidth
    let z = try #require(lines.firstIndex { $0.hasPrefix("Z ") })
    #expect(lines[z] == DisplayWidth.fit("Z", to: keyWidth) + lines[z].dropFirst(keyWidth), "\(lines[z])")
    #expect(lines[z].dropFirst(keyWidth).hasPrefix("Archive or unarchive"), "\(lines[z])")
    // Every line of a key's text starts in the text's column.
    let rows = lines.filter { !$0.isEmpty && $0.first == " " }
    #expect(
      rows.allSatisfy { $0.hasPrefix(String(repeating: " ", count: keyWidth)) && $0.dropFirst(keyWidth).first != " " })
    #expect(lines[z + 1].hasPrefix(String(repeating: " ", count: keyWidth)), "\(lines[z + 1])")
    // The marks' legend right after the panes' keys, not at the end.
    let marks = try #require(lines.firstIndex(of: "Marks before an account"))
    let panes = try #require(lines.firstIndex(of: "Panes"))
    #expect(marks > panes && marks < 40, "\(marks)")
    #expect(!lines[panes..<marks].contains("Accounts"))
  }
}
