import Foundation
import RapportCore
import RapportUI

/// The dashboard's sync (`Y`): the engine run on the store, as `rapport sync` runs it, by the
/// store's author. Git runs without the terminal (no prompts, ssh in batch mode: see `Git`),
/// since the dashboard holds the screen.
enum DashboardSync {
  /// The function the dashboard calls; nil when the store is not in a git repository.
  static func runner(storePath: String, author: Author?) -> SyncRunner? {
    guard isInGitRepository(storePath) else { return nil }
    return { resolutions in try Sync(storePath: storePath, author: author).run(resolving: resolutions) }
  }

  /// Whether the folder or one above it holds a `.git` (a folder, or a file in a linked work tree).
  static func isInGitRepository(_ path: String) -> Bool {
    var folder = URL(fileURLWithPath: path).standardizedFileURL
    while true {
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) { return true }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { return false }
      folder = parent
    }
  }
}
