import Foundation
import Testing

/// The filter in the real binary: what a new user typed after erasing too far stays in it.
@Suite(.serialized) struct FilterEndToEndTests {
  @Test func backspaceOnAnEmptyFilterThenShanghaiFiltersAndRunsNothing() throws {
    let (home, store, tmux) = try TmuxSession.onDemo()
    defer { withExtendedLifetime(home) {} }
    let before = try Data(contentsOf: URL(fileURLWithPath: store + "/events.txt"))
    try tmux.send("/")
    // Nothing holds "xq" (the search reads contacts too: "zz" is in someone's jazz).
    try tmux.type("xq")
    try tmux.waitFor("Accounts 0/14 · by drift, worst first · /xq")
    try tmux.send("BSpace", "BSpace", "BSpace", "BSpace")
    try tmux.waitFor("Accounts 14/14 · by drift, worst first ─")
    // Once meant: s sorted by name, h moved, a opened a "Favour asked" form.
    try tmux.type("shanghai")
    let screen = try tmux.waitFor("Accounts 1/14 · by drift, worst first · /shanghai")
    #expect(!screen.contains("Favour asked"))
    #expect(screen.contains("Contacts · 上海恒信物流有限公司"))
    // Ctrl-W takes the word back, still in the filter; Esc leaves it cleared.
    try tmux.send("C-w")
    try tmux.waitFor("Accounts 14/14 · by drift, worst first ─")
    try tmux.type("kestrel")
    try tmux.waitFor("Accounts 1/14 · by drift, worst first · /kestrel")
    try tmux.send("Escape")
    try tmux.waitFor("Accounts 14/14 · by drift, worst first ─")
    try tmux.send("S")
    try tmux.waitFor("Accounts 14/14 · by drift, mildest first")
    try tmux.send("q")
    try tmux.waitFor("[exit 0]")
    #expect(try Data(contentsOf: URL(fileURLWithPath: store + "/events.txt")) == before)
  }
}
