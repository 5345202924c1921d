import Foundation

/// Writes a brief to a new file, `brief-ACCOUNT-YYYY-MM-DD.md` in a folder (`-2`, `-3` … added
/// when the name is taken). The file appears whole or not at all: the bytes go to a temporary
/// file created exclusively beside it and synced, then `link` gives it its name, which fails on
/// any existing name, a symbolic link included, so nothing is overwritten and no link is
/// followed. A failure removes the temporary file.
public enum BriefFile {
  /// How many names are tried before giving up.
  public static let attempts = 99

  /// The file's name: `brief-acme-2026-11-23.md`, then `brief-acme-2026-11-23-2.md` and on.
  public static func name(account: String, on day: Day, attempt: Int = 1) -> String {
    "brief-\(account)-\(day)" + (attempt > 1 ? "-\(attempt)" : "") + ".md"
  }

  /// Why a brief was not written, with what to do about it.
  public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
    public var folder: String
    public var code: Int32

    public var description: String {
      let reason = code == EEXIST ? "\(BriefFile.attempts) briefs of today are there" : String(cString: strerror(code))
      let advice: String
      switch code {
      case EACCES, EPERM, EROFS:
        advice = "start rapport from a folder you can write to"
      case ENOSPC, EDQUOT:
        advice = "free some space and try again"
      case EEXIST:
        advice = "move some of them away"
      default:
        advice = "start rapport from another folder"
      }
      return "Brief not written in \(folder): \(reason); \(advice) (nothing was written)"
    }
  }

  /// Writes `text` in `folder` under the first free name; the full path written.
  public static func write(
    _ text: String, account: String, on day: Day, in folder: String, disk: Disk = .system
  ) throws(Failure) -> String {
    let bytes = Array(text.utf8)
    let (fd, temporary) = createTemporary(in: folder)
    guard fd >= 0 else { throw Failure(folder: folder, code: errno) }
    defer { unlink(temporary) }
    var failure: Int32 = 0
    bytes.withUnsafeBytes { buffer in
      var done = 0
      while done < buffer.count {
        let n = disk.write(fd, UnsafeRawBufferPointer(rebasing: buffer[done...]))
        if n == -Int(EINTR) { continue }
        if n <= 0 {
          failure = n == 0 ? EIO : Int32(-n)
          return
        }
        done += n
      }
    }
    if failure == 0 { failure = disk.sync(fd) }
    close(fd)
    guard failure == 0 else { throw Failure(folder: folder, code: failure) }
    for attempt in 1...attempts {
      let path = (folder.hasSuffix("/") ? folder : folder + "/") + name(account: account, on: day, attempt: attempt)
      if link(temporary, path) == 0 {
        let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 {
          fsync(directory)
          close(directory)
        }
        return path
      }
      guard errno == EEXIST else { throw Failure(folder: folder, code: errno) }
    }
    throw Failure(folder: folder, code: EEXIST)
  }

  /// A new file with an unpredictable name in `folder`, created exclusively and never through a
  /// link: its descriptor (or -1, with `errno`) and its path.
  private static func createTemporary(in folder: String) -> (Int32, String) {
    let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
    var generator = SystemRandomNumberGenerator()
    while true {
      let suffix = String((0..<12).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
      let temporary = (folder.hasSuffix("/") ? folder : folder + "/") + ".brief.tmp-\(suffix)"
      let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if fd >= 0 || errno != EEXIST { return (fd, temporary) }
    }
  }
}
