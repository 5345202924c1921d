/// Quotes a string for a store file, escaping `"`, `\` and line ends: `\n`, `\r\n` and a lone
/// `\r` are all written `\n`, since a `\r` in a file ends a line.
func quote(_ text: String) -> String {
  var out = "\""
  var afterReturn = false
  for ch in text.unicodeScalars {
    switch ch {
    case "\"": out += "\\\""
    case "\\": out += "\\\\"
    case "\n" where afterReturn: break
    case "\n", "\r": out += "\\n"
    default: out.unicodeScalars.append(ch)
    }
    afterReturn = ch == "\r"
  }
  return out + "\""
}
