import Foundation
import RapportBuiltIns
import Testing

/// The themes and the demo store built into the binary are the files of `themes/` and
/// `seeds/demo`, byte for byte, and every one of them is built in.
@Suite struct BuiltInFilesTests {
  /// The files of `folder` (relative to the package root) whose names end with `suffix`.
  private func files(in folder: String, suffix: String) throws -> [String: Data] {
    let path = CommandRunner.packageRoot + "/" + folder
    let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(suffix) }
    return Dictionary(
      uniqueKeysWithValues: try names.map { ($0, try Data(contentsOf: URL(fileURLWithPath: path + "/" + $0))) })
  }

  private func expectSame(_ builtIn: [BuiltInFile], as folder: String, suffix: String) throws {
    let onDisk = try files(in: folder, suffix: suffix)
    #expect(!onDisk.isEmpty)
    #expect(
      Set(builtIn.map(\.name)) == Set(onDisk.keys),
      "built in: \(builtIn.map(\.name).sorted()), in \(folder): \(onDisk.keys.sorted()); rebuild, and if it persists, touch Package.swift so that the build is planned again"
    )
    for file in builtIn {
      #expect(Data(file.text.utf8) == onDisk[file.name], "\(folder)/\(file.name) differs from its built-in copy")
    }
  }

  @Test func theBuiltInThemesAreTheThemesFolder() throws {
    try expectSame(BuiltInFiles.themes, as: "themes", suffix: ".toml")
    #expect(BuiltInFiles.themes[named: "dark.toml"] != nil, "the default theme is built in")
  }

  @Test func theBuiltInDemoStoreIsSeedsDemo() throws {
    try expectSame(BuiltInFiles.demoStore, as: "seeds/demo", suffix: ".txt")
    #expect(Set(BuiltInFiles.demoStore.map(\.name)) == ["accounts.txt", "contacts.txt", "events.txt"])
  }
}
