import ArgumentParser
import Foundation

/// The demo store shipped in `seeds/demo`, copied to a temporary folder for each run.
enum DemoStore {
  /// Copies the demo store to a new temporary folder and returns its path.
  static func freshCopy() throws -> String {
    guard let seeds = locate() else {
      throw ValidationError(
        "cannot find the demo store (seeds/demo); run from the Rapport repository or set RAPPORT_DEMO_SEEDS"
      )
    }
    let base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
    let target = "\(base)/rapport-demo-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try FileManager.default.copyItem(atPath: seeds, toPath: target)
    chmod(target, 0o700)
    return target
  }

  /// `$RAPPORT_DEMO_SEEDS`, else `seeds/demo` above the executable or the working folder.
  private static func locate() -> String? {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["RAPPORT_DEMO_SEEDS"] { return path }
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    for start in [
      executable.deletingLastPathComponent(),
      URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
    ] {
      var folder = start
      for _ in 0..<6 {
        let candidate = folder.appendingPathComponent("seeds/demo")
        if FileManager.default.fileExists(
          atPath: candidate.appendingPathComponent("accounts.txt").path)
        {
          return candidate.path
        }
        folder = folder.deletingLastPathComponent()
      }
    }
    return nil
  }
}
