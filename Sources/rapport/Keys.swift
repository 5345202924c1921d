import ArgumentParser
import RapportUI

/// `rapport keys`: the dashboard's keys, from the same table that handles them.
struct Keys: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the dashboard's keys (the same list as ? inside the dashboard).")

  @Flag(name: .long, help: "Print a Markdown table, as in the README.")
  var markdown = false

  func run() {
    if markdown {
      print(KeyMap.markdown(), terminator: "")
      return
    }
    for section in KeyMap.sections {
      print(section)
      for binding in KeyMap.bindings where binding.section == section {
        let keys = binding.keys.map(\.label).joined(separator: " ")
        print("  " + DisplayWidth.fit(keys, to: 16) + binding.summary)
      }
    }
    print("Terminal")
    for (keys, summary) in KeyMap.terminalKeys { print("  " + DisplayWidth.fit(keys, to: 16) + summary) }
  }
}
