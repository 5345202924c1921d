import Foundation
import Testing

@testable import RapportUI

@Suite struct ThemeTests {
  static let folder = DemoFixture.repository.appendingPathComponent("themes")
  static let shipped = ["dark", "light", "high-contrast", "monochrome"]

  private func load(_ name: String) throws -> Theme {
    let path = ThemeTests.folder.appendingPathComponent("\(name).toml").path
    return try Theme(toml: try String(contentsOfFile: path, encoding: .utf8), file: path)
  }

  @Test(arguments: shipped) func shippedThemesLoadAndStayReadableAtEveryDepth(name: String) throws {
    let theme = try load(name)
    #expect(theme.name == name)
    let ranges: [(ColorDepth, ClosedRange<Int>)] = [
      (.eight, -1...7), (.sixteen, -1...15), (.palette256, -1...255), (.direct, -1...0xFF_FFFF),
    ]
    for (depth, range) in ranges {
      let styles = theme.resolved(for: depth)
      #expect(styles.count == StyleRole.allCases.count)
      for (role, style) in styles {
        #expect(range.contains(style.foreground) && range.contains(style.background), "\(name) \(role) at \(depth)")
        #expect(style.foreground == -1 || style.foreground != style.background, "\(name) \(role) hides its text")
      }
      // The selection must stand out from plain rows on every terminal.
      #expect(styles[.selected] != styles[.normal], "\(name): selection invisible at \(depth)")
    }
    let mono = theme.resolved(for: .none)
    #expect(mono.values.allSatisfy { $0.foreground == -1 && $0.background == -1 })
    #expect(mono[.selected] != mono[.normal])
  }

  @Test func coloursDegradeToTheNearestTheTerminalHas() {
    let red = ThemeColor("#ff0000")!
    #expect(Theme.reduce(red, to: .direct) == 0xFF0000)
    #expect(Theme.reduce(red, to: .palette256) == 196)
    #expect(Theme.reduce(red, to: .sixteen) == 9)
    #expect(Theme.reduce(red, to: .eight) == 1)
    #expect(Theme.reduce(ThemeColor("#808080")!, to: .palette256) == 244)
    #expect(Theme.reduce(ThemeColor("bright-blue")!, to: .eight) == 4)
    #expect(Theme.reduce(ThemeColor("default")!, to: .eight) == -1)
    #expect(Theme.reduce(ThemeColor("208")!, to: .sixteen) == 3)
    #expect(ThemeColor("#12345") == nil && ThemeColor("256") == nil && ThemeColor("purple") == nil)
  }

  @Test func coloursThatMergeAreShownReversed() throws {
    // Two different blues that both become blue on an 8-colour terminal.
    let theme = try Theme(
      toml: "[roles]\nselected = { fg = \"#0000ee\", bg = \"#0000cd\" }\n", file: "t.toml")
    let style = try #require(theme.resolved(for: .eight)[.selected])
    #expect(style.foreground == 4 && style.background == -1 && style.reverse)
    #expect(theme.resolved(for: .direct)[.selected]?.reverse == false)
  }

  @Test func basicSectionWinsOnFewColours() throws {
    let theme = try Theme(
      toml: "[roles]\nheader = { fg = \"#ff8800\" }\n[basic]\nheader = { fg = \"yellow\", bold = true }\n",
      file: "t.toml")
    #expect(theme.resolved(for: .sixteen)[.header]?.foreground == 3)
    #expect(theme.resolved(for: .sixteen)[.header]?.bold == true)
    #expect(theme.resolved(for: .palette256)[.header]?.foreground == 208)
  }

  @Test func badThemeFilesSayWhereAndWhy() {
    func error(_ text: String) -> String {
      do {
        _ = try Theme(toml: text, file: "my.toml")
        return "no error"
      } catch {
        return "\(error)"
      }
    }
    #expect(
      error("[roles]\nheadr = { fg = \"red\" }").hasPrefix("my.toml: unknown role 'roles.headr'; roles are: normal,"))
    #expect(error("[roles]\nheader = { fg = \"purple\" }").contains("'roles.header.fg' is not a colour"))
    #expect(error("[roles]\nheader = { fg = \"red\", blink = true }").contains("unknown setting 'roles.header.blink'"))
    #expect(error("[roles]\nheader = { bold = \"yes\" }").contains("'roles.header.bold' should be true or false"))
    #expect(error("[role]\n").contains("unknown section 'role'"))
    #expect(error("name = \"x\"\n[roles\n").hasPrefix("my.toml:2:"))
  }
}
