import Foundation

/// The few file operations the store needs, done with POSIX calls so that durability is explicit.
enum FileIO {
  /// A failed system call on a path, with the system's reason.
  struct Failure: Error, CustomStringConvertible {
    var path: String
    var action: String
    var code: Int32

    var description: String { "cannot \(action) \(path): \(String(cString: strerror(code)))" }
  }

  /// The whole file, or nil when it does not exist.
  static func read(_ path: String, room: Int = 0) throws(Failure) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 {
      if errno == ENOENT { return nil }
      throw Failure(path: path, action: "open", code: errno)
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw Failure(path: path, action: "stat", code: errno) }
    let size = Int(info.st_size)
    var failure: Int32 = 0
    let bytes = [UInt8](unsafeUninitializedCapacity: size + room) { buffer, count in
      adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
      var done = 0
      while done < size {
        let n = Foundation.read(fd, buffer.baseAddress! + done, size - done)
        if n < 0 {
          if errno == EINTR { continue }
          failure = errno
          break
        }
        if n == 0 { break }
        done += n
      }
      count = done
    }
    if failure != 0 { throw Failure(path: path, action: "read", code: failure) }
    return bytes
  }

  /// Size and modification time, to notice changes made by other programs; nil when missing.
  static func signature(_ path: String) -> FileSignature? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return FileSignature(
      size: Int64(info.st_size), seconds: Int64(info.st_mtim.tv_sec),
      nanoseconds: Int64(info.st_mtim.tv_nsec),
      inode: UInt64(info.st_ino))
  }

  /// Appends `bytes` to the file (created 0600 when new) and waits until they are on disk.
  static func append(_ bytes: [UInt8], to path: String) throws(Failure) {
    let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw Failure(path: path, action: "open", code: errno) }
    defer { close(fd) }
    try writeAll(fd, bytes, path)
    guard fsync(fd) == 0 else { throw Failure(path: path, action: "sync", code: errno) }
  }

  /// Replaces the file with `bytes` atomically: temporary file, fsync, rename, fsync of the folder.
  /// A new file is readable by its owner only; an existing file keeps its permissions.
  static func replace(_ path: String, with bytes: [UInt8]) throws(Failure) {
    var mode: mode_t = 0o600
    var info = stat()
    if stat(path, &info) == 0 { mode = info.st_mode & 0o7777 }
    let temporary = "\(directory(of: path))/.\(name(of: path)).tmp-\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
    guard fd >= 0 else { throw Failure(path: temporary, action: "create", code: errno) }
    do throws(Failure) {
      try writeAll(fd, bytes, temporary)
      guard fchmod(fd, mode) == 0 else {
        throw Failure(path: temporary, action: "chmod", code: errno)
      }
      guard fsync(fd) == 0 else { throw Failure(path: temporary, action: "sync", code: errno) }
    } catch {
      close(fd)
      unlink(temporary)
      throw error
    }
    close(fd)
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw Failure(path: path, action: "replace", code: code)
    }
    syncDirectory(directory(of: path))
  }

  /// Creates the folder (and its parents), readable by its owner only.
  static func makeDirectory(_ path: String) throws(Failure) {
    var partial = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
      partial += "/\(component)"
      if mkdir(partial, 0o700) != 0, errno != EEXIST {
        throw Failure(path: partial, action: "create folder", code: errno)
      }
    }
  }

  static func syncDirectory(_ path: String) {
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return }
    fsync(fd)
    close(fd)
  }

  private static func writeAll(_ fd: Int32, _ bytes: [UInt8], _ path: String) throws(Failure) {
    var failure: Int32 = 0
    bytes.withUnsafeBytes { buffer in
      var done = 0
      while done < buffer.count {
        let n = write(fd, buffer.baseAddress! + done, buffer.count - done)
        if n < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        done += n
      }
    }
    if failure != 0 { throw Failure(path: path, action: "write", code: failure) }
  }

  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  static func name(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }
}

/// What identifies one version of a file on disk.
struct FileSignature: Hashable, Sendable {
  var size: Int64
  var seconds: Int64
  var nanoseconds: Int64
  var inode: UInt64
}

/// An exclusive advisory lock on a store, held while a writer has it open.
///
/// The lock file holds the holder's process id so that a second Rapport can say who has it. The
/// kernel drops the lock when the process ends, however it ends.
final class StoreLock: @unchecked Sendable {
  private let fd: Int32

  /// Who holds a lock that could not be taken.
  struct Held: Error {
    var pid: Int32?
  }

  init(path: String) throws {
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw FileIO.Failure(path: path, action: "open lock file", code: errno) }
    if flock(fd, LOCK_EX | LOCK_NB) != 0 {
      let code = errno
      var buffer = [UInt8](repeating: 0, count: 32)
      let n = pread(fd, &buffer, 32, 0)
      close(fd)
      if code == EWOULDBLOCK {
        let text = n > 0 ? String(decoding: buffer[..<n], as: UTF8.self) : ""
        throw Held(pid: Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)))
      }
      throw FileIO.Failure(path: path, action: "lock", code: code)
    }
    ftruncate(fd, 0)
    let pid = Array("\(getpid())\n".utf8)
    _ = pwrite(fd, pid, pid.count, 0)
    self.fd = fd
  }

  deinit {
    // Emptying the file before unlocking tells the next reader nobody holds it.
    ftruncate(fd, 0)
    flock(fd, LOCK_UN)
    close(fd)
  }
}

/// Asks Linux to back a large buffer with huge pages before it is filled: a page fault then maps
/// 2 MiB instead of 4 KiB, which makes filling a buffer of a hundred megabytes several times
/// faster. A hint only: nothing changes when it is refused, or on other systems.
func adviseHugePages(_ buffer: UnsafeMutableRawBufferPointer) {
  #if os(Linux)
    let huge = 2 << 20
    guard buffer.count >= 2 * huge, let base = buffer.baseAddress else { return }
    let start = (Int(bitPattern: base) + huge - 1) & ~(huge - 1)
    let end = (Int(bitPattern: base) + buffer.count) & ~(huge - 1)
    if end > start { _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE) }
  #endif
}
