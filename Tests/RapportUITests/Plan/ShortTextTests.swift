import Foundation
import Testing

@testable import RapportUI

/// Texts quoted in messages: cut in terminal cells, with one "…" whatever the cut.
@Suite struct ShortTextTests {
  @Test func oneEllipsisWhateverTheCut() throws {
    let dashboard = try PlanFixture.dashboard()
    #expect(dashboard.short("send it", limit: 10) == "send it")
    #expect(dashboard.short("send the benchmark", limit: 10) == "send the …")
    #expect(dashboard.short("send it\nlater", limit: 10) == "send it…")
    #expect(dashboard.short("0123456789\nmore", limit: 10) == "012345678…")
    #expect(dashboard.short("株式会社田中精機", limit: 10) == "株式会社…")
  }
}
