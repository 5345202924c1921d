import RapportCore

/// What a cell means, not how it looks: a theme turns roles into colours and attributes.
public enum StyleRole: String, CaseIterable, Sendable, Codable {
  case normal, dim, border, title, titleFocused, header, selected, selectedUnfocused
  case positive, negative, warning, danger, accent, tierA, tierB, tierC
  case deposit, withdrawal, favour, chartBalance, chartDecayed, axis
  case statusBar, statusKey, message, error, overlay, overlayTitle, search, match
}

/// One terminal cell: a grapheme cluster (or nothing, to the right of a wide one) and its role.
public struct Cell: Hashable, Sendable {
  public var text: String
  public var role: StyleRole
  /// True for the second column of a two-column character.
  public var isContinuation: Bool

  public static let blank = Cell(text: " ", role: .normal, isContinuation: false)
}

/// A rectangle of cells: everything a user can see, produced in memory so that it can be tested
/// as text and drawn by any terminal.
public struct Frame: Sendable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]
  /// Where the terminal's cursor shows, in a field being typed into; hidden when nil.
  public var cursor: Point?

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

  /// Writes `text` from column `x` on row `y`, clipped to `limit` columns (and the frame's edge).
  /// Wide characters that do not fit whole are not drawn. Returns the columns used.
  ///
  /// Text comes from the store, which others may write to, so a character that a terminal would
  /// act on (a C0 or C1 control, DEL, a bidi embedding, override or isolate) is drawn as what
  /// `InertText` shows for it, e.g. `\e` or `<U+202E>`, a tab as a space and a line break as
  /// `⏎` (`DisplayWidth.lineBreak`): text of several lines drawn on one row; `DisplayWidth`
  /// counts the same columns, so layouts stay aligned.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole, limit: Int = .max) -> Int {
    guard y >= 0, y < height, x < width else { return 0 }
    let end = min(width, x.addingReportingOverflow(limit).overflow ? width : x + limit)
    var column = x
    for character in text {
      if DisplayWidth.isActive(character) {
        for shown in DisplayWidth.shown(character) {
          guard put(shown, at: &column, from: x, end: end, y: y, role: role) else { return column - x }
        }
      } else {
        guard put(character, at: &column, from: x, end: end, y: y, role: role) else { break }
      }
    }
    return column - x
  }

  /// Writes one character at `column` and moves past it; false when it does not fit before `end`.
  private mutating func put(
    _ character: Character, at column: inout Int, from x: Int, end: Int, y: Int, role: StyleRole
  ) -> Bool {
    let w = DisplayWidth.of(character)
    if w == 0 {
      // Combining marks join the previous cell.
      if column > x, column - 1 >= 0, column - 1 < width {
        var previous = column - 1
        if cells[y * width + previous].isContinuation { previous -= 1 }
        if previous >= 0 { cells[y * width + previous].text.append(character) }
      }
      return true
    }
    if column + w > end { return false }
    if column >= 0 {
      clearWide(at: column, y: y)
      cells[y * width + column] = Cell(text: String(character), role: role, isContinuation: false)
      if w == 2 {
        clearWide(at: column + 1, y: y)
        cells[y * width + column + 1] = Cell(text: "", role: role, isContinuation: true)
      }
    }
    column += w
    return true
  }

  /// Keeps a wide character from being half overwritten: blanks its other half.
  private mutating func clearWide(at x: Int, y: Int) {
    let index = y * width + x
    if cells[index].isContinuation, x > 0 {
      cells[index - 1] = Cell(text: " ", role: cells[index - 1].role, isContinuation: false)
    } else if x + 1 < width, cells[index + 1].isContinuation {
      cells[index + 1] = Cell(text: " ", role: cells[index].role, isContinuation: false)
    }
  }

  /// Fills a rectangle with blanks of a role.
  public mutating func fill(_ rect: Rect, role: StyleRole) {
    let r = rect.clipped(to: Rect(x: 0, y: 0, width: width, height: height))
    guard r.width > 0, r.height > 0 else { return }
    for y in r.y..<(r.y + r.height) {
      for x in r.x..<(r.x + r.width) {
        clearWide(at: x, y: y)
        cells[y * width + x] = Cell(text: " ", role: role, isContinuation: false)
      }
    }
  }

  /// Changes the role of cells in a rectangle, keeping their text (a selection bar).
  public mutating func paint(_ rect: Rect, role: StyleRole) {
    let r = rect.clipped(to: Rect(x: 0, y: 0, width: width, height: height))
    guard r.width > 0, r.height > 0 else { return }
    for y in r.y..<(r.y + r.height) {
      for x in r.x..<(r.x + r.width) { cells[y * width + x].role = role }
    }
  }

  /// The text of each row, trailing spaces removed: what a snapshot compares.
  public var lines: [String] {
    (0..<height).map { y in
      var line = ""
      for x in 0..<width {
        let cell = cells[y * width + x]
        if !cell.isContinuation { line += cell.text }
      }
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  /// The text of the frame, one row per line.
  public var text: String { lines.joined(separator: "\n") }
}

/// A rectangle in cells.
public struct Rect: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public func contains(x px: Int, y py: Int) -> Bool {
    px >= x && px < x + width && py >= y && py < y + height
  }

  public func clipped(to bounds: Rect) -> Rect {
    let left = max(x, bounds.x)
    let top = max(y, bounds.y)
    let right = min(x + width, bounds.x + bounds.width)
    let bottom = min(y + height, bounds.y + bounds.height)
    return Rect(x: left, y: top, width: right - left, height: bottom - top)
  }

  /// The rectangle inside a one-cell border.
  public var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }
}

/// A cell's position.
public struct Point: Hashable, Sendable {
  public var x: Int
  public var y: Int

  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }
}
