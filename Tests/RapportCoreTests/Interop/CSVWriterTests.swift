import Testing

@testable import RapportCore

/// RFC 4180: CR LF after every record, a field quoted when it holds a comma, a quote, a CR or a
/// LF, and a quote inside doubled.
@Suite struct CSVWriterTests {
  @Test func plainFieldsAreWrittenAsTheyAre() {
    #expect(CSVWriter.field("insight") == "insight")
    #expect(CSVWriter.field("") == "")
    #expect(CSVWriter.field(" leading and trailing ") == " leading and trailing ")
    #expect(CSVWriter.field("Müller Präzisionstechnik 株式会社 🚢") == "Müller Präzisionstechnik 株式会社 🚢")
    #expect(CSVWriter.field("+1.5") == "+1.5")
  }

  @Test func fieldsWithACommaAQuoteOrALineBreakAreQuoted() {
    #expect(CSVWriter.field("Acme, Inc.") == "\"Acme, Inc.\"")
    #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVWriter.field("\"") == "\"\"\"\"")
    #expect(CSVWriter.field("one\r\ntwo") == "\"one\r\ntwo\"")
    #expect(CSVWriter.field("one\ntwo") == "\"one\ntwo\"")
    #expect(CSVWriter.field("lone\rcr") == "\"lone\rcr\"")
  }

  @Test func recordsEndWithCRLFEvenTheLast() {
    let text = CSVWriter.document(header: ["a", "b", "c"], rows: [["1", "", "x,y"], ["", "", ""]])
    #expect(text == "a,b,c\r\n1,,\"x,y\"\r\n,,\r\n")
  }

  @Test(arguments: [
    [
      "plain", "", "a,b", "\"quoted\"", "line\r\nbreak", "lf\nonly", "cr\ronly", "ünï 文字 👩‍👩‍👧", "\u{1B}]0;title\u{07}",
      ",", "\"\"",
    ]
  ])
  func whatIsWrittenParsesBackToTheSameFields(fields: [String]) throws {
    let text = CSVWriter.document(header: fields.indices.map { "c\($0)" }, rows: [fields, fields.reversed()])
    let parsed = try RFC4180.parse(text)
    #expect(parsed.count == 3)
    #expect(parsed[1] == fields)
    #expect(parsed[2] == fields.reversed())
  }
}

/// A strict RFC 4180 reader for the tests: CR LF ends a record outside quotes; anything else
/// there (a lone CR or LF, a quote in an unquoted field, text after a closing quote) is an error.
enum RFC4180 {
  struct Malformed: Error { var offset: Int }

  static func parse(_ text: String) throws -> [[String]] {
    let scalars = Array(text.unicodeScalars)
    var records: [[String]] = []
    var record: [String] = []
    var field = String.UnicodeScalarView()
    var i = 0
    var atFieldStart = true
    while i < scalars.count {
      let c = scalars[i]
      if atFieldStart && c == "\"" {
        i += 1
        while true {
          guard i < scalars.count else { throw Malformed(offset: i) }
          if scalars[i] == "\"" {
            if i + 1 < scalars.count && scalars[i + 1] == "\"" {
              field.append("\"")
              i += 2
            } else {
              i += 1
              break
            }
          } else {
            field.append(scalars[i])
            i += 1
          }
        }
        atFieldStart = false
        guard i == scalars.count || scalars[i] == "," || scalars[i] == "\r" else { throw Malformed(offset: i) }
        continue
      }
      switch c {
      case ",":
        record.append(String(field))
        field = String.UnicodeScalarView()
        atFieldStart = true
        i += 1
      case "\r":
        guard i + 1 < scalars.count, scalars[i + 1] == "\n" else { throw Malformed(offset: i) }
        record.append(String(field))
        records.append(record)
        record = []
        field = String.UnicodeScalarView()
        atFieldStart = true
        i += 2
      case "\n", "\"":
        throw Malformed(offset: i)
      default:
        field.append(c)
        atFieldStart = false
        i += 1
      }
    }
    guard record.isEmpty && field.isEmpty else { throw Malformed(offset: i) }
    return records
  }
}
