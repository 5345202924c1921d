/// Text from a store made safe to write to a terminal.
///
/// A store is often a git clone that others push to, so its names and notes may hold bytes that a
/// terminal acts on instead of showing: ESC starts sequences that retitle the window or write the
/// clipboard (OSC 0, OSC 52), move the cursor or repaint the screen (CSI); C1 controls such as
/// U+009B are the same sequences in one character; bidi overrides and isolates reorder what
/// follows them, so that a line reads differently from what it holds. Each of these is shown as
/// text instead, so that a reader sees it and the terminal does nothing:
///
/// | character | shown as |
/// |---|---|
/// | ESC (U+001B) | `\e` |
/// | CR, and LF where a line break is not kept | `\r`, `\n` |
/// | TAB | a space |
/// | any other C0 control, and DEL | `\xNN`, e.g. `\x07` for BEL |
/// | C1 controls (U+0080 to U+009F) | `<U+009B>` |
/// | bidi embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069) | `<U+202E>` |
///
/// Everything else, every letter of every script, emoji, and the bidi marks U+200E and U+200F
/// (which set no direction for what follows), is shown as itself.
public enum InertText {
  /// How `scalar` is shown, or nil when it is shown as itself. A line feed is shown as itself
  /// only with `keepingLineBreaks`.
  @inline(__always)
  public static func visibleForm(of scalar: Unicode.Scalar, keepingLineBreaks: Bool = false) -> String? {
    let v = scalar.value
    if v >= 0x20 && v < 0x7F { return nil }
    switch v {
    case 0x0A: return keepingLineBreaks ? nil : "\\n"
    case 0x09: return " "
    case 0x0D: return "\\r"
    case 0x1B: return "\\e"
    case 0x00..<0x20, 0x7F: return "\\x" + hex(v, digits: 2)
    case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069: return "<U+" + hex(v, digits: 4, uppercase: true) + ">"
    default: return nil
    }
  }

  /// Whether a terminal would act on `scalar` rather than show it: a C0 or C1 control, DEL, or
  /// a bidi embedding, override or isolate. Tab and line feed count too.
  @inline(__always)
  public static func isActive(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return v < 0x20 || (v >= 0x7F && v <= 0x9F) || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
  }

  /// `text` with every character a terminal would act on shown as text (see the table above).
  /// With `keepingLineBreaks`, line feeds stay, for output made of several lines.
  public static func visible(_ text: String, keepingLineBreaks: Bool = false) -> String {
    guard needsEscaping(text, keepingLineBreaks: keepingLineBreaks) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if let form = visibleForm(of: scalar, keepingLineBreaks: keepingLineBreaks) {
        out.append(contentsOf: form.unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// Whether `visible` would change `text`; a scan of its UTF-8 bytes, fast for the usual text.
  public static func needsEscaping(_ text: String, keepingLineBreaks: Bool = false) -> Bool {
    // C0 and DEL are single bytes; C1 controls start with 0xC2, the bidi controls with 0xE2.
    var leadByte = false
    for byte in text.utf8 where byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 {
      if byte == 0x0A && keepingLineBreaks { continue }
      if byte < 0x20 || byte == 0x7F { return true }
      leadByte = true
      break
    }
    // Only after such a lead byte: look at the scalars.
    return leadByte && text.unicodeScalars.contains { isActive($0) && !($0 == "\n" && keepingLineBreaks) }
  }

  /// A JSON document, as JSONEncoder writes it (C0 controls already escaped), with the
  /// characters that JSON allows raw inside strings but a terminal acts on written as `\u`
  /// escapes: DEL, C1 controls and bidi controls. The document means exactly what it meant:
  /// outside strings JSON has only ASCII, and inside them `\u007f` is the same character as a
  /// raw DEL.
  public static func jsonEscapingActive(_ json: String) -> String {
    guard needsEscaping(json, keepingLineBreaks: true) else { return json }
    var out = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
      if scalar.value >= 0x7F, isActive(scalar) {
        out.append(contentsOf: ("\\u" + hex(scalar.value, digits: 4)).unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// `value` in hexadecimal, zero-padded: lowercase after `\x` and `\u`, as C and JSON write
  /// them, uppercase in `<U+…>`, as Unicode writes code points.
  private static func hex(_ value: UInt32, digits: Int, uppercase: Bool = false) -> String {
    let text = String(value, radix: 16, uppercase: uppercase)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }
}
