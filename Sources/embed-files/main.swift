import Foundation

// Writes a Swift source that holds text files' contents, for the EmbedShippedFiles plugin:
//
//   embed-files OUTPUT [--group NAME FOLDER SUFFIX]...
//
// Each group becomes `public static let NAME: [BuiltInFile]` in an extension of `BuiltInFiles`,
// with the files of FOLDER whose names end with SUFFIX, by name. A file that is not UTF-8 text
// is an error.

/// `text` as the body of a multi-line string literal that evaluates to exactly `text`.
func literalBody(_ text: String) -> String {
  var body = ""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\\": body += "\\\\"
    case "\"": body += "\\\""
    case "\n": body += "\n"
    case "\t": body += "\\t"
    case "\r": body += "\\r"
    default:
      switch scalar.properties.generalCategory {
      case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned:
        body += "\\u{\(String(scalar.value, radix: 16))}"
      default:
        body.unicodeScalars.append(scalar)
      }
    }
  }
  return body
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("embed-files: error: \(message)\n".utf8))
  exit(1)
}

var arguments = Array(CommandLine.arguments.dropFirst())
let usage = "usage: embed-files OUTPUT [--group NAME FOLDER SUFFIX]..."
guard arguments.count % 4 == 1 else { fail(usage) }
let output = arguments.removeFirst()
var groups: [(name: String, files: [String])] = []
while !arguments.isEmpty {
  guard arguments.removeFirst() == "--group" else { fail(usage) }
  let (name, folder, suffix) = (arguments[0], arguments[1], arguments[2])
  arguments.removeFirst(3)
  guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { fail("cannot list \(folder)") }
  groups.append((name, names.filter { $0.hasSuffix(suffix) }.sorted().map { "\(folder)/\($0)" }))
}

var source = """
  // Generated at build time by embed-files from the package's own files; do not edit.

  extension BuiltInFiles {

  """
for group in groups {
  source += "  public static let \(group.name): [BuiltInFile] = [\n"
  for path in group.files {
    guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
    guard let text = String(data: data, encoding: .utf8) else { fail("\(path) is not UTF-8 text") }
    let name = (path as NSString).lastPathComponent
    source += "    BuiltInFile(\n      name: \"\(literalBody(name))\",\n      text: \"\"\"\n"
    source += literalBody(text) + "\n\"\"\"),\n"
  }
  source += "  ]\n"
}
source += "}\n"

do {
  try source.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
  fail("cannot write \(output): \(error)")
}
