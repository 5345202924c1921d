/// What the event loop needs from a terminal: its size, keys, and a way to show a frame.
public protocol Terminal: AnyObject {
  /// Columns and rows.
  var size: (width: Int, height: Int) { get }
  /// Waits for the next key, or `.idle` after a while without one; nil when input has ended.
  func readKey() -> Key?
  /// Shows a frame, changing only what differs from the one shown before.
  func draw(_ frame: Frame)
  /// Does what a key of the "Everywhere" table asks of the terminal itself: redraw the whole
  /// screen, or hand it to the shell until the job is resumed.
  func perform(_ action: TerminalAction)
}
