import ArgumentParser
import RapportUI

/// `rapport keys`: the dashboard's keys, every mode's, from the same tables that handle them.
struct Keys: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "List the dashboard's keys, mode by mode (the same list as ? inside the dashboard).",
    discussion: """
      Examples:
        rapport keys
        rapport keys --markdown > keys.md
      """)

  @Flag(name: .long, help: "Print Markdown tables, as in the README.")
  var markdown = false

  func run() {
    if markdown {
      Output.say(KeyMap.markdown(), terminator: "")
      return
    }
    let width = KeyMap.keyColumnWidth
    for section in KeyMap.listing() {
      Output.say(section.title)
      for (keys, summary) in section.entries { Output.say("  " + DisplayWidth.fit(keys, to: width) + summary) }
    }
  }
}
