/// A key press or mouse action, independent of the terminal library that read it.
public enum Key: Hashable, Sendable {
  case character(Character)
  /// Ctrl and a letter, e.g. `.control("c")`.
  case control(Character)
  case up, down, left, right, pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace, delete
  case function(Int)
  case mouse(MouseEvent)
  /// Text pasted in one piece (a bracketed paste), exactly as it came: control characters and
  /// escape sequences included, so that a form can say which it holds rather than lose them.
  case paste(String)
  /// The terminal changed size.
  case resize
  /// No key for a while: a moment to look for changes on disk.
  case idle

  /// How the help screen and the README write this key.
  public var label: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let c): return String(c)
    case .control(let c): return "Ctrl-\(c.uppercased())"
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .backspace: return "Backspace"
    case .delete: return "Del"
    case .function(let n): return "F\(n)"
    case .mouse: return "mouse"
    case .paste: return "paste"
    case .resize: return "resize"
    case .idle: return "idle"
    }
  }
}

/// A mouse action at a cell.
public struct MouseEvent: Hashable, Sendable {
  public enum Action: Hashable, Sendable { case press, wheelUp, wheelDown }

  public var action: Action
  public var x: Int
  public var y: Int

  public init(_ action: Action, x: Int, y: Int) {
    self.action = action
    self.x = x
    self.y = y
  }
}
