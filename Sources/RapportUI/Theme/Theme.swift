import TOMLKit

/// A colour as a theme file writes it.
public enum ThemeColor: Hashable, Sendable {
  /// The terminal's own foreground or background.
  case terminalDefault
  /// One of the 16 ANSI colours (0-7 normal, 8-15 bright).
  case ansi(Int)
  /// One of the 256 xterm palette entries.
  case indexed(Int)
  case rgb(UInt8, UInt8, UInt8)

  static let names = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
  ]

  /// Parses `default`, a colour name (`red`, `bright-red`), `#rrggbb`, or a palette index 0-255.
  init?(_ text: String) {
    let lower = text.lowercased()
    if lower == "default" {
      self = .terminalDefault
    } else if let n = ThemeColor.names.firstIndex(of: lower) {
      self = .ansi(n)
    } else if lower.hasPrefix("bright-"), let n = ThemeColor.names.firstIndex(of: String(lower.dropFirst(7))) {
      self = .ansi(n + 8)
    } else if lower.hasPrefix("#"), lower.count == 7, let v = UInt32(lower.dropFirst(), radix: 16) {
      self = .rgb(UInt8(v >> 16), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF))
    } else if let n = Int(lower), (0...255).contains(n) {
      self = .indexed(n)
    } else {
      return nil
    }
  }
}

/// How many colours a terminal can show.
public enum ColorDepth: Int, Comparable, Sendable {
  case none = 0
  case eight = 8
  case sixteen = 16
  case palette256 = 256
  case direct = 16_777_216

  public static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }

  /// The depth for a terminal reporting `colors` colours.
  public init(colors: Int) {
    switch colors {
    case ..<8: self = .none
    case 8..<16: self = .eight
    case 16..<256: self = .sixteen
    case 256..<16_777_216: self = .palette256
    default: self = .direct
    }
  }
}

/// A role's look as a theme gives it.
public struct Style: Hashable, Sendable {
  public var foreground: ThemeColor
  public var background: ThemeColor
  public var bold: Bool
  public var underline: Bool
  public var reverse: Bool
  public var dim: Bool

  public init(
    foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault, bold: Bool = false,
    underline: Bool = false, reverse: Bool = false, dim: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.underline = underline
    self.reverse = reverse
    self.dim = dim
  }
}

/// A style reduced to what a terminal can show: colour numbers (-1 for the default) and attributes.
public struct ResolvedStyle: Hashable, Sendable {
  public var foreground: Int
  public var background: Int
  public var bold: Bool
  public var underline: Bool
  public var reverse: Bool
  public var dim: Bool
}

/// A set of styles for every role, read from a TOML file in `themes/`.
///
/// ```toml
/// name = "dark"
/// [roles]
/// normal = { fg = "default", bg = "default" }
/// selected = { fg = "black", bg = "#5fafff", bold = true }
/// ```
/// Roles a theme leaves out look like `normal`. `[mono]` gives attributes used when the terminal
/// has no colours (or `NO_COLOR` is set), so that a colourless screen still shows selection.
public struct Theme: Sendable {
  public var name: String
  /// Styles for 256-colour and true-colour terminals (`[roles]`).
  public var styles: [StyleRole: Style]
  /// Optional styles for 8- and 16-colour terminals (`[basic]`); other roles reduce `[roles]`.
  public var basic: [StyleRole: Style]
  /// Attributes without colour (`[mono]`), for `NO_COLOR` and colourless terminals.
  public var monochrome: [StyleRole: Style]

  /// Why a theme file could not be used, with its location when known.
  public struct LoadError: Error, CustomStringConvertible {
    public var description: String
  }

  /// The `[mono]` styles of a theme file that has none: attributes every terminal can show.
  static let defaultMonochrome: [StyleRole: Style] = [
    .selected: Style(reverse: true), .selectedUnfocused: Style(underline: true), .titleFocused: Style(bold: true),
    .header: Style(bold: true), .statusBar: Style(reverse: true), .statusKey: Style(bold: true, reverse: true),
    .overlayTitle: Style(bold: true), .error: Style(bold: true), .negative: Style(bold: true),
    .withdrawal: Style(bold: true), .danger: Style(bold: true), .dim: Style(dim: true),
    .match: Style(underline: true),
    .search: Style(underline: true),
  ]

  /// Parses a theme file's text; `file` names it in errors.
  public init(toml text: String, file: String) throws {
    let table: TOMLTable
    do {
      table = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      throw LoadError(
        description: "\(file):\(error.source.begin.line):\(error.source.begin.column): \(error.description)")
    }
    for key in table.keys where !["name", "description", "roles", "basic", "mono"].contains(key) {
      throw LoadError(
        description: "\(file): unknown section '\(key)'; a theme has name, description, [roles], [basic], [mono]")
    }
    name = table["name"]?.string ?? ""
    styles = try Theme.section(table["roles"]?.table, file: file, section: "roles")
    basic = try Theme.section(table["basic"]?.table, file: file, section: "basic")
    monochrome = try Theme.section(table["mono"]?.table, file: file, section: "mono")
    if monochrome.isEmpty { monochrome = Theme.defaultMonochrome }
  }

  private static func section(_ table: TOMLTable?, file: String, section: String) throws -> [StyleRole: Style] {
    guard let table else { return [:] }
    var styles: [StyleRole: Style] = [:]
    for key in table.keys {
      guard let role = StyleRole(rawValue: key) else {
        let known = StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
        throw LoadError(description: "\(file): unknown role '\(section).\(key)'; roles are: \(known)")
      }
      guard let entry = table[key]?.table else {
        throw LoadError(description: "\(file): '\(section).\(key)' should be a table such as { fg = \"red\" }")
      }
      var style = Style()
      for field in entry.keys {
        let value = entry[field]!
        switch field {
        case "fg", "bg":
          guard let text = value.string ?? value.int.map(String.init), let color = ThemeColor(text) else {
            throw LoadError(
              description:
                "\(file): '\(section).\(key).\(field)' is not a colour: use default, a name such as red or bright-red, #rrggbb, or 0-255"
            )
          }
          if field == "fg" { style.foreground = color } else { style.background = color }
        case "bold", "underline", "reverse", "dim":
          guard let flag = value.bool else {
            throw LoadError(description: "\(file): '\(section).\(key).\(field)' should be true or false")
          }
          switch field {
          case "bold": style.bold = flag
          case "underline": style.underline = flag
          case "reverse": style.reverse = flag
          default: style.dim = flag
          }
        default:
          throw LoadError(
            description:
              "\(file): unknown setting '\(section).\(key).\(field)'; use fg, bg, bold, underline, reverse, dim")
        }
      }
      styles[role] = style
    }
    return styles
  }

  /// Every role's style reduced to what a terminal of `depth` can show; `.none` gives `[mono]`.
  public func resolved(for depth: ColorDepth) -> [StyleRole: ResolvedStyle] {
    var out: [StyleRole: ResolvedStyle] = [:]
    for role in StyleRole.allCases {
      // A theme without colours (monochrome) looks the same everywhere.
      if depth == .none || styles.isEmpty {
        let s = monochrome[role] ?? Style()
        out[role] = ResolvedStyle(
          foreground: -1, background: -1, bold: s.bold, underline: s.underline, reverse: s.reverse, dim: s.dim)
      } else {
        let few = depth < .palette256 ? basic[role] : nil
        let s = few ?? styles[role] ?? styles[.normal] ?? Style()
        var style = ResolvedStyle(
          foreground: Theme.reduce(s.foreground, to: depth), background: Theme.reduce(s.background, to: depth),
          bold: s.bold, underline: s.underline, reverse: s.reverse, dim: s.dim)
        // Two colours that became one would hide the text: show it reversed on that colour.
        if style.foreground != -1, style.foreground == style.background {
          style.background = -1
          style.reverse.toggle()
        }
        out[role] = style
      }
    }
    return out
  }

  /// The nearest colour number a terminal of `depth` has; -1 is the terminal's default.
  /// Direct-colour terminals take `0xRRGGBB` as the number.
  public static func reduce(_ color: ThemeColor, to depth: ColorDepth) -> Int {
    switch color {
    case .terminalDefault: return -1
    case .ansi(let n): return depth >= .sixteen ? n : n % 8
    case .indexed(let n):
      if depth >= .palette256 { return n }
      let (r, g, b) = paletteRGB(n)
      return nearestANSI(r, g, b, count: depth >= .sixteen ? 16 : 8)
    case .rgb(let r, let g, let b):
      switch depth {
      case .direct: return Int(r) << 16 | Int(g) << 8 | Int(b)
      case .palette256: return nearest256(Int(r), Int(g), Int(b))
      case .sixteen: return nearestANSI(Int(r), Int(g), Int(b), count: 16)
      default: return nearestANSI(Int(r), Int(g), Int(b), count: 8)
      }
    }
  }

  private static let ansiRGB: [(Int, Int, Int)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
    (255, 255, 255),
  ]

  private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
    let dr = a.0 - b.0
    let dg = a.1 - b.1
    let db = a.2 - b.2
    return 2 * dr * dr + 4 * dg * dg + 3 * db * db
  }

  private static func nearestANSI(_ r: Int, _ g: Int, _ b: Int, count: Int) -> Int {
    var best = 0
    var bestDistance = Int.max
    for i in 0..<count {
      let d = distance((r, g, b), ansiRGB[i])
      if d < bestDistance {
        best = i
        bestDistance = d
      }
    }
    return best
  }

  private static let cubeLevels = [0, 95, 135, 175, 215, 255]

  /// The xterm-256 entry closest to an RGB colour: the 6x6x6 cube or the grey ramp.
  static func nearest256(_ r: Int, _ g: Int, _ b: Int) -> Int {
    func level(_ v: Int) -> Int { v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40 }
    let (lr, lg, lb) = (level(r), level(g), level(b))
    let cube = 16 + 36 * lr + 6 * lg + lb
    let cubeRGB = (cubeLevels[lr], cubeLevels[lg], cubeLevels[lb])
    let average = (r + g + b) / 3
    let greyIndex = average > 238 ? 23 : max(0, (average - 3) / 10)
    let greyValue = 8 + 10 * greyIndex
    let grey = 232 + greyIndex
    return distance((r, g, b), (greyValue, greyValue, greyValue)) < distance((r, g, b), cubeRGB) ? grey : cube
  }

  static func paletteRGB(_ n: Int) -> (Int, Int, Int) {
    if n < 16 { return ansiRGB[n] }
    if n >= 232 {
      let v = 8 + 10 * (n - 232)
      return (v, v, v)
    }
    let i = n - 16
    return (cubeLevels[i / 36], cubeLevels[(i / 6) % 6], cubeLevels[i % 6])
  }
}
