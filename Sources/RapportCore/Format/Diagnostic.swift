/// A problem found in a store file, reported as `FILE:LINE:COLUMN: reason`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Sendable { case error, warning }

  public var file: String
  /// 1-based line.
  public var line: Int
  /// 1-based column, counted in characters.
  public var column: Int
  public var severity: Severity
  public var reason: String

  public init(file: String, line: Int, column: Int, severity: Severity = .error, reason: String) {
    self.file = file
    self.line = line
    self.column = column
    self.severity = severity
    self.reason = reason
  }

  public var description: String {
    "\(file):\(line):\(column): \(severity == .warning ? "warning: " : "")\(reason)"
  }
}

/// Collects diagnostics for one file, turning byte offsets into line and character columns.
struct DiagnosticSink {
  let file: String
  private(set) var diagnostics: [Diagnostic] = []

  init(file: String) { self.file = file }

  /// Adds a problem found by another sink for the same file.
  mutating func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

  /// Records a problem at `offset`, in the line that starts at `lineStart`.
  mutating func report(
    _ reason: String, line: Int, lineStart: Int, offset: Int, in buffer: ByteView,
    severity: Diagnostic.Severity = .error
  ) {
    var column = 1
    var i = lineStart
    while i < offset && i < buffer.count {
      // Count UTF-8 lead bytes only, so a column is a character, not a byte.
      if buffer[i] & 0xC0 != 0x80 { column += 1 }
      i += 1
    }
    diagnostics.append(
      Diagnostic(file: file, line: line, column: column, severity: severity, reason: reason))
  }
}
