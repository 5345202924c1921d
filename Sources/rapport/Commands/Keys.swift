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
      Output.say(KeyMap.markdown(), terminator: "")
      return
    }
    let width = KeyMap.keyColumnWidth
    for (section, entries) in KeyMap.listing {
      Output.say(section)
      for (keys, summary) in entries { Output.say("  " + DisplayWidth.fit(keys, to: width) + summary) }
    }
  }
}
