/// What the event loop needs from a terminal: its size, keys, and a way to show a frame.
public protocol Terminal: AnyObject {
  /// Columns and rows.
  var size: (width: Int, height: Int) { get }
  /// Waits for the next key, or `.idle` after a while without one; nil when input has ended.
  func readKey() -> Key?
  /// Shows a frame, changing only what differs from the one shown before.
  func draw(_ frame: Frame)
}
