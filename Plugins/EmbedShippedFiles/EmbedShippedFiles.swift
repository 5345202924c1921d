import Foundation
import PackagePlugin

/// Builds the files Rapport ships (the themes in `themes/` and the demo store in `seeds/demo`)
/// into the target as Swift source, so that an installed binary needs nothing beside it.
/// The folders stay the source of truth: editing a file there rebuilds the generated source.
@main
struct EmbedShippedFiles: BuildToolPlugin {
  /// Each group of embedded files: its name in `BuiltInFiles`, its folder and the files' suffix.
  static let groups = [
    (name: "themes", folder: "themes", suffix: ".toml"),
    (name: "demoStore", folder: "seeds/demo", suffix: ".txt"),
  ]

  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let root = context.package.directoryURL
    let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInFiles+Contents.swift")
    var arguments = [output.path]
    var inputs: [URL] = []
    for group in Self.groups {
      let folder = root.appending(path: group.folder)
      let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasSuffix(group.suffix) }.sorted()
      let files = names.map { folder.appending(path: $0) }
      arguments += ["--group", group.name, folder.path, group.suffix]
      // The folder too, so that a file added to it runs the command again.
      inputs += files + [folder]
    }
    return [
      .buildCommand(
        displayName: "Embedding themes and the demo store in \(target.name)",
        executable: try context.tool(named: "embed-files").url,
        arguments: arguments,
        inputFiles: inputs,
        outputFiles: [output])
    ]
  }
}
