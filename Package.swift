// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Rapport",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "rapport", targets: ["rapport"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
  ],
  targets: [
    .systemLibrary(
      name: "CNCurses",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncursesw5-dev"])]
    ),
    // The fatal-signal handler that gives the terminal back: C, so that it makes only
    // async-signal-safe calls, and one definition of its state.
    .target(name: "CTerminalGuard", dependencies: ["CNCurses"]),
    // The allocator's setting that lets loading give the drafted event chunks back (see
    // Rapport.swift).
    .target(name: "CMallocPolicy"),
    .target(name: "RapportCore"),
    // The shipped themes and demo store, built into the binary from themes/ and seeds/demo.
    .executableTarget(name: "embed-files"),
    .plugin(name: "EmbedShippedFiles", capability: .buildTool(), dependencies: ["embed-files"]),
    .target(name: "RapportBuiltIns", plugins: ["EmbedShippedFiles"]),
    .target(
      name: "RapportUI",
      dependencies: ["RapportCore", .product(name: "TOMLKit", package: "TOMLKit")]
    ),
    .executableTarget(
      name: "rapport",
      dependencies: [
        "RapportCore", "RapportUI", "RapportBuiltIns", "CNCurses", "CTerminalGuard", "CMallocPolicy",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "TOMLKit", package: "TOMLKit"),
      ]
    ),
    // Writes the man page from the command line's own definitions (`make generated`).
    .executableTarget(name: "rapport-manual"),
    .executableTarget(
      name: "rapport-bench",
      dependencies: ["RapportCore", "RapportUI"],
      path: "Benchmarks/rapport-bench"
    ),
    .testTarget(name: "RapportCoreTests", dependencies: ["RapportCore"]),
    .testTarget(
      name: "RapportUITests",
      dependencies: ["RapportUI", .product(name: "SnapshotTesting", package: "swift-snapshot-testing")],
      exclude: ["App/__Snapshots__"]
    ),
    .testTarget(name: "RapportCLITests", dependencies: ["rapport", "RapportBuiltIns"]),
  ]
)
