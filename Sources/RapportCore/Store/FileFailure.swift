import Foundation

/// A failed system call on a path, with the system's reason.
public struct FileFailure: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file or folder.
  public var path: String
  /// What was being done, as the message says it: `open`, `append to`, `replace`.
  public var action: String
  /// The error number (`errno`), or `notARegularFile`.
  public var code: Int32

  public init(path: String, action: String, code: Int32) {
    self.path = path
    self.action = action
    self.code = code
  }

  /// The error number of a store file that is a folder, a device or a pipe: not one the system
  /// would give, so that it reads as its own reason.
  public static let notARegularFile: Int32 = -1

  public var description: String {
    switch code {
    case ELOOP:
      return
        "cannot \(action) \(path): it is a symbolic link; Rapport reads and writes only regular files "
        + "inside the store (replace the link with the file itself)"
    case FileFailure.notARegularFile:
      return "cannot \(action) \(path): it is not a regular file; replace it with a text file"
    default:
      return "cannot \(action) \(path): \(String(cString: strerror(code)))"
    }
  }
}
