/// One record of a CSV file: its fields, and the line it starts on (1-based; a quoted field
/// may run over several lines).
public struct CSVRecord: Hashable, Sendable {
  public var line: Int
  public var fields: [String]
}

/// A CSV file that could not be read, and where.
public struct CSVProblem: Error, Hashable, Sendable {
  public var line: Int
  public var reason: String
}

/// Reads CSV as RFC 4180 writes it: fields separated by commas, records by CRLF or LF (a lone
/// CR too); a field in double quotes may hold commas, line breaks and doubled quotes (`""`
/// for one `"`). A UTF-8 byte order mark at the start is skipped. Lenient where RFC 4180 is
/// silent: a quote inside an unquoted field is kept as written, and records may have
/// different numbers of fields. Wholly empty lines are skipped.
public enum CSVReader {
  public static func read(_ text: String) -> Result<[CSVRecord], CSVProblem> {
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var records: [CSVRecord] = []
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var line = 1
    var recordLine = 1
    var i = 0
    var quoted = false
    var fieldStarted = false
    let count = scalars.count

    func endRecord() {
      fields.append(String(field))
      field = String.UnicodeScalarView()
      if !(fields.count == 1 && fields[0].isEmpty && !quoted) {
        records.append(CSVRecord(line: recordLine, fields: fields))
      }
      fields = []
    }

    while i < count {
      let c = scalars[i]
      if c == "\"", !fieldStarted {
        // A quoted field: runs to the quote that is not doubled.
        let start = line
        i += 1
        var closed = false
        while i < count {
          let d = scalars[i]
          if d == "\"" {
            if i + 1 < count, scalars[i + 1] == "\"" {
              field.append("\"")
              i += 2
              continue
            }
            closed = true
            i += 1
            break
          }
          if d == "\r" {
            if i + 1 < count, scalars[i + 1] == "\n" {
              field.append("\r")
              field.append("\n")
              i += 2
            } else {
              field.append("\r")
              i += 1
            }
            line += 1
            continue
          }
          if d == "\n" { line += 1 }
          field.append(d)
          i += 1
        }
        guard closed else {
          return .failure(CSVProblem(line: start, reason: "unterminated quoted field: close it with \""))
        }
        quoted = true
        fieldStarted = true
        if i < count, scalars[i] != ",", scalars[i] != "\r", scalars[i] != "\n" {
          return .failure(
            CSVProblem(
              line: line, reason: "unexpected text after a closing quote: double a quote inside a field (\"\")"))
        }
        continue
      }
      switch c {
      case ",":
        fields.append(String(field))
        field = String.UnicodeScalarView()
        fieldStarted = false
        quoted = false
        i += 1
      case "\r", "\n":
        endRecord()
        i += (c == "\r" && i + 1 < count && scalars[i + 1] == "\n") ? 2 : 1
        line += 1
        recordLine = line
        fieldStarted = false
        quoted = false
      default:
        field.append(c)
        fieldStarted = true
        i += 1
      }
    }
    if fieldStarted || !fields.isEmpty { endRecord() }
    return .success(records)
  }
}
