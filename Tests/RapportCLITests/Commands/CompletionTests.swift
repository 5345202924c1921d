import Foundation
import Testing

/// The shell completions offer what each option takes.
@Suite struct CompletionTests {
  @Test(arguments: ["bash", "zsh", "fish"])
  func completionsOfferThemesTypesStatusesAndFolders(shell: String) throws {
    let home = try TemporaryHome()
    let script = try CommandRunner(home: home.path).run(["--generate-completion-script", shell]).stdout
    for word in ["high-contrast", "monochrome", "favour-given", "favour-asked", "neglected"] {
      #expect(script.contains(word), "\(shell) completion lacks \(word)")
    }
    // An event's kinds depend on the type typed, so rapport completes them (StoreCompletionTests).
    #expect(script.contains("---completion add -- --kind"), "\(shell) completion does not ask rapport for kinds")
    if shell == "bash" {
      #expect(script.contains("'--store')\n        __rapport_add_completions -d"))
    }
  }
}
