import ArgumentParser
import Foundation
import RapportCore

/// The demo store shipped in `seeds/demo`, copied to a temporary folder for each run.
enum DemoStore {
  /// The day the demo's story is told from. A copy made later moves every date forward by the
  /// days since, so the demo always shows the same healthy, drifting and neglected accounts.
  static let seededOn = Day(iso: "2026-11-23")!

  /// Copies the demo store to a new temporary folder, dated as if it were seeded `today`.
  static func freshCopy(today: Day) throws -> String {
    guard let seeds = locate() else {
      throw Problem(
        "cannot find the demo store (seeds/demo); run from the Rapport repository or set RAPPORT_DEMO_SEEDS")
    }
    var base = ProcessInfo.processInfo.environment["TMPDIR"] ?? NSTemporaryDirectory()
    while base.count > 1, base.hasSuffix("/") { base.removeLast() }
    let target = "\(base)/rapport-demo-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try FileManager.default.copyItem(atPath: seeds, toPath: target)
    chmod(target, 0o700)
    let shift = seededOn.days(to: today)
    if shift != 0 {
      for name in [Store.accountsFile, Store.contactsFile, Store.eventsFile] {
        let path = "\(target)/\(name)"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try shiftDates(in: text, by: shift).write(toFile: path, atomically: true, encoding: .utf8)
      }
    }
    return target
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

  /// `$RAPPORT_DEMO_SEEDS`, else `seeds/demo` above the executable or the working folder.
  private static func locate() -> String? {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["RAPPORT_DEMO_SEEDS"] { return path }
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let starts = [
      executable.deletingLastPathComponent(), URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
    ]
    for start in starts {
      var folder = start
      for _ in 0..<6 {
        let candidate = folder.appendingPathComponent("seeds/demo")
        if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(Store.accountsFile).path) {
          return candidate.path
        }
        folder = folder.deletingLastPathComponent()
      }
    }
    return nil
  }
}
