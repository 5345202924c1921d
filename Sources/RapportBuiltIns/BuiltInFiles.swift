/// The files Rapport ships, built into the binary from `themes/` and `seeds/demo` by the
/// EmbedShippedFiles plugin; the generated extension defines `themes` and `demoStore`.
public enum BuiltInFiles {}

/// One shipped file: its name in its folder and its whole text.
public struct BuiltInFile: Sendable, Equatable {
  public let name: String
  public let text: String

  public init(name: String, text: String) {
    self.name = name
    self.text = text
  }
}

extension [BuiltInFile] {
  /// The file with this name, if there is one.
  public subscript(named name: String) -> BuiltInFile? {
    first { $0.name == name }
  }
}
