import Foundation
import RapportCore

/// `rapport drift --json` written straight into bytes: the same document, byte for byte, as
/// `Output.json` makes of the entries with JSONEncoder (pretty-printed, keys sorted, slashes
/// left alone, then `InertText.jsonEscapingActive`), without the encoder's tree of boxed values
/// and the text scanned twice more after it. A test compares the two on stores and on odd
/// strings and numbers.
enum DriftJSON {
  /// The document for `entries`, with the line feed `Output.json` ends it with.
  static func document(_ entries: [DriftEntry]) -> [UInt8] {
    var writer = Writer()
    writer.bytes.reserveCapacity(entries.count * 900)
    writer.array(entries, indent: 0) { writer, entry, indent in writer.entry(entry, indent: indent) }
    writer.bytes.append(0x0A)
    return writer.bytes
  }

  /// Whether every number in `entries` can be written (JSONEncoder refuses infinities and NaN).
  static func canWrite(_ entries: [DriftEntry]) -> Bool {
    entries.allSatisfy { entry in
      [
        entry.score, entry.touchesPerMonthRecently, entry.decayedEquity, entry.decayedEquityBefore,
        entry.touchesPerMonthInHoneymoon ?? 0,
      ].allSatisfy(\.isFinite)
    }
  }

  struct Writer {
    var bytes: [UInt8] = []

    /// An object's members, in the order JSONEncoder's sorted keys give (by UTF-8 bytes).
    mutating func entry(_ entry: DriftEntry, indent: Int) {
      var first = true
      func key(_ name: StaticString) {
        bytes.append(contentsOf: first ? [UInt8(ascii: "{"), 0x0A] : [UInt8(ascii: ","), 0x0A])
        first = false
        spaces(indent + 2)
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: "\" : ".utf8)
      }
      key("cadenceDays")
      int(entry.cadenceDays)
      if let days = entry.daysSinceTouch {
        key("daysSinceTouch")
        int(days)
      }
      key("decayedEquity")
      double(entry.decayedEquity)
      key("decayedEquityBefore")
      double(entry.decayedEquityBefore)
      key("id")
      string(entry.id)
      key("keyAccountPlan")
      strings(entry.keyAccountPlan, indent: indent + 2)
      key("name")
      string(entry.name)
      key("parked")
      bool(entry.parked)
      key("people")
      strings(entry.people, indent: indent + 2)
      if let plan = entry.plan {
        key("plan")
        string(plan)
      }
      key("planDue")
      bool(entry.planDue)
      if let note = entry.planNote {
        key("planNote")
        string(note)
      }
      key("reasons")
      strings(entry.reasons, indent: indent + 2)
      key("score")
      double(entry.score)
      if let reason = entry.snoozeReason {
        key("snoozeReason")
        string(reason)
      }
      if let until = entry.snoozedUntil {
        key("snoozedUntil")
        string(until)
      }
      key("status")
      string(entry.status)
      key("tier")
      string(entry.tier)
      if let rate = entry.touchesPerMonthInHoneymoon {
        key("touchesPerMonthInHoneymoon")
        double(rate)
      }
      key("touchesPerMonthRecently")
      double(entry.touchesPerMonthRecently)
      bytes.append(0x0A)
      spaces(indent)
      bytes.append(UInt8(ascii: "}"))
    }

    /// An array as JSONEncoder pretty-prints it: an empty one as `[`, an empty line, `]`.
    mutating func array<T>(_ items: [T], indent: Int, _ item: (inout Writer, T, Int) -> Void) {
      bytes.append(contentsOf: [UInt8(ascii: "["), 0x0A])
      for (n, element) in items.enumerated() {
        if n > 0 { bytes.append(contentsOf: [UInt8(ascii: ","), 0x0A]) }
        spaces(indent + 2)
        item(&self, element, indent + 2)
      }
      bytes.append(0x0A)
      spaces(indent)
      bytes.append(UInt8(ascii: "]"))
    }

    mutating func strings(_ items: [String], indent: Int) {
      array(items, indent: indent) { writer, text, _ in writer.string(text) }
    }

    mutating func spaces(_ count: Int) {
      bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }

    mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    /// As JSONEncoder writes a finite Double: its shortest description, without a trailing `.0`.
    mutating func double(_ value: Double) {
      var text = value.description
      if text.hasSuffix(".0") { text.removeLast(2) }
      bytes.append(contentsOf: text.utf8)
    }

    /// A string in quotes: JSONEncoder's escapes (quote, backslash, `\b \f \n \r \t`, `\u00xx`
    /// for the other C0 controls), then `\u` escapes for DEL, C1 controls and bidi controls, as
    /// `InertText.jsonEscapingActive` adds them.
    mutating func string(_ text: String) {
      bytes.append(UInt8(ascii: "\""))
      var text = text
      text.withUTF8 { utf8 in
        if !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) {
          bytes.append(contentsOf: utf8)
        } else {
          escaped(utf8)
        }
      }
      bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escaped(_ utf8: UnsafeBufferPointer<UInt8>) {
      for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
        let v = scalar.value
        switch v {
        case 0x22: bytes.append(contentsOf: "\\\"".utf8)
        case 0x5C: bytes.append(contentsOf: "\\\\".utf8)
        case 0x08: bytes.append(contentsOf: "\\b".utf8)
        case 0x0C: bytes.append(contentsOf: "\\f".utf8)
        case 0x0A: bytes.append(contentsOf: "\\n".utf8)
        case 0x0D: bytes.append(contentsOf: "\\r".utf8)
        case 0x09: bytes.append(contentsOf: "\\t".utf8)
        case 0x00..<0x20: hexEscape(v)
        default:
          if v >= 0x7F, InertText.isActive(scalar) {
            hexEscape(v)
          } else {
            UTF8.encode(scalar) { bytes.append($0) }
          }
        }
      }
    }

    /// `\u` and four lowercase hexadecimal digits.
    private mutating func hexEscape(_ value: UInt32) {
      let digits = Array("0123456789abcdef".utf8)
      bytes.append(contentsOf: "\\u".utf8)
      for shift in stride(from: 12, through: 0, by: -4) { bytes.append(digits[Int((value >> UInt32(shift)) & 0xF)]) }
    }
  }
}
