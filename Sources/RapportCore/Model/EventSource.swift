/// Where an imported event came from, such as `csv:row-17` or `ics:UID:acme/jane`: written on
/// the event's line as `src:TEXT`, so that importing the same file again adds nothing twice.
///
/// The text is one token: no spaces, tabs, double quotes or control characters. `init(_:)`
/// makes one from any text, replacing what a token cannot hold.
public struct EventSource: Hashable, Sendable, CustomStringConvertible {
  public let text: String

  /// The tag's prefix on an event line.
  public static let prefix = "src:"

  /// A source from `text`; each space, tab, quote or control character becomes `_`.
  public init(_ text: String) {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(EventSource.fits(scalar) ? scalar : "_")
    }
    self.text = scalars.isEmpty ? "_" : String(scalars)
  }

  public var description: String { text }

  /// Whether `scalar` may stand in a source as written.
  static func fits(_ scalar: Unicode.Scalar) -> Bool {
    scalar != " " && scalar != "\t" && scalar != "\"" && scalar != "\\" && !InertText.isActive(scalar)
  }

  /// Why the bytes of `range` cannot be a source, or nil when they can.
  static func problem(_ buffer: ByteView, _ range: Range<Int>) -> String? {
    guard !range.isEmpty else { return "src: needs a source after the colon, as in src:csv:row-17" }
    var ascii = true
    for i in range {
      let byte = buffer[i]
      if byte >= 0x80 {
        ascii = false
      } else if byte < 0x20 || byte == 0x7F {
        return "the source contains a control character (\(TextSafety.name(of: Unicode.Scalar(byte)))); remove it"
      } else if byte == Byte.quote || byte == Byte.backslash {
        return "a source cannot hold a double quote or a backslash"
      }
    }
    if !ascii, let scalar = buffer.string(range).unicodeScalars.first(where: { !fits($0) }) {
      return "the source contains a control character (\(TextSafety.name(of: scalar))); remove it"
    }
    return nil
  }
}
