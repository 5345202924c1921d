import Foundation

/// An exclusive lock on a store, held only for the length of one write.
///
/// The lock is taken on the store's folder itself (`flock` on the folder), not on a file in it:
/// there is no lock file to delete (`git clean -fX`), to commit as a symbolic link, or to be
/// refused in a read-only folder. Every Rapport takes it around each append and each rewrite, so
/// dashboards and scripts write side by side; each reads what the others wrote before writing.
/// The kernel drops the lock when the process ends, however it ends.
final class StoreLock {
  private let fd: Int32

  /// How long a writer waits for another to finish before giving up.
  static let patience: Duration = .seconds(5)

  /// Takes the lock on the folder at `path`, waiting for another writer to finish.
  /// Throws `StoreError.io` when the folder cannot be opened or locked, and `StoreError.busy`
  /// when another writer holds the lock for longer than `patience`.
  init(folder path: String) throws(StoreError) {
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { throw .io(FileFailure(path: path, action: "open the folder", code: errno)) }
    let clock = ContinuousClock()
    let deadline = clock.now + StoreLock.patience
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      let code = errno
      guard code == EWOULDBLOCK || code == EINTR else {
        close(fd)
        throw .io(FileFailure(path: path, action: "lock", code: code))
      }
      guard clock.now < deadline else {
        close(fd)
        throw .busy(path)
      }
      usleep(2_000)
    }
    self.fd = fd
  }

  deinit {
    flock(fd, LOCK_UN)
    close(fd)
  }
}
