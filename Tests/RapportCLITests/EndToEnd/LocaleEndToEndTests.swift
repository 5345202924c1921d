import Foundation
import Testing

/// Under a locale that is not UTF-8 (`LANG=C`), the dashboard still shows every script and
/// reads typed accents.
@Suite(.serialized) struct LocaleEndToEndTests {
  @Test func aCLocaleStillShowsAccentsAndKoreanAndReadsTypedAccents() throws {
    let home = try TemporaryHome()
    let store = try home.copyOfDemo()
    let tmux = try TmuxSession(["--store", store], home: home.path, environment: ["LANG": "C", "LC_ALL": "C"])
    let first = try tmux.waitForDemoScreen()
    #expect(first.contains("Compagnie Électrique du Rhône"))
    #expect(first.contains("Élodie Lefèvre"))
    #expect(first.contains("┌"), "borders are drawn")
    try tmux.send("G")
    try tmux.waitFor("Contacts · 한빛바이오 주식회사")
    try tmux.send("<", "2", "e")
    try tmux.waitFor("Edit Élodie Lefèvre")
    try tmux.send("End")
    try tmux.type("é ok")
    try tmux.waitFor("Lefèvreé ok")
    try tmux.send("Escape")
    try tmux.waitFor("Esc again to throw them away")
    try tmux.send("Escape")
    try tmux.waitFor("the form is closed") { !$0.contains("Edit Élodie") }
    try tmux.send("q")
    try tmux.waitFor("[exit 0]")
  }
}
