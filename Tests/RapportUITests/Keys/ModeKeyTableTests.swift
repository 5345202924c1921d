import Testing

@testable import RapportUI

/// Each mode's handling comes from its key table: a key the table leaves out changes nothing
/// on screen (at most the status line says it has no action), in every mode.
@Suite struct ModeKeyTableTests {
  /// Every key the terminal can send, and a mouse action of each kind over the accounts pane.
  static let keys: [Key] = {
    var keys: [Key] = [
      .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab, .backspace,
      .delete,
    ]
    keys += (1...12).map(Key.function)
    keys += "abcdefghijklmnopqrstuvwxyz".map(Key.control)
    keys += (32...126).map { Key.character(Character(Unicode.Scalar(UInt8($0)))) } + ["é", "한"].map(Key.character)
    keys += [MouseEvent.Action.press, .wheelUp, .wheelDown].map { Key.mouse(MouseEvent($0, x: 10, y: 5)) }
    return keys
  }()

  /// The keys that lead into each mode from a new dashboard, and whether a table binds a key there.
  static let modes: [(name: String, keys: [Key], binds: @Sendable (Key) -> Bool)] = [
    ("normal", [], { KeyMap.normal.action(for: $0) != nil }),
    ("filter", [.character("/")], { KeyMap.filter.action(for: $0) != nil }),
    (
      "review", [.character("r")],
      { KeyMap.review.action(for: $0) != nil || KeyMap.normal.action(for: $0) != nil }
    ),
    ("record form", [.character("d")], { KeyMap.form.action(for: $0) != nil }),
    ("edit form", [.character("2"), .character("e")], { KeyMap.form.action(for: $0) != nil }),
    ("help", [.character("?")], { KeyMap.overlay.action(for: $0) != nil }),
    ("detail", [.enter], { KeyMap.overlay.action(for: $0) != nil }),
    ("plan", [.character("o")], { KeyMap.plan.action(for: $0) != nil }),
    ("agenda", [.character("D")], { KeyMap.agenda.action(for: $0) != nil }),
  ]

  @Test(arguments: 0..<modes.count) func aKeyOutsideTheModesTableDoesNothing(_ mode: Int) throws {
    let (name, entry, binds) = ModeKeyTableTests.modes[mode]
    let dashboard = try DemoFixture.dashboard()
    for key in entry { _ = dashboard.handle(key) }
    // Every cell but the status line's (text and role), and the cursor.
    func screen() -> ([Cell], Point?) {
      let frame = dashboard.render(width: 120, height: 40)
      return (Array(frame.cells.dropLast(frame.width)), frame.cursor)
    }
    let before = screen()
    var unbound = 0
    for key in ModeKeyTableTests.keys where !binds(key) {
      unbound += 1
      #expect(dashboard.handle(key), "\(name): \(key.label) quits")
      let after = screen()
      #expect(
        after.0 == before.0 && after.1 == before.1, "\(name): \(key.label) is handled but not in the mode's key table")
      #expect(
        dashboard.message.isEmpty || dashboard.message.hasPrefix("No action on"),
        "\(name): \(key.label) said \(dashboard.message)")
    }
    #expect(unbound > 0)
  }
}
