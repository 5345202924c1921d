import CNCurses
import Foundation
import RapportCore
import RapportUI

/// The real terminal, through ncursesw: it shows frames and reads keys, and knows nothing else.
///
/// Only the cells that changed since the last frame are handed to ncurses, which in turn sends
/// the terminal only what changed on screen, so redraws never flicker.
final class CursesTerminal: Terminal {
  /// Why the terminal could not be opened, with what to do about it.
  struct OpenError: Error, CustomStringConvertible {
    var description: String
  }

  private let screen: OpaquePointer
  private var shown: Frame?
  private var looks: [StyleRole: (attributes: attr_t, pair: Int32)] = [:]
  /// How many colours the terminal has, as detected when it opened.
  let depth: ColorDepth

  /// Takes over the terminal. `theme` is drawn in colour unless `monochrome` is set or the
  /// terminal has no colours.
  init(theme: Theme, monochrome: Bool) throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw OpenError(
        description:
          "the dashboard needs a terminal; for scripts use 'rapport accounts' (or --json) and 'rapport check'")
    }
    let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
    guard !term.isEmpty, term != "dumb" else {
      throw OpenError(description: "TERM is '\(term)', which cannot show the dashboard; try TERM=xterm-256color")
    }
    try UTF8Locale.choose()
    TerminalGuard.saveTerminalModes()
    guard let screen = newterm(nil, rapport_stdout(), rapport_stdin()) else {
      throw OpenError(
        description: "the terminal type '\(term)' is unknown to ncurses; try TERM=xterm-256color")
    }
    self.screen = screen
    TerminalGuard.terminalOpened()
    raw()
    noecho()
    nonl()
    keypad(rapport_stdscr(), true)
    wtimeout(rapport_stdscr(), CursesTerminal.idleAfter)
    curs_set(0)
    set_escdelay(25)
    mouseinterval(0)
    mousemask(rapport_all_mouse_events(), nil)

    var depth = ColorDepth.none
    if !monochrome, has_colors() {
      start_color()
      use_default_colors()
      depth = ColorDepth(colors: Int(rapport_colors()))
    }
    self.depth = depth
    for (role, style) in theme.resolved(for: depth) {
      var attributes = rapport_a_normal()
      if style.bold { attributes |= rapport_a_bold() }
      if style.underline { attributes |= rapport_a_underline() }
      if style.reverse { attributes |= rapport_a_reverse() }
      if style.dim { attributes |= rapport_a_dim() }
      var pair: Int32 = 0
      if depth != .none, style.foreground != -1 || style.background != -1 {
        pair = max(0, alloc_pair(Int32(style.foreground), Int32(style.background)))
      }
      looks[role] = (attributes, pair)
    }
  }

  /// Gives the terminal back as it was.
  func close() {
    endwin()
    delscreen(screen)
    TerminalGuard.terminalClosed()
  }

  var size: (width: Int, height: Int) { (Int(rapport_cols()), Int(rapport_lines())) }

  /// How long `readKey` waits before it answers `.idle`, in milliseconds.
  private static let idleAfter: Int32 = 2000

  func readKey() -> Key? {
    while true {
      var code: wint_t = 0
      let status = get_wch(&code)
      if status == ERR {
        if errno == EINTR { continue }
        // The wait ran out, unless the terminal has gone.
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        if poll(&input, 1, 0) >= 0, input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) == 0 { return .idle }
        return nil
      }
      if status == KEY_CODE_YES {
        if let key = functionKey(Int32(code)) { return key }
        continue
      }
      switch code {
      case 26:
        suspend()
        return .resize
      case 12:
        clearok(rapport_stdscr(), true)
        return .resize
      case 9: return .tab
      case 13: return .enter
      case 10: return .control("j")
      case 27:
        if let key = escapeSequence() { return key }
        continue
      case 8, 127: return .backspace
      case 1...26: return .control(Character(UnicodeScalar(UInt8(code) + 96)))
      default:
        // Other controls (Ctrl-\, Ctrl-], C1 codes, a pasted bidi override) are no keys and
        // no text to type.
        guard let scalar = UnicodeScalar(UInt32(code)), !InertText.isActive(scalar) else { continue }
        return .character(Character(scalar))
      }
    }
  }

  private func functionKey(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_BTAB: return .backTab
    case KEY_RESIZE:
      shown = nil
      return .resize
    case KEY_MOUSE: return mouse()
    case rapport_key_f(1)...rapport_key_f(12): return .function(Int(code - rapport_key_f(0)))
    default: return nil
    }
  }

  /// Esc alone, or the rest of a sequence the terminal's description lacks: tmux and screen
  /// send `ESC [1~` and `ESC [4~` for Home and End even under TERM=xterm-256color. Those and
  /// their kin are recognised; any other sequence is dropped (nil) rather than typed as text.
  private func escapeSequence() -> Key? {
    let window = rapport_stdscr()
    wtimeout(window, 0)
    defer { wtimeout(window, CursesTerminal.idleAfter) }
    var code: wint_t = 0
    guard get_wch(&code) == OK else { return .escape }
    if code == 13 { return .control("j") }  // Alt-Enter: a new line in a text field
    guard code == 0x5B || code == 0x4F else {  // `[` or `O`
      unget_wch(wchar_t(bitPattern: UInt32(code)))
      return .escape
    }
    var parameters = ""
    while get_wch(&code) == OK {
      switch code {
      case 0x30...0x3F: parameters.unicodeScalars.append(UnicodeScalar(UInt8(code)))
      case 0x20...0x2F: continue
      default:
        switch (code, parameters) {
        case (0x7E, "1"), (0x7E, "7"), (0x48, _): return .home  // `~`, `H`
        case (0x7E, "4"), (0x7E, "8"), (0x46, _): return .end  // `~`, `F`
        case (0x7E, "3"): return .delete
        case (0x7E, "5"): return .pageUp
        case (0x7E, "6"): return .pageDown
        case (0x41, _): return .up
        case (0x42, _): return .down
        case (0x43, _): return .right
        case (0x44, _): return .left
        case (0x5A, _): return .backTab  // `Z`
        default: return nil
        }
      }
    }
    return nil
  }

  private func mouse() -> Key? {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return nil }
    let (x, y) = (Int(event.x), Int(event.y))
    if event.bstate & rapport_button4_pressed() != 0 { return .mouse(MouseEvent(.wheelUp, x: x, y: y)) }
    if event.bstate & rapport_button5_pressed() != 0 { return .mouse(MouseEvent(.wheelDown, x: x, y: y)) }
    if event.bstate & (rapport_button1_pressed() | rapport_button1_clicked()) != 0 {
      return .mouse(MouseEvent(.press, x: x, y: y))
    }
    return nil
  }

  /// Ctrl-Z: hands the terminal back to the shell until the job is resumed.
  private func suspend() {
    endwin()
    kill(getpid(), SIGTSTP)
    shown = nil
    refresh()
  }

  func draw(_ frame: Frame) {
    let window = rapport_stdscr()
    let previous = shown.flatMap { $0.width == frame.width && $0.height == frame.height ? $0 : nil }
    if previous == nil { werase(window) }
    for y in 0..<frame.height {
      // Redraw the span from the first to the last changed cell, so wide characters that
      // appear or vanish never leave half a glyph behind.
      var first = 0
      var last = frame.width - 1
      if let previous {
        while first < frame.width, frame[first, y] == previous[first, y] { first += 1 }
        if first == frame.width { continue }
        while last > first, frame[last, y] == previous[last, y] { last -= 1 }
        while first > 0, frame[first, y].isContinuation { first -= 1 }
      }
      for x in first...last {
        let cell = frame[x, y]
        if cell.isContinuation { continue }
        // The bottom-right cell cannot be written without scrolling on some terminals.
        if y == frame.height - 1, x == frame.width - 1 { continue }
        put(cell, x: x, y: y, in: window)
      }
    }
    if let cursor = frame.cursor {
      wmove(window, Int32(cursor.y), Int32(cursor.x))
      curs_set(1)
    } else {
      curs_set(0)
    }
    wnoutrefresh(window)
    doupdate()
    shown = frame
  }

  private func put(_ cell: Cell, x: Int, y: Int, in window: UnsafeMutablePointer<WINDOW>?) {
    let look = looks[cell.role] ?? (rapport_a_normal(), 0)
    var characters = cell.text.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
    characters.append(0)
    var pair = look.pair
    var value = cchar_t()
    setcchar(&value, characters, look.attributes, 0, &pair)
    mvwadd_wch(window, Int32(y), Int32(x), &value)
  }
}
