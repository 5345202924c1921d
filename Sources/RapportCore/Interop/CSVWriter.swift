/// Writes comma-separated values as RFC 4180 defines them, so that spreadsheets and
/// `rapport import csv` read back exactly what was written:
///
/// - every record, the header's included, ends with CR LF;
/// - a field that holds a comma, a double quote, a CR or a LF is enclosed in double quotes, and
///   each double quote inside it is doubled (`say "hi"` is written `"say ""hi"""`);
/// - every other field is written as it is, spaces and Unicode included; an empty field is
///   written as nothing.
///
/// Text is written as it is: CSV is data for another program, not text for a terminal.
public enum CSVWriter {
  /// The end of every record.
  public static let recordEnd = "\r\n"

  /// One field, quoted when it must be.
  public static func field(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A })
    else { return text }
    var quoted = "\""
    for character in text.unicodeScalars {
      if character == "\"" { quoted += "\"" }
      quoted.unicodeScalars.append(character)
    }
    return quoted + "\""
  }

  /// One record: its fields, comma-separated, and CR LF.
  public static func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + recordEnd
  }

  /// A whole file: the header record, then one record per row.
  public static func document(header: [String], rows: [[String]]) -> String {
    var text = record(header)
    for row in rows { text += record(row) }
    return text
  }
}
