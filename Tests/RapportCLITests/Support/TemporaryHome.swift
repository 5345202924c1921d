import Foundation

/// A temporary home folder for one test, removed afterwards.
final class TemporaryHome {
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "rapport-cli-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// A store in this home's `store` folder, its files written from `files` (name to text).
  func store(_ files: [String: String]) throws -> String {
    let store = path + "/store"
    try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: true)
    for (name, text) in files { try text.write(toFile: "\(store)/\(name)", atomically: true, encoding: .utf8) }
    return store
  }

  /// A copy of the demo store inside this home.
  func copyOfDemo() throws -> String {
    let target = path + "/demo"
    try FileManager.default.copyItem(atPath: CommandRunner.packageRoot + "/seeds/demo", toPath: target)
    return target
  }
}
