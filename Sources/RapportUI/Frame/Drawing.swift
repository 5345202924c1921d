import RapportCore

/// Drawing helpers shared by the panes.
extension Frame {
  /// A single-line box with a title in its top border.
  mutating func box(_ rect: Rect, title: String, focused: Bool) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let border: StyleRole = focused ? .titleFocused : .border
    let right = rect.x + rect.width - 1
    let bottom = rect.y + rect.height - 1
    put("┌" + String(repeating: "─", count: rect.width - 2) + "┐", x: rect.x, y: rect.y, role: border)
    for y in (rect.y + 1)..<bottom {
      put("│", x: rect.x, y: y, role: border)
      put("│", x: right, y: y, role: border)
    }
    put("└" + String(repeating: "─", count: rect.width - 2) + "┘", x: rect.x, y: bottom, role: border)
    if rect.width > 6 {
      put(
        " " + DisplayWidth.truncate(title, to: rect.width - 6) + " ", x: rect.x + 2, y: rect.y,
        role: focused ? .titleFocused : .title)
    }
  }
}

extension Frame {
  /// Where a list stands, e.g. `12/240`, on a box's bottom border at the right, as the help and
  /// the review show theirs; nothing when the border has no room for it.
  mutating func scrollPosition(_ text: String, in rect: Rect) {
    let width = DisplayWidth.of(text)
    guard rect.height >= 2, width + 6 <= rect.width else { return }
    put(" \(text) ", x: rect.x + rect.width - width - 4, y: rect.y + rect.height - 1, role: .dim)
  }
}

/// Formats a computed amount (a decayed balance, a ratio) with at most one decimal: `41`, `-2.5`.
/// Exact amounts in hundredths use `Weight.format`.
func amount(_ value: Double) -> String { Weight.format(oneDecimal: value) }
