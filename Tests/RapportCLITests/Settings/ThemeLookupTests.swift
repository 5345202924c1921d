import Foundation
import Testing

/// Themes are found by name among the user's files first, then among the built-in ones, or
/// read from a path.
@Suite struct ThemeLookupTests {
  private func userThemes(in home: TemporaryHome) throws -> String {
    let folder = home.path + "/config/rapport/themes"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  /// The screen with its escapes, once the dashboard is up with `arguments`.
  private func screen(_ home: TemporaryHome, _ arguments: [String]) throws -> String {
    let store = home.path + "/demo"
    if !FileManager.default.fileExists(atPath: store) { _ = try home.copyOfDemo() }
    let tmux = try TmuxSession(["--store", store] + arguments, home: home.path)
    try tmux.waitForDemoScreen()
    return try tmux.screen(escapes: true)
  }

  @Test func aUserThemeOverridesTheBuiltInOneOfTheSameName() throws {
    let home = try TemporaryHome()
    #expect(try screen(home, []).contains("38;5;"), "the built-in dark theme has colours")
    // A theme without [roles] is monochrome: the user's dark.toml wins over the built-in dark.
    try "name = \"dark\"\n".write(toFile: try userThemes(in: home) + "/dark.toml", atomically: true, encoding: .utf8)
    let overridden = try screen(home, [])
    #expect(!overridden.contains("38;5;") && !overridden.contains("38;2;"))
  }

  @Test func aThemeIsReadFromAPath() throws {
    let home = try TemporaryHome()
    let path = home.path + "/mine.toml"
    try "name = \"mine\"\n[roles]\nselected = { fg = \"#123456\", bg = \"#fedcba\" }\n".write(
      toFile: path, atomically: true, encoding: .utf8)
    let screen = try screen(home, ["--theme", path])
    #expect(screen.contains("38;5;"), "the path's colours are used")
    let missing = try CommandRunner(home: home.path).run([
      "--store", home.path + "/demo", "--theme", home.path + "/none.toml",
    ])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("cannot read the theme file \(home.path)/none.toml"))
  }

  @Test func anUnknownNameListsTheBuiltInAndTheUserThemes() throws {
    let home = try TemporaryHome()
    try "name = \"mine\"\n".write(toFile: try userThemes(in: home) + "/mine.toml", atomically: true, encoding: .utf8)
    let result = try CommandRunner(home: home.path).run(["--store", try home.copyOfDemo(), "--theme", "neon"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("no theme named 'neon'; themes: dark, high-contrast, light, monochrome, mine."))
    #expect(result.stderr.contains(home.path + "/config/rapport/themes/NAME.toml"))
  }
}
