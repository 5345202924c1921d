import ArgumentParser

/// What `rapport` says to a word that names no command (`rapport acounts`): the closest
/// commands' names, by the fewest letters typed, dropped, changed or swapped.
enum CommandSuggestion {
  /// The names of `rapport`'s commands, as typed after it.
  static var commands: [String] {
    Rapport.configuration.subcommands.map { $0._commandName }
  }

  /// The refusal of `word`, with the closest command's name when one is close.
  static func message(for word: String) -> String {
    let close = closest(to: word, among: commands)
    let names = close.map { "'\($0)'" }.joined(separator: " or ")
    return "'\(word)' is not a command"
      + (close.isEmpty ? ":" : ": did you mean \(names)?") + " 'rapport --help' lists them"
  }

  /// The names within a few edits of `word` (one for a short word, up to a third of its letters),
  /// the closest first; or those it begins.
  static func closest(to word: String, among names: [String]) -> [String] {
    let typed = word.lowercased()
    let limit = max(1, typed.count / 3)
    let scored = names.map { ($0, distance(Array(typed), Array($0))) }.filter { $0.1 <= limit }
    if let best = scored.map(\.1).min() { return scored.filter { $0.1 == best }.map(\.0) }
    return typed.count >= 2 ? names.filter { $0.hasPrefix(typed) } : []
  }

  /// The optimal string alignment distance: insertions, deletions, substitutions, and swaps of
  /// two neighbours, each one edit.
  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}
