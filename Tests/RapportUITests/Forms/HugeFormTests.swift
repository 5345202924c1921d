import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// A form with a field of megabytes: drawing it reads what the form's box shows, and editing at
/// its end, or anywhere in it, works as in a short field.
@Suite struct HugeFormTests {
  /// About 10 MB of words, with accents, as one line.
  private static let huge = String(repeating: "sails a folkboat out of Skovshoved, Kjærgaard ", count: 220_000)

  /// The demo with a contact whose `personal:` field is `huge`, its edit form open.
  private func formOnAHugeContact() throws -> Dashboard {
    let dashboard = try DemoFixture.dashboard()
    let account = dashboard.ledger.accounts[dashboard.list.rows[0]]
    let contacts = dashboard.store.path + "/" + Store.contactsFile
    let handle = try #require(FileHandle(forWritingAtPath: contacts))
    handle.seekToEndOfFile()
    handle.write(Data("\ncontact \(account.id)/huge \"Hugo Huge\"\n  personal: \(Self.huge)\n".utf8))
    try handle.close()
    _ = dashboard.handle(.idle)
    _ = dashboard.handle(.character("2"))
    _ = dashboard.handle(.home)
    for _ in 0..<dashboard.selectedContacts.count {
      if dashboard.ledger.contacts[dashboard.selectedContacts[dashboard.contactCursor.index]].id == "huge" { break }
      _ = dashboard.handle(.character("j"))
    }
    _ = dashboard.handle(.character("e"))
    try #require(dashboard.form?.title.hasPrefix("Edit Hugo Huge") == true)
    return dashboard
  }

  @Test func drawingAHugeFieldReadsOnlyTheRowsShown() {
    let text = Self.huge + "\nthe end"
    let bound = 60_000
    // Not focused: its first rows, and a mark that there are more.
    let start = editingRows(text, width: 60, cursor: nil, around: 38, longest: 38)
    #expect(start.charactersRead < bound, "read \(start.charactersRead) characters")
    #expect(start.rows.count == 38)
    #expect(start.isCut)
    // The cursor at the end, or in the middle: the rows around it.
    for cursor in [text.utf8.count, text.utf8.count / 2, 100] {
      let around = editingRows(text, width: 60, cursor: cursor, around: 38)
      #expect(around.charactersRead < bound, "read \(around.charactersRead) characters at \(cursor)")
      #expect(around.rows.count <= 2 * 38 + 1)
      #expect(around.rows.filter { $0.cursor != nil }.count == 1)
      #expect(around.fromStart == (cursor == 100))
    }
  }

  @Test func theRowsAroundTheCursorAreThoseOfTheWholeText() throws {
    // Words of several lengths and widths, with a line break now and then.
    let words = ["weekend", "sailing", "daughter", "集团副总裁", "proud", "coffee", "à", "Kjærgaard", "of", "the"]
    var text = ""
    var seed: UInt64 = 7
    while text.utf8.count < 120_000 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      text += words[Int(seed >> 33) % words.count] + (seed >> 60 == 0 ? "\n" : " ")
    }
    let characters = Array(text)
    let all = wrapForEditing(characters, width: 50).map(\.range)
    let offsets = characters.reduce(into: [0]) { $0.append($0.last! + $1.utf8.count) }
    for position in stride(from: 0, to: characters.count, by: 9_973) + [characters.count] {
      let shown = editingRows(text, width: 50, cursor: offsets[position], around: 30)
      let row = try #require(shown.rows.firstIndex { $0.cursor != nil })
      let expected = all.lastIndex { $0.lowerBound <= position }!
      let column = DisplayWidth.of(String(characters[all[expected].lowerBound..<position]))
      #expect(shown.rows[row].cursor == column, "at \(position)")
      // The cursor's row and those about it, as the whole text wraps.
      for k in max(0, row - 20)..<min(shown.rows.count, row + 20) {
        let range = shown.rows[k].range
        let whole = try #require(all.indices.contains(expected + k - row) ? all[expected + k - row] : nil)
        #expect(String(text[range]) == String(characters[whole]), "row \(k - row) from the cursor at \(position)")
      }
    }
  }

  @Test func editingAtTheEndOfAHugeField() {
    let text = Self.huge + "\nlast line of it"
    var field = FormField(.personal, .multiline, text: text)
    field.fresh = false
    let end = text.utf8.count
    #expect(field.cursor == end)
    for c in " Kjær" { _ = field.edit(.character(c)) }
    #expect(field.text.hasSuffix("last line of it Kjær"))
    _ = field.edit(.backspace)
    #expect(field.text.hasSuffix("of it Kjæ"))
    _ = field.edit(.left)
    _ = field.edit(.left)
    #expect(field.cursor == end + 2)  // after " K"
    _ = field.edit(.control("k"))
    #expect(field.text.hasSuffix("of it K"))
    _ = field.edit(.control("w"))
    #expect(field.text.hasSuffix("last line of it "))
    _ = field.edit(.home)
    #expect(field.cursor == Self.huge.utf8.count + 1)
    _ = field.edit(.right)
    _ = field.edit(.control("u"))
    #expect(field.text.hasSuffix("\nast line of it "))
    _ = field.edit(.end)
    #expect(field.cursor == field.text.utf8.count)
    // Up to the huge line, at the same column, and Ctrl-E to its end.
    _ = field.edit(.control("a"))
    _ = field.edit(.right)
    _ = field.edit(.up)
    #expect(field.cursor == 1)
    _ = field.edit(.control("e"))
    #expect(field.cursor == Self.huge.utf8.count)
    _ = field.edit(.delete)
    #expect(field.text.hasSuffix("Kjærgaard ast line of it "))
    _ = field.edit(.down)
    let taken = field.edit(.down)
    #expect(!taken, "the last line: down leaves the field")
    #expect(field.text.utf8.count == Self.huge.utf8.count + 15)
  }

  @Test func aCarriageReturnAndLineFeedIsNoLineBreak() {
    var field = FormField(.note, .multiline, text: "one\r\ntwo\nthree")
    field.fresh = false
    _ = field.edit(.up)
    _ = field.edit(.home)
    #expect(field.cursor == 0, "one\\r\\ntwo is one line")
    _ = field.edit(.end)
    #expect(field.cursor == 8)
  }

  @Test func aMarkTypedAfterALetterJoinsIt() {
    var field = FormField(.name, text: "Rene")
    field.fresh = false
    _ = field.edit(.character("\u{301}"))
    #expect(field.text == "René")
    #expect(field.cursor == field.text.utf8.count)
    _ = field.edit(.backspace)
    #expect(field.text == "Ren")
  }

  @Test func theFormOnAHugeContactEditsAndDrawsItsEnd() throws {
    let dashboard = try formOnAHugeContact()
    #expect(dashboard.form?.isChanged == false)
    // Tab to the personal notes, the huge one: the cursor at its end, on screen.
    for _ in 0..<9 { _ = dashboard.handle(.tab) }
    #expect(dashboard.form?.focused.label == "Personal")
    for c in "zqx" { _ = dashboard.handle(.character(c)) }
    let frame = dashboard.render(width: 120, height: 40)
    let cursor = try #require(frame.cursor)
    let line = frame.lines[cursor.y]
    #expect(line.contains("Kjærgaard zqx"), "\(line)")
    #expect(dashboard.form?[.personal].text.hasSuffix("Kjærgaard zqx") == true)
    #expect(dashboard.form?.isChanged == true)
    for _ in 0..<3 { _ = dashboard.handle(.backspace) }
    #expect(dashboard.form?.isChanged == false, "typed and taken back")
    _ = dashboard.handle(.escape)
    #expect(dashboard.form == nil, "nothing changed: one Esc closes")
  }

  @Test func aHugeFieldOutOfFocusShowsItsStartAndAMark() throws {
    let dashboard = try formOnAHugeContact()
    _ = dashboard.handle(.character("x"))
    let frame = dashboard.render(width: 120, height: 40)
    let personal = try #require(frame.lines.first { $0.contains("Personal ") })
    #expect(personal.contains("sails a folkboat"), "\(personal)")
    #expect(frame.text.contains("↓ more"))
    #expect(dashboard.form?[.name].text == "x")
    #expect(dashboard.form?[.personal].text.hasPrefix("sails a folkboat") == true)
  }
}
