/// What a line of a key table matches: one key, any character typed, or a mouse action.
public enum KeyPattern: Hashable, Sendable {
  case key(Key)
  /// Any character typed that the table binds to nothing else.
  case anyCharacter
  case mouse(MouseEvent.Action)

  /// How the help screen and the README write it.
  public var label: String {
    switch self {
    case .key(let key): return key.label
    case .anyCharacter: return "characters"
    case .mouse(.press): return "click"
    case .mouse: return "wheel"
    }
  }
}

/// One line of a mode's key table: the keys, what they do, and the help's words for it.
public struct KeyBinding<Action: Hashable & Sendable>: Sendable {
  public var keys: [KeyPattern]
  public var action: Action
  public var summary: String
  /// The heading the line is listed under.
  public var section: String
  /// A word or two for the status line and the review card, e.g. "deposit".
  public var hint: String?

  /// The keys' labels as the help shows them (a label said once: "wheel", not "wheel wheel").
  public var label: String {
    var labels: [String] = []
    for key in keys where !labels.contains(key.label) { labels.append(key.label) }
    return labels.joined(separator: " ")
  }
}

/// A mode's keys: the single source of its handling, its lines in the `?` help, `rapport keys`
/// and the README. A key bound twice keeps its first action and is listed in `duplicates`,
/// which a test checks, rather than stopping the program.
public struct KeyTable<Action: Hashable & Sendable>: Sendable {
  /// The mode's name, as the help and the README head its keys.
  public let mode: String
  public let bindings: [KeyBinding<Action>]
  /// Keys bound more than once, in the order they were met.
  public let duplicates: [KeyPattern]
  private let table: [KeyPattern: Action]

  init(mode: String, _ bindings: [KeyBinding<Action>]) {
    self.mode = mode
    self.bindings = bindings
    var table: [KeyPattern: Action] = [:]
    var duplicates: [KeyPattern] = []
    for binding in bindings {
      for key in binding.keys {
        if table[key] != nil { duplicates.append(key) } else { table[key] = binding.action }
      }
    }
    self.table = table
    self.duplicates = duplicates
  }

  /// The action of a key in this mode, if it has one.
  public func action(for key: Key) -> Action? {
    if let action = table[.key(key)] { return action }
    switch key {
    case .character, .paste: return table[.anyCharacter]
    case .mouse(let event): return table[.mouse(event.action)]
    default: return nil
    }
  }

  /// The first key bound to an action, as a label for hints.
  public func label(_ action: Action) -> String {
    bindings.first { $0.action == action }?.keys.first?.label ?? ""
  }

  /// The status line's or the card's hint for an action: its first key and its word.
  func hint(_ action: Action) -> (key: String, word: String) {
    let binding = bindings.first { $0.action == action }
    return (binding?.keys.first?.label ?? "", binding?.hint ?? "")
  }

  /// The table as the help lists it: each section with its lines' keys and summaries.
  public var listing: [KeyListing] {
    var sections: [String] = []
    for binding in bindings where !sections.contains(binding.section) { sections.append(binding.section) }
    return sections.map { section in
      KeyListing(
        title: section,
        entries: bindings.filter { $0.section == section }.map { (keys: $0.label, summary: $0.summary) })
    }
  }

  /// The table in Markdown, headed by the mode's name.
  public var markdown: String {
    var out = "#### \(mode)\n\n| keys | action |\n|---|---|\n"
    for binding in bindings {
      var labels: [String] = []
      for key in binding.keys where !labels.contains(key.label) { labels.append(key.label) }
      out += "| \(labels.map { "`\($0)`" }.joined(separator: " ")) | \(binding.summary) |\n"
    }
    return out
  }
}

/// A heading of the key listing and its lines.
public struct KeyListing: Sendable {
  public var title: String
  public var entries: [(keys: String, summary: String)]
}

/// Shorthand for the tables: `bind([.down, .character("j")], .down, "Move down", in: "Move")`.
func bind<Action>(
  _ keys: [Key], _ action: Action, _ summary: String, in section: String, hint: String? = nil
) -> KeyBinding<Action> {
  KeyBinding(keys: keys.map(KeyPattern.key), action: action, summary: summary, section: section, hint: hint)
}

func bind<Action>(
  patterns keys: [KeyPattern], _ action: Action, _ summary: String, in section: String, hint: String? = nil
) -> KeyBinding<Action> {
  KeyBinding(keys: keys, action: action, summary: summary, section: section, hint: hint)
}
