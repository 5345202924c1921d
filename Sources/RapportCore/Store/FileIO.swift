import Foundation

/// The few file operations the store needs, done with POSIX calls so that durability and the
/// handling of links are explicit.
///
/// A store is often a git clone that others push to, so none of these follows a symbolic link or
/// opens anything but a regular file: a link planted at a store file's name, or at the name of a
/// temporary file, can never make Rapport read or write outside the store.
enum FileIO {
  typealias Failure = FileFailure

  /// The whole file, or nil when it does not exist. A symbolic link or anything but a regular
  /// file is refused.
  static func read(_ path: String, room: Int = 0) throws(Failure) -> [UInt8]? {
    // O_NONBLOCK: a pipe planted at the name must not hang the open; it is refused below.
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    if fd < 0 {
      if errno == ENOENT { return nil }
      throw Failure(path: path, action: "open", code: errno)
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw Failure(path: path, action: "stat", code: errno) }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw Failure(path: path, action: "read", code: Failure.notARegularFile)
    }
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

  /// The file's signature, to notice changes made by other programs; nil when it is missing.
  static func signature(_ path: String) -> FileSignature? { FileSignature(of: path) }

  /// Appends `line` to the file (created 0600 when new) and waits until it is on disk. When the
  /// file does not end with a newline, one is written first; the result says so.
  ///
  /// Either the whole line is on disk, or the file is as it was: a write or sync that fails
  /// (a full disk, say) cuts the file back to its length before the call, and a file the call
  /// created is removed again. The caller holds the store's lock.
  @discardableResult
  static func append(_ line: [UInt8], to path: String, disk: Disk = .system) throws(Failure) -> Bool {
    var created = false
    var fd = open(path, O_RDWR | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    if fd < 0, errno == ENOENT {
      fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
      created = fd >= 0
    }
    guard fd >= 0 else { throw Failure(path: path, action: "open", code: errno) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw Failure(path: path, action: "stat", code: errno) }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw Failure(path: path, action: "append to", code: Failure.notARegularFile)
    }
    let length = off_t(info.st_size)
    var last: UInt8 = Byte.newline
    if length > 0, pread(fd, &last, 1, length - 1) != 1 { last = Byte.newline }
    let newline = last != Byte.newline
    do throws(Failure) {
      try writeAll(fd, newline ? [Byte.newline] + line : line, path, disk)
      let code = disk.sync(fd)
      guard code == 0 else { throw Failure(path: path, action: "sync", code: code) }
    } catch {
      // Take back whatever part was written, so that no half line is left behind.
      if created {
        unlink(path)
      } else {
        _ = ftruncate(fd, length)
        _ = fsync(fd)
      }
      throw error
    }
    // A new file's name is in the folder, which is synced for it to survive a power cut.
    if created { syncDirectory(directory(of: path)) }
    return newline
  }

  /// Replaces the file with `bytes` atomically: a new temporary file in the same folder, fsync,
  /// rename over the file, fsync of the folder. A new file is readable by its owner only; an
  /// existing file keeps its permissions. A symbolic link at `path` is refused.
  ///
  /// The temporary file has an unpredictable name and is created exclusively, so nothing planted
  /// in the folder (a link at a guessable name, say) can receive the bytes.
  static func replace(_ path: String, with bytes: [UInt8], disk: Disk = .system) throws(Failure) {
    var mode: mode_t = 0o600
    var info = stat()
    if lstat(path, &info) == 0 {
      switch info.st_mode & S_IFMT {
      case S_IFREG: mode = info.st_mode & 0o7777
      case S_IFLNK: throw Failure(path: path, action: "replace", code: ELOOP)
      default: throw Failure(path: path, action: "replace", code: Failure.notARegularFile)
      }
    }
    let (fd, temporary) = createTemporary(beside: path, mode: mode)
    guard fd >= 0 else { throw Failure(path: temporary, action: "create", code: errno) }
    do throws(Failure) {
      try writeAll(fd, bytes, temporary, disk)
      guard fchmod(fd, mode) == 0 else {
        throw Failure(path: temporary, action: "chmod", code: errno)
      }
      let code = disk.sync(fd)
      guard code == 0 else { throw Failure(path: temporary, action: "sync", code: code) }
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

  /// Creates a new file for a rewrite of `path`, in the same folder, with a random name: the
  /// descriptor (or -1, with `errno`) and the name. `O_EXCL` makes it fail on any existing name,
  /// a symbolic link included, so it is always a file no one else had.
  private static func createTemporary(beside path: String, mode: mode_t) -> (Int32, String) {
    let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
    var generator = SystemRandomNumberGenerator()
    while true {
      let suffix = String((0..<12).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
      let temporary = "\(directory(of: path))/.\(name(of: path)).tmp-\(suffix)"
      let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode & 0o600)
      if fd >= 0 || errno != EEXIST { return (fd, temporary) }
    }
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

  private static func writeAll(_ fd: Int32, _ bytes: [UInt8], _ path: String, _ disk: Disk) throws(Failure) {
    var failure: Int32 = 0
    bytes.withUnsafeBytes { buffer in
      var done = 0
      while done < buffer.count {
        let n = disk.write(fd, UnsafeRawBufferPointer(rebasing: buffer[done...]))
        if n < 0 {
          if n == -Int(EINTR) { continue }
          failure = Int32(-n)
          return
        }
        if n == 0 {
          failure = EIO
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
