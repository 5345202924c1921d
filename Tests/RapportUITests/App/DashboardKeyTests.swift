import Foundation
import Testing

@testable import RapportUI

/// The dashboard driven through its event loop by scripted keys, as the terminal would.
@Suite struct DashboardKeyTests {
  /// The row of the last frame that contains `text`.
  private func row(of text: String, in frame: Frame) -> Int? {
    frame.lines.firstIndex { $0.contains(text) }
  }

  /// The title of the contacts pane names the selected account.
  private func selectedAccountName(_ frame: Frame) -> String {
    guard let line = frame.lines.first(where: { $0.contains("Contacts · ") }) else { return "" }
    let tail = line.components(separatedBy: "Contacts · ")[1]
    return String(tail.prefix { $0 != "─" }).trimmingCharacters(in: .whitespaces)
  }

  @Test func arrowsAndVimKeysMoveTheSelectionAndQQuits() throws {
    let dashboard = try DemoFixture.dashboard()
    let terminal = ScriptedTerminal(
      width: 120, height: 40, keys: [.character("j"), .down, .character("k"), .character("q"), .down])
    dashboard.run(on: terminal)
    // The first draw, then one per key; q ends the loop before the last key is read.
    #expect(terminal.frames.count == 4)
    #expect(selectedAccountName(terminal.frames[0]).hasPrefix("Compagnie Électrique"))
    #expect(selectedAccountName(terminal.frames[1]).hasPrefix("Kestrel"))
    #expect(selectedAccountName(terminal.frames[2]).hasPrefix("Harbourline"))
    #expect(selectedAccountName(terminal.frames[3]).hasPrefix("Kestrel"))
  }

  @Test func controlCQuitsAndTheEndOfInputStops() throws {
    let dashboard = try DemoFixture.dashboard()
    let quit = ScriptedTerminal(width: 80, height: 24, keys: [.control("c"), .down])
    dashboard.run(on: quit)
    #expect(quit.frames.count == 1)
    let ended = ScriptedTerminal(width: 80, height: 24, keys: [.down])
    dashboard.run(on: ended)
    #expect(ended.frames.count == 2)
  }

  @Test func topBottomAndPagesStayInRange() throws {
    let dashboard = try DemoFixture.dashboard()
    let terminal = ScriptedTerminal(
      width: 120, height: 40, keys: [.character("G"), .down, .pageUp, .character("<"), .up, .pageDown])
    dashboard.run(on: terminal)
    let names = terminal.frames.map(selectedAccountName)
    #expect(names[1].hasPrefix("한빛바이오"))
    #expect(names[2].hasPrefix("한빛바이오"))
    #expect(names[3].hasPrefix("Compagnie"))  // PgUp from the last row of 14 goes to the top
    #expect(names[4].hasPrefix("Compagnie"))
    #expect(names[5].hasPrefix("Compagnie"))
    #expect(names[6].hasPrefix("한빛바이오"))
  }

  @Test func resizingToTooSmallAndBackReLaysOut() throws {
    let dashboard = try DemoFixture.dashboard()
    let terminal = ScriptedTerminal(width: 120, height: 40, keys: [.resize, .resize, .down])
    terminal.resizes = [0: (19, 5), 1: (60, 16)]
    dashboard.run(on: terminal)
    #expect(terminal.frames[1].width == 19)
    #expect(terminal.frames[1].text.contains("Window too small"))
    #expect(terminal.frames[2].width == 60 && terminal.frames[2].height == 16)
    #expect(terminal.frames[3].text.contains("14/14"))
    #expect(selectedAccountName(terminal.frames[3]).hasPrefix("Kestrel"))
  }

  @Test func filterAsYouTypeThenEscapeClears() throws {
    let dashboard = try DemoFixture.dashboard()
    _ = dashboard.render(width: 120, height: 40)
    for key in [Key.character("/")] + Key.typing("têx") { _ = dashboard.handle(key) }
    var frame = dashboard.render(width: 120, height: 40)
    #expect(frame.text.contains("Accounts 1/14"))
    #expect(selectedAccountName(frame).hasPrefix("Oliveira"))
    for key in Key.typing("zz") + [.enter] { _ = dashboard.handle(key) }
    frame = dashboard.render(width: 120, height: 40)
    #expect(frame.text.contains("Accounts 0/14"))
    #expect(dashboard.message == "No account matches 'têxzz'")
    _ = dashboard.handle(.escape)
    frame = dashboard.render(width: 120, height: 40)
    #expect(frame.text.contains("Accounts 14/14"))
  }

  @Test func filterMatchesWithoutAccentsOrCase() throws {
    let dashboard = try DemoFixture.dashboard()
    for key in [Key.character("/")] + Key.typing("MULLER") + [.enter] { _ = dashboard.handle(key) }
    let frame = dashboard.render(width: 120, height: 40)
    #expect(selectedAccountName(frame).hasPrefix("Müller"))
  }

  @Test func clickingARowSelectsItAndTheWheelScrolls() throws {
    let dashboard = try DemoFixture.dashboard()
    let first = dashboard.render(width: 120, height: 40)
    let y = try #require(row(of: "Nordhavn Shipping", in: first))
    _ = dashboard.handle(.mouse(MouseEvent(.press, x: 10, y: y)))
    #expect(selectedAccountName(dashboard.render(width: 120, height: 40)).hasPrefix("Nordhavn"))
    _ = dashboard.handle(.mouse(MouseEvent(.wheelUp, x: 10, y: 10)))
    #expect(selectedAccountName(dashboard.render(width: 120, height: 40)).hasPrefix("上海恒信物流"))  // three rows up
    // A click in the timeline focuses it: its border takes the focused role.
    let timelineTop = try #require(row(of: "Equity · ", in: first))
    _ = dashboard.handle(.mouse(MouseEvent(.press, x: 60, y: timelineTop + 3)))
    let frame = dashboard.render(width: 120, height: 40)
    #expect(frame[0, timelineTop].role == .titleFocused)
    #expect(frame[0, 1].role == .border)
  }

  @Test func tabCyclesThePanesAndShiftTabGoesBack() throws {
    let dashboard = try DemoFixture.dashboard()
    var frame = dashboard.render(width: 120, height: 40)
    let timelineTop = try #require(row(of: "Equity · ", in: frame))
    #expect(frame[0, 1].role == .titleFocused)
    _ = dashboard.handle(.tab)
    frame = dashboard.render(width: 120, height: 40)
    #expect(frame[66, 1].role == .titleFocused && frame[0, 1].role == .border)
    _ = dashboard.handle(.tab)
    frame = dashboard.render(width: 120, height: 40)
    #expect(frame[0, timelineTop].role == .titleFocused)
    _ = dashboard.handle(.backTab)
    _ = dashboard.handle(.backTab)
    frame = dashboard.render(width: 120, height: 40)
    #expect(frame[0, 1].role == .titleFocused)
  }

  @Test func helpListsEveryBindingAndEscapeClosesIt() throws {
    let dashboard = try DemoFixture.dashboard()
    _ = dashboard.handle(.character("?"))
    // Tall enough for every normal key at once (the promise keys made it longer than 60 rows, the
    // marks' legends among them longer than 72). A long text wraps in its column: the texts are
    // read from that column, their lines joined.
    let help = dashboard.render(width: 120, height: 100).text
    let lines = try #require(dashboard.overlayPanel?.lines.map(\.0))
    let texts = lines.map { String($0.dropFirst(KeyMap.keyColumnWidth)) }.joined(separator: " ")
    for binding in KeyMap.normal.bindings {
      #expect(texts.contains(binding.summary), "help lacks \(binding.summary)")
      #expect(help.contains(binding.summary.prefix(20)), "the screen lacks \(binding.summary)")
    }
    _ = dashboard.handle(.escape)
    #expect(!dashboard.render(width: 120, height: 60).text.contains("This help"))
  }

  /// Every size from 1x1 up, every pane focused, with and without overlays: the frame has the
  /// terminal's size and no line is wider than the terminal, CJK names included.
  @Test func everySizeRendersWithinItsBounds() throws {
    let dashboard = try DemoFixture.dashboard()
    let scripts: [[Key]] = [[], [.tab], [.tab], [.character("?")], [.escape, .down, .down, .enter], [.escape]]
    for script in scripts {
      for key in script { _ = dashboard.handle(key) }
      // Every small size (where layouts switch and text is cut), then a sample of larger ones.
      let small = (1...40).flatMap { w in (Array(1...12) + [16, 24, 40]).map { (w, $0) } }
      let large = stride(from: 41, through: 130, by: 9).flatMap { w in [6, 15, 24, 40].map { (w, $0) } }
      for (width, height) in small + large {
        do {
          let frame = dashboard.render(width: width, height: height)
          #expect(frame.lines.count == height)
          // Lines come without trailing blanks, so none may be wider than the terminal.
          for line in frame.lines where DisplayWidth.of(line) > width {
            Issue.record("\(width)x\(height): a line is \(DisplayWidth.of(line)) wide: \(line)")
          }
        }
      }
    }
  }

  @Test func aTallContactScrollsLineByLineBeforeTheNextOne() throws {
    let dashboard = try DemoFixture.dashboard()
    _ = dashboard.handle(.character("2"))
    var frame = dashboard.render(width: 80, height: 24)
    #expect(!frame.text.contains("Personal: Rode the Étape"))
    for _ in 0..<8 {
      _ = dashboard.handle(.character("j"))
      frame = dashboard.render(width: 80, height: 24)
    }
    #expect(frame.text.contains("Personal: Rode the Étape du Tour"), "the end of Élodie's record is reachable")
    #expect(frame.text.contains("last touch"))
    // Fourteen more keys: on to François, down his record line by line, then Karim. (The update step lays the contacts out after each key, rendered or not; fourteen keys
    // without a render used to walk the last render's layout instead.)
    for _ in 0..<14 { _ = dashboard.handle(.character("j")) }
    frame = dashboard.render(width: 80, height: 24)
    #expect(frame.text.contains("▌Karim Benali"))
    // PgUp selects the previous contact (François), shown from its first line.
    _ = dashboard.handle(.pageUp)
    #expect(dashboard.render(width: 80, height: 24).text.contains("▌François Gauthier"))
  }

  @Test func aMessageLastsOneKey() throws {
    let dashboard = try DemoFixture.dashboard()
    _ = dashboard.handle(.character("s"))
    #expect(dashboard.message == "Sorted by name, A–Z")
    _ = dashboard.handle(.resize)
    #expect(dashboard.message == "Sorted by name, A–Z")
    _ = dashboard.handle(.character("j"))
    #expect(dashboard.message == "")
  }

  @Test func zoomChangesTheTimelineStep() throws {
    let dashboard = try DemoFixture.dashboard()
    _ = dashboard.handle(.character("-"))
    #expect(dashboard.render(width: 120, height: 40).text.contains("by quarter"))
    _ = dashboard.handle(.character("-"))
    #expect(dashboard.message == "Quarters are the coarsest step")
    _ = dashboard.handle(.character("+"))
    _ = dashboard.handle(.character("+"))
    #expect(dashboard.render(width: 120, height: 40).text.contains("by week"))
  }

  @Test func ctrlLAndCtrlZGoToTheTerminalInEveryMode() throws {
    let dashboard = try DemoFixture.dashboard()
    // In a form, where other control keys edit the text.
    let terminal = ScriptedTerminal(
      width: 120, height: 40,
      keys: [.character("d"), .control("l"), .control("z"), .escape, .control("l"), .character("q")])
    dashboard.run(on: terminal)
    #expect(terminal.performed == [.redraw, .suspend, .redraw])
    // The form saw none of them: one Esc closed it, as on a form left unchanged.
    #expect(terminal.frames[1].text.contains("Deposit · "))
    #expect(!terminal.frames[4].text.contains("Deposit · "))
    // Each is drawn again afterwards.
    #expect(terminal.frames.count == 6)
  }
}
