import CNCurses
import Foundation
import RapportCore
import RapportUI

/// Reading keys: ncurses' key codes, the escape sequences its terminal description lacks, the
/// mouse, and Ctrl-Z and Ctrl-L, which the terminal handles itself.
extension CursesTerminal {
  /// How long `readKey` waits before it answers `.idle`, in milliseconds.
  static let idleAfter: Int32 = 2000

  /// The next key, `.idle` after `idleAfter` without one, or nil when the terminal has gone.
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
      case 9: return .tab
      case 13: return .enter
      case 10: return .control("j")
      case 27:
        if let key = escapeSequence() { return key }
        continue
      case 8, 127: return .backspace
      case 1...26: return .control(Character(UnicodeScalar(UInt8(code) + 96)))
      case 0..<32: continue  // Ctrl-\, Ctrl-], Ctrl-^, Ctrl-_: no keys
      default:
        // A C1 control or a bidi override comes as text, for a form to refuse by name at its
        // field; the frame shows it as text.
        guard let scalar = UnicodeScalar(UInt32(code)) else { continue }
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
        case (0x7E, "200"): return pasted()
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

  /// The text of a bracketed paste, up to the `ESC [201~` that ends it, read as it came: the
  /// keypad's translation is off meanwhile, so that an escape sequence in the text stays text.
  /// The line breaks a terminal sends as CR are line feeds again.
  private func pasted() -> Key {
    let window = rapport_stdscr()
    keypad(window, false)
    wtimeout(window, 500)  // A long paste comes in pieces.
    defer { keypad(window, true) }
    let end: [Unicode.Scalar] = ["\u{1B}", "[", "2", "0", "1", "~"]
    var scalars: [Unicode.Scalar] = []
    var code: wint_t = 0
    while get_wch(&code) != ERR {
      guard let scalar = UnicodeScalar(UInt32(code)) else { continue }
      scalars.append(scalar)
      if scalar == "~", scalars.count >= end.count, scalars[(scalars.count - end.count)...].elementsEqual(end) {
        scalars.removeLast(end.count)
        break
      }
    }
    var text = String(String.UnicodeScalarView(scalars))
    text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    return .paste(text)
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

  /// Ctrl-L redraws the whole screen; Ctrl-Z hands the terminal to the shell until the job is
  /// resumed.
  func perform(_ action: TerminalAction) {
    switch action {
    case .redraw:
      clearok(rapport_stdscr(), true)
    case .suspend:
      endwin()
      CursesTerminal.bracketPastes(false)
      kill(getpid(), SIGTSTP)
      CursesTerminal.bracketPastes(true)
      shown = nil
      refresh()
    }
  }
}
