import Foundation

/// A field written over several lines in `accounts.txt` or `contacts.txt` read as what it means
/// (docs/FORMAT.md, "Records"): its lines are folded text, hard-wrapped where the writer's editor
/// wrapped them, so they are joined into paragraphs and wrapped again to the width they are shown
/// in. A line starts a new paragraph when it is empty or starts an item (`- `, `* `, `• `, `+ `,
/// `1. `), or when the line before ends a sentence (`.` `!` `?` `:`, a closing quote or bracket
/// after it allowed): a break there was meant. The dashboard's account detail and the brief
/// (`Ledger.brief`) both read a field by this one rule.
public enum FoldedText {
  /// The paragraphs of `text`, joined from its lines; at most `maxLines` line breaks are read,
  /// the last piece holding the rest as it is, so that a huge field costs what its start costs.
  public static func paragraphs(_ text: String, maxLines: Int = .max) -> [String] {
    let lines = text.split(
      maxSplits: maxLines, omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    var paragraphs: [String] = []
    for (n, raw) in lines.enumerated() {
      let line = n == maxLines ? String(raw) : raw.trimmingCharacters(in: .whitespaces)
      if let last = paragraphs.last, !last.isEmpty, !line.isEmpty, !startsItem(line), !endsSentence(last) {
        paragraphs[paragraphs.count - 1] = last + " " + line
      } else {
        paragraphs.append(line)
      }
    }
    return paragraphs
  }

  /// The text with its paragraphs on lines of their own: what a field of several lines shows to
  /// be edited.
  public static func reflowed(_ text: String) -> String {
    text.isEmpty ? "" : paragraphs(text).joined(separator: "\n")
  }

  /// Whether `line` starts an item of a list.
  static func startsItem(_ line: String) -> Bool {
    if ["- ", "* ", "• ", "+ ", "– ", "− "].contains(where: line.hasPrefix) { return true }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 3 else { return false }
    let rest = line.dropFirst(digits.count)
    return rest.hasPrefix(". ") || rest.hasPrefix(") ")
  }

  /// Whether `line` ends a sentence.
  static func endsSentence(_ line: String) -> Bool {
    let end = line.reversed().drop { "\"'”’)]»」』".contains($0) }
    guard let last = end.first else { return false }
    return ".!?:。！？：".contains(last)
  }
}
