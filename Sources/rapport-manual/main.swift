import Foundation

// rapport-manual PATH-TO-RAPPORT: prints rapport(1), in mdoc, made from what the binary says of
// its commands with `--experimental-dump-help`. `make generated` writes it to docs/man/rapport.1,
// and a test checks that the committed page is what the current binary gives.
//
// (swift-argument-parser's generate-manual plugin builds the whole package in release mode each
// time and writes into the plugin's work folder, so a test cannot run it; this small generator
// reads the same definitions and runs in milliseconds.)

/// The page's date: changed by hand when the page's text is meant to say it was revised.
let pageDate = "December 1, 2026"

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 1, let binary = arguments.first else {
  FileHandle.standardError.write(Data("usage: rapport-manual PATH-TO-RAPPORT > rapport.1\n".utf8))
  exit(2)
}

let process = Process()
process.executableURL = URL(fileURLWithPath: binary)
process.arguments = ["--experimental-dump-help"]
let pipe = Pipe()
process.standardOutput = pipe
do {
  try process.run()
} catch {
  FileHandle.standardError.write(Data("rapport-manual: cannot run \(binary): \(error)\n".utf8))
  exit(1)
}
let dump = pipe.fileHandleForReading.readDataToEndOfFile()
process.waitUntilExit()
guard process.terminationStatus == 0, let info = try? JSONDecoder().decode(ToolInfo.self, from: dump) else {
  FileHandle.standardError.write(Data("rapport-manual: \(binary) gave no command definitions\n".utf8))
  exit(1)
}

let manual = Manual(
  tool: info.command, date: pageDate,
  extraSections: [
    (
      "Environment",
      [
        """
          RAPPORT_STORE: the store folder when --store is not given.
          XDG_DATA_HOME: the default store is its rapport folder (~/.local/share/rapport).
          XDG_CONFIG_HOME: settings are read from its rapport/config.toml (~/.config/rapport/config.toml).
        """
      ]
    ),
    ("Exit status", ["See \"Exit codes\" in the README."]),
  ])
print(manual.render(), terminator: "")
