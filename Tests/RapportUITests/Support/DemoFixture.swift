import Foundation
import RapportCore
import RapportUI

/// The demo store, copied to a temporary folder and opened on the day it was written for.
enum DemoFixture {
  static let today = Day(iso: "2026-11-23")!

  static var repository: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
  }

  /// A dashboard over a private copy of `seeds/demo`, with a fixed store label for snapshots.
  static func dashboard() throws -> Dashboard {
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-ui-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: repository.appendingPathComponent("seeds/demo"), to: copy)
    let store = try Store(path: copy.path, writable: true, today: today)
    let dashboard = Dashboard(store: store, today: today)
    dashboard.storeLabel = "seeds/demo"
    return dashboard
  }
}

/// A terminal that plays back scripted keys and keeps every frame it is asked to draw.
final class ScriptedTerminal: Terminal {
  var size: (width: Int, height: Int)
  private var keys: [Key]
  private(set) var frames: [Frame] = []
  /// Sizes to switch to before a given key is returned, by the key's position in the script.
  var resizes: [Int: (Int, Int)] = [:]
  private var position = 0

  init(width: Int, height: Int, keys: [Key]) {
    size = (width, height)
    self.keys = keys
  }

  func readKey() -> Key? {
    guard position < keys.count else { return nil }
    defer { position += 1 }
    if let size = resizes[position] { self.size = size }
    return keys[position]
  }

  func draw(_ frame: Frame) { frames.append(frame) }

  /// What the "Everywhere" keys asked of the terminal.
  private(set) var performed: [TerminalAction] = []

  func perform(_ action: TerminalAction) { performed.append(action) }
}

extension Key {
  /// Keys for typing `text`.
  static func typing(_ text: String) -> [Key] { text.map { .character($0) } }
}
