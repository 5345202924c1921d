import Foundation
import RapportCore

/// Where every command writes: standard output and standard error, with each character a
/// terminal would act on shown as text (see `InertText`). Names and notes come from a store
/// that others may push to; written raw, an escape sequence in one could retitle the terminal,
/// write its clipboard or hide text, and a bidi override could make a line read as something
/// else. Line feeds are kept: output is made of lines.
enum Output {
  /// Writes `text` to standard output.
  static func say(_ text: String, terminator: String = "\n") {
    print(InertText.visible(text, keepingLineBreaks: true), terminator: terminator)
  }

  /// Writes `value` as JSON to standard output: JSONEncoder's escapes for C0 controls, and `\u`
  /// escapes for DEL, C1 controls and bidi controls, which JSON allows raw.
  static func json(_ value: some Encodable) throws {
    print(try jsonText(value), terminator: "")
  }

  /// What `json` writes for `value`, its last line feed included.
  static func jsonText(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let json = InertText.jsonEscapingActive(String(decoding: try encoder.encode(value), as: UTF8.self))
    return InertText.visible(json, keepingLineBreaks: true) + "\n"
  }

  /// Writes bytes already made inert (such as `DriftJSON`'s) to standard output.
  /// Whatever `print` holds is flushed first, so that the order is kept.
  static func write(_ bytes: [UInt8]) {
    fflush(nil)
    bytes.withUnsafeBufferPointer { buffer in
      var done = 0
      while done < buffer.count {
        let written = Foundation.write(STDOUT_FILENO, buffer.baseAddress! + done, buffer.count - done)
        if written < 0 {
          if errno == EINTR { continue }
          return
        }
        done += written
      }
    }
  }

  /// Writes a message line to standard error.
  static func warn(_ message: String) {
    FileHandle.standardError.write(Data((InertText.visible(message, keepingLineBreaks: true) + "\n").utf8))
  }
}
