import Foundation

/// The user's own `git` command line, run in one folder: their configuration, credentials and
/// SSH keys are the ones every git command of theirs uses.
struct Git {
  /// What one git command printed and how it ended.
  struct Output {
    var status: Int32
    var bytes: [UInt8]
    var err: String

    var out: String { String(decoding: bytes, as: UTF8.self) }

    var succeeded: Bool { status == 0 }
    /// The output without its last line end.
    var text: String { out.hasSuffix("\n") ? String(out.dropLast()) : out }
    /// Git's own words on a failure, on one line.
    var complaint: String {
      let lines = (err.isEmpty ? out : err).split(whereSeparator: \.isNewline).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      let said = lines.filter { !$0.isEmpty && !$0.hasPrefix("hint:") }
      return said.joined(separator: " ")
    }
  }

  let folder: String

  /// Runs `git ARGS` in the folder, never asking anything on the terminal (a remote that needs a
  /// password the user has not stored fails instead of waiting).
  func run(_ arguments: [String], input: [UInt8]? = nil) throws(SyncFailure) -> Output {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    var environment = ProcessInfo.processInfo.environment
    environment["GIT_TERMINAL_PROMPT"] = "0"
    environment["LC_ALL"] = "C"
    if environment["GIT_SSH_COMMAND"] == nil { environment["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes" }
    process.environment = environment
    let (out, err) = (Pipe(), Pipe())
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    do { try process.run() } catch {
      throw SyncFailure(
        .gitMissing, "git could not be run (\(error.localizedDescription)): install git, then sync again")
    }
    // Both pipes are read while git runs, so that a long output cannot fill one and stall it.
    let errorText = Collected()
    let done = DispatchSemaphore(value: 0)
    let handle = err.fileHandleForReading
    DispatchQueue.global().async {
      errorText.data = handle.readDataToEndOfFile()
      done.signal()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    done.wait()
    process.waitUntilExit()
    if process.terminationReason == .exit, process.terminationStatus == 127 {
      throw SyncFailure(.gitMissing, "git is not installed (or not on the PATH): install git, then sync again")
    }
    return Output(
      status: process.terminationStatus, bytes: [UInt8](outData),
      err: String(decoding: errorText.data, as: UTF8.self))
  }

  /// Runs a command that must succeed; a failure becomes `SyncFailure`, saying what was being done.
  @discardableResult
  func must(_ arguments: [String], doing what: String) throws(SyncFailure) -> Output {
    let output = try run(arguments)
    guard output.succeeded else {
      throw SyncFailure(.git, "git could not \(what): \(output.complaint)")
    }
    return output
  }

  /// A file as it is in a commit; empty when the commit does not have it.
  func file(_ path: String, at revision: String) throws(SyncFailure) -> [UInt8] {
    let output = try run(["show", "\(revision):\(path)"])
    return output.succeeded ? output.bytes : []
  }

  /// The commit a name points to, or nil.
  func commit(_ name: String) throws(SyncFailure) -> String? {
    let output = try run(["rev-parse", "-q", "--verify", "\(name)^{commit}"])
    return output.succeeded ? output.text : nil
  }
}

/// What a reading thread hands back once it is done (the semaphore orders the access).
private final class Collected: @unchecked Sendable {
  var data = Data()
}
