import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// `?` from the plan and the agenda lists their keys first and comes back to them; `q` closes
/// them, as Esc does, rather than quitting from one view and doing nothing in the other.
@Suite struct PlanAgendaHelpTests {
  @Test func helpFromTheAgendaAndThePlanListsTheirKeysFirstAndReturns() throws {
    let dashboard = try PlanFixture.dashboard()
    _ = dashboard.render(width: 120, height: 40)
    press(dashboard, [.character("D")])
    #expect(dashboard.agendaView != nil, "\(dashboard.message)")
    press(dashboard, [.character("?")])
    #expect(dashboard.overlay == .help, "\(dashboard.message)")
    #expect(dashboard.overlay == .help)
    let agendaHelp = screen(dashboard).components(separatedBy: "\n")
    let agendaFirst = try #require(agendaHelp.firstIndex { $0.contains(KeyMap.agendaSection) })
    #expect(agendaHelp.firstIndex { $0.contains("Move down") }.map { agendaFirst < $0 } ?? true)
    press(dashboard, [.escape])
    #expect(dashboard.agendaView != nil)
    press(dashboard, [.character("q")])
    #expect(dashboard.agendaView == nil && dashboard.overlay == nil)
    press(dashboard, [.character("q")])  // from the panes, q quits
    #expect(dashboard.agendaView == nil)

    dashboard.select("acme")
    press(dashboard, [.character("o"), .character("?")])
    #expect(screen(dashboard).contains(KeyMap.planSection))
    press(dashboard, [.escape])
    #expect(dashboard.planView != nil)
    press(dashboard, [.character("q")])
    #expect(dashboard.planView == nil)
  }
}
