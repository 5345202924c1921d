import Foundation

/// A temporary home folder for one test, removed afterwards.
final class TemporaryHome {
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "rapport-cli-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// A copy of the demo store inside this home.
  func copyOfDemo() throws -> String {
    let target = path + "/demo"
    try FileManager.default.copyItem(atPath: CommandRunner.packageRoot + "/seeds/demo", toPath: target)
    return target
  }
}
