import Foundation
import Testing

@testable import RapportCore

/// A brief written to a file: a new name every time, never over a file or through a link, whole
/// or not at all.
@Suite struct BriefFileTests {
  private let day = Day(iso: "2026-11-23")!

  private func folder() throws -> String {
    let path = NSTemporaryDirectory() + "rapport-brief-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  private func names(in folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  }

  @Test func aTakenNameGetsANumberAndNothingIsOverwritten() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "mine".write(toFile: folder + "/brief-acme-2026-11-23.md", atomically: false, encoding: .utf8)
    let second = try BriefFile.write("# one\n", account: "acme", on: day, in: folder)
    let third = try BriefFile.write("# two\n", account: "acme", on: day, in: folder)
    #expect(second == folder + "/brief-acme-2026-11-23-2.md")
    #expect(third == folder + "/brief-acme-2026-11-23-3.md")
    #expect(try String(contentsOfFile: folder + "/brief-acme-2026-11-23.md", encoding: .utf8) == "mine")
    #expect(try String(contentsOfFile: second, encoding: .utf8) == "# one\n")
    #expect(try String(contentsOfFile: third, encoding: .utf8) == "# two\n")
    // No temporary file is left behind.
    #expect(
      try names(in: folder) == ["brief-acme-2026-11-23-2.md", "brief-acme-2026-11-23-3.md", "brief-acme-2026-11-23.md"])
  }

  @Test func aSymbolicLinkIsNeverFollowed() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let target = folder + "/target.txt"
    try "precious".write(toFile: target, atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/brief-acme-2026-11-23.md", withDestinationPath: target)
    // And a dangling one at the next name: following it would create its target.
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/brief-acme-2026-11-23-2.md", withDestinationPath: folder + "/created.txt")
    let path = try BriefFile.write("# brief\n", account: "acme", on: day, in: folder)
    #expect(path == folder + "/brief-acme-2026-11-23-3.md")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious")
    #expect(!FileManager.default.fileExists(atPath: folder + "/created.txt"))
  }

  /// Runs a command; whether it exited with 0.
  private static func run(_ arguments: [String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }

  /// A folder this process cannot write to: a read-only mount (which holds for root too), or,
  /// where mounting is not allowed, a folder without write permission for a user who is not
  /// root; nil when neither can be made. The second value undoes it.
  private func readOnlyFolder() throws -> (String, () -> Void)? {
    let folder = try folder()
    if Self.run(["mount", "-t", "tmpfs", "-o", "ro,size=16k", "tmpfs", folder]) {
      return (
        folder,
        {
          _ = Self.run(["umount", folder])
          try? FileManager.default.removeItem(atPath: folder)
        }
      )
    }
    guard getuid() != 0 else { return nil }
    chmod(folder, 0o500)
    return (
      folder,
      {
        chmod(folder, 0o700)
        try? FileManager.default.removeItem(atPath: folder)
      }
    )
  }

  @Test func aFolderThatCannotBeWrittenSaysWhatToDo() throws {
    guard let (folder, undo) = try readOnlyFolder() else {
      print("skipped: running as root where mounting is not allowed, so no folder is read-only here")
      return
    }
    defer { undo() }
    #expect {
      _ = try BriefFile.write("# brief\n", account: "acme", on: day, in: folder)
    } throws: { error in
      let text = "\(error)"
      return text.hasPrefix("Brief not written in \(folder): ")
        && text.hasSuffix("; start rapport from a folder you can write to (nothing was written)")
    }
    #expect(try names(in: folder).isEmpty)
  }

  @Test func theAdviceFitsTheFailure() {
    #expect(
      BriefFile.Failure(folder: "/x", code: EROFS).description
        == "Brief not written in /x: Read-only file system; start rapport from a folder you can write to (nothing was written)"
    )
    #expect(
      BriefFile.Failure(folder: "/x", code: ENOSPC).description.hasSuffix(
        "free some space and try again (nothing was written)"))
    #expect(BriefFile.Failure(folder: "/x", code: EEXIST).description.contains("99 briefs of today are there"))
  }

  @Test func aFullDiskLeavesNothingPartial() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // A disk that takes 10 bytes, then is full.
    let full = Disk(
      write: { fd, bytes in
        var used = stat()
        fstat(fd, &used)
        let room = max(0, 10 - Int(used.st_size))
        if room == 0 { return -Int(ENOSPC) }
        return Foundation.write(fd, bytes.baseAddress, min(room, bytes.count))
      }, sync: { _ in 0 })
    #expect {
      _ = try BriefFile.write(String(repeating: "x", count: 100), account: "acme", on: day, in: folder, disk: full)
    } throws: { error in
      "\(error)".hasSuffix(": No space left on device; free some space and try again (nothing was written)")
    }
    #expect(try names(in: folder).isEmpty)
  }
}
