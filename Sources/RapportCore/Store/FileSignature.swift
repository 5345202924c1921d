import Foundation

/// What identifies one version of a file on disk, to notice changes made by other programs.
///
/// The change time is part of it because no program can set it back: a rewrite of the same size
/// whose modification time was restored (as `touch -r` or `rsync -t` do) still changes it.
struct FileSignature: Hashable, Sendable {
  var size: Int64
  var modified: timespec
  var changed: timespec
  var inode: UInt64
  var device: UInt64

  /// The signature of the file at `path` itself (a symbolic link is not followed); nil when
  /// there is none.
  init?(of path: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    size = Int64(info.st_size)
    modified = info.st_mtim
    changed = info.st_ctim
    inode = UInt64(info.st_ino)
    device = UInt64(info.st_dev)
  }

  static func == (a: FileSignature, b: FileSignature) -> Bool {
    a.size == b.size && a.inode == b.inode && a.device == b.device
      && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
      && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(size)
    hasher.combine(inode)
    hasher.combine(modified.tv_nsec)
    hasher.combine(changed.tv_nsec)
  }
}
