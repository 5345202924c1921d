import Foundation

/// Runs the built `rapport` binary, as a user would, and captures what it prints.
struct CommandRunner {
  struct Output {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The package's root folder.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  /// The `rapport` executable next to the test bundle, or `$RAPPORT_TEST_BINARY` (CI runs the
  /// end-to-end tests once more on the release build, which is what `make install` installs).
  static var binary: String {
    if let chosen = ProcessInfo.processInfo.environment["RAPPORT_TEST_BINARY"], !chosen.isEmpty {
      return chosen.hasPrefix("/") ? chosen : packageRoot + "/" + chosen
    }
    let products = URL(fileURLWithPath: Bundle.main.bundlePath).deletingLastPathComponent()
    for candidate in [products, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()] {
      let path = candidate.appendingPathComponent("rapport").path
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return packageRoot + "/.build/debug/rapport"
  }

  /// Environment for a run: a private HOME and XDG folders so that no user file is read.
  var environment: [String: String]

  init(home: String) {
    environment = [
      "HOME": home, "XDG_DATA_HOME": home + "/data", "XDG_CONFIG_HOME": home + "/config",
      "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "RAPPORT_TODAY": "2026-11-23", "RAPPORT_USER": "sam",
    ]
  }

  func run(_ arguments: [String], extraEnvironment: [String: String] = [:]) throws -> Output {
    let result = try Subprocess.run(
      [CommandRunner.binary] + arguments, environment: environment.merging(extraEnvironment) { $1 },
      directory: environment["HOME"]!)
    return Output(status: result.status, stdout: result.stdout, stderr: result.stderr)
  }
}
