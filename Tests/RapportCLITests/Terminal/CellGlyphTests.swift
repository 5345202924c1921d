import Testing

@testable import rapport

/// What one ncurses cell is given for a grapheme cluster.
struct CellGlyphTests {
  @Test func aZWJSequenceThatFitsACellIsSentWhole() {
    #expect(CellGlyph.scalars("👩‍💻", capacity: 5).map(\.value) == [0x1F469, 0x200D, 0x1F4BB])
    // Five characters: a family of three fills a cell exactly.
    #expect(CellGlyph.scalars("👨‍👩‍👧", capacity: 5).count == 5)
  }

  @Test func aLongerSequenceIsCutToItsFirstEmojiWithoutAJoiner() {
    // A family of four is seven characters: the man alone, no dangling joiner.
    #expect(CellGlyph.scalars("👨‍👩‍👧‍👦", capacity: 5).map(\.value) == [0x1F468])
    // A variation selector stays with the character it belongs to.
    #expect(CellGlyph.scalars("❤️‍🔥", capacity: 2).map(\.value) == [0x2764, 0xFE0F])
  }

  @Test func combiningMarksAreKeptAsFarAsTheyFit() {
    let stacked = "e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}"
    #expect(CellGlyph.scalars(stacked, capacity: 5).map(\.value) == [0x65, 0x301, 0x302, 0x303, 0x304])
    #expect(CellGlyph.scalars("", capacity: 5) == [" "])
  }

  @Test func theCapacityIsNcursesOwn() {
    #expect(CellGlyph.capacity >= 5)
  }
}
