/// A problem with a file or the environment rather than with the command line: printed as
/// `Error: …` without the usage text.
struct Problem: Error, CustomStringConvertible {
  var description: String

  init(_ description: String) { self.description = description }
}
