import ArgumentParser
import Foundation
import RapportBuiltIns
import RapportCore

/// The demo store, built into the binary from `seeds/demo`, written to a temporary folder for
/// each run.
enum DemoStore {
  /// The day the demo's story is told from. A copy made later moves every date forward by the
  /// days since, so the demo always shows the same healthy, drifting and neglected accounts.
  static let seededOn = Day(iso: "2026-11-23")!

  /// Writes the demo store to a new private temporary folder, dated as if it were seeded `today`.
  static func freshCopy(today: Day) throws -> String {
    let files = try seedFiles()
    var base = ProcessInfo.processInfo.environment["TMPDIR"] ?? NSTemporaryDirectory()
    while base.count > 1, base.hasSuffix("/") { base.removeLast() }
    let target = "\(base)/rapport-demo-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try FileManager.default.createDirectory(
      atPath: target, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    let shift = seededOn.days(to: today)
    for file in files {
      let text = shift == 0 ? file.text : shiftDates(in: file.text, by: shift)
      let path = "\(target)/\(file.name)"
      guard
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
      else { throw Problem("cannot write the demo store's \(path)") }
    }
    return target
  }

  /// The demo store's files: those in `$RAPPORT_DEMO_SEEDS` when it is set, else the built-in ones.
  static func seedFiles() throws -> [BuiltInFile] {
    guard let folder = ProcessInfo.processInfo.environment["RAPPORT_DEMO_SEEDS"], !folder.isEmpty else {
      return BuiltInFiles.demoStore
    }
    let names = [Store.accountsFile, Store.contactsFile, Store.eventsFile]
    let files = try names.filter { FileManager.default.fileExists(atPath: "\(folder)/\($0)") }.map { name in
      guard let text = try? String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8) else {
        throw Problem("cannot read \(folder)/\(name) (from RAPPORT_DEMO_SEEDS)")
      }
      return BuiltInFile(name: name, text: text)
    }
    guard !files.isEmpty else { throw Problem("RAPPORT_DEMO_SEEDS=\(folder) holds no store files") }
    return files
  }

  /// `text` with every `YYYY-MM-DD` date moved by `days`.
  static func shiftDates(in text: String, by days: Int) -> String {
    let pattern = try! NSRegularExpression(pattern: "(?<![0-9-])[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9-])")
    var result = ""
    var cursor = text.startIndex
    for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
      let range = Range(match.range, in: text)!
      result += text[cursor..<range.lowerBound]
      result += Day(iso: text[range]).map { $0.adding(days: days).description } ?? String(text[range])
      cursor = range.upperBound
    }
    return result + text[cursor...]
  }
}
