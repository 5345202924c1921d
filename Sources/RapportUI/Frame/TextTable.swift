/// A plain-text table for terminals and pipes, aligned by display width so that CJK names and
/// emoji line up.
public struct TextTable {
  public enum Alignment: Sendable { case left, right }

  public var headers: [String]
  public var alignments: [Alignment]
  public var rows: [[String]] = []

  public init(headers: [String], alignments: [Alignment]) {
    precondition(headers.count == alignments.count)
    self.headers = headers
    self.alignments = alignments
  }

  public mutating func append(_ row: [String]) {
    precondition(row.count == headers.count)
    rows.append(row)
  }

  /// The table as lines, columns separated by two spaces, without trailing spaces.
  public func render() -> String {
    var widths = headers.map { DisplayWidth.of($0) }
    for row in rows {
      for (column, cell) in row.enumerated() {
        widths[column] = max(widths[column], DisplayWidth.of(cell))
      }
    }
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for (column, cell) in cells.enumerated() {
        let pad = String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
        parts.append(alignments[column] == .right ? pad + cell : cell + pad)
      }
      var text = parts.joined(separator: "  ")
      while text.last == " " { text.removeLast() }
      return text
    }
    return ([line(headers)] + rows.map(line)).joined(separator: "\n") + "\n"
  }
}
