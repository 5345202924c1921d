import Testing

@testable import RapportCore

/// RFC 4180 as spreadsheets write it: quoted commas, doubled quotes, line breaks inside quotes,
/// CRLF or LF, a byte order mark.
@Suite struct CSVReaderTests {
  private func rows(_ text: String) throws -> [CSVRecord] { try CSVReader.read(text).get() }

  @Test func quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws {
    let read = try rows("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nlast,,\r\n")
    #expect(read.map(\.fields) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\r\nlines"], ["last", "", ""]])
    // The record after a line break inside quotes starts two lines further down.
    #expect(read.map(\.line) == [1, 2, 4])
  }

  @Test func lfLineEndsAByteOrderMarkAndNoFinalLineBreak() throws {
    let read = try rows("\u{FEFF}date,note\n2026-11-02,\"\"\n\n2026-11-03,plain")
    #expect(read.map(\.fields) == [["date", "note"], ["2026-11-02", ""], ["2026-11-03", "plain"]])
    #expect(read.map(\.line) == [1, 2, 4])
  }

  @Test func aLoneCarriageReturnEndsARecordToo() throws {
    #expect(try rows("a,b\rc,d\r").map(\.fields) == [["a", "b"], ["c", "d"]])
  }

  @Test func anUnclosedQuoteIsLocatedWhereItOpens() {
    guard case .failure(let problem) = CSVReader.read("a,b\n1,2\n3,\"open\n4,5\n") else {
      Issue.record("an unclosed quote was read")
      return
    }
    #expect(problem.line == 3)
    #expect(problem.reason.contains("unterminated"))
  }

  @Test func textAfterAClosingQuoteIsRefused() {
    guard case .failure(let problem) = CSVReader.read("a\n\"x\"y\n") else {
      Issue.record("text after a closing quote was read")
      return
    }
    #expect(problem.line == 2)
  }
}
