import Foundation

/// The two system calls that put a store's bytes on disk. A store writes through the real ones;
/// tests put a disk in their place that fills up after a number of bytes, to check that a failed
/// write leaves the store exactly as it was.
public struct Disk: Sendable {
  /// Writes some of the bytes to the file: the count written, or minus the error number.
  public var write: @Sendable (_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int
  /// Flushes the file to the device: 0, or the error number.
  public var sync: @Sendable (_ fd: Int32) -> Int32

  public init(
    write: @escaping @Sendable (Int32, UnsafeRawBufferPointer) -> Int,
    sync: @escaping @Sendable (Int32) -> Int32
  ) {
    self.write = write
    self.sync = sync
  }

  /// The operating system's calls.
  public static let system = Disk(
    write: { fd, bytes in
      let n = Foundation.write(fd, bytes.baseAddress, bytes.count)
      return n < 0 ? -Int(errno) : n
    },
    sync: { fd in fsync(fd) == 0 ? 0 : errno })
}
