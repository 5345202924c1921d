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
  /// The frame on screen, or nil when the screen must be drawn whole (after a resize or a
  /// suspension).
  var shown: Frame?
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
    CursesTerminal.bracketPastes(true)

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
    CursesTerminal.bracketPastes(false)
    delscreen(screen)
    TerminalGuard.terminalClosed()
  }

  /// Asks the terminal to mark the start and end of pasted text (`ESC [200~` … `ESC [201~`), so
  /// that a paste is read as one piece of text, escape sequences and all, and not as keys; or
  /// stops asking. Terminals that do not know the mode ignore it.
  static func bracketPastes(_ on: Bool) {
    let sequence = on ? "\u{1B}[?2004h" : "\u{1B}[?2004l"
    _ = sequence.utf8CString.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count - 1) }
  }

  var size: (width: Int, height: Int) { (Int(rapport_cols()), Int(rapport_lines())) }

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
    // The whole cluster in one cell (see `CellGlyph`): setcchar alone would stop at a ZWJ
    // sequence's second emoji and leave a joiner that makes the terminal swallow the next cell.
    let characters = CellGlyph.scalars(cell.text).map { wchar_t(bitPattern: $0.value) }
    var value = cchar_t()
    guard rapport_set_cluster(&value, characters, Int32(characters.count), look.attributes, look.pair) == OK else {
      return
    }
    mvwadd_wch(window, Int32(y), Int32(x), &value)
  }
}
