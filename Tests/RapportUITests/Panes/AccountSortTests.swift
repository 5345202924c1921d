import Foundation
import RapportCore
import RapportUI
import Testing

/// `s` cycles the accounts' orders, `S` turns the current one round, and the list's title and
/// the sorted column's header say which, and which way. A store of four accounts: Alpha touched
/// three days ago (+1), Bravo ten months ago (+5), Charlie never, Delta in June (+3).
@Suite struct AccountSortTests {
  static let today = Day(iso: "2026-11-23")!

  func dashboard() throws -> Dashboard {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-sort-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let files = [
      Store.accountsFile: """
      account alpha "Alpha" tier:A
      account bravo "Bravo" tier:A
      account charlie "Charlie" tier:B
      account delta "Delta" tier:C

      """,
      Store.contactsFile: """
      contact alpha/ann "Ann A"
      contact bravo/bob "Bob B"
      contact charlie/cy "Cy C"
      contact delta/dee "Dee D"

      """,
      Store.eventsFile: """
      2026-01-10 bravo/bob deposit +5 id:bravo00001
      2026-06-01 delta/dee deposit +3 id:delta00001
      2026-11-20 alpha/ann deposit +1 id:alpha00001

      """,
    ]
    for (name, text) in files { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
    let store = try Store(path: path, writable: true, today: AccountSortTests.today)
    return Dashboard(store: store, today: AccountSortTests.today)
  }

  /// The accounts in the order the list shows them.
  private func order(_ dashboard: Dashboard) -> [String] {
    let names = ["Alpha", "Bravo", "Charlie", "Delta"]
    return dashboard.render(width: 120, height: 40).lines.compactMap { line in
      let pane = line.prefix(70)
      return names.first { pane.contains("│") && pane.dropFirst(4).hasPrefix($0) }
    }
  }

  /// The decayed equity shown for each account, in the list's order.
  private func decayed(_ dashboard: Dashboard) throws -> [Double] {
    let frame = dashboard.render(width: 120, height: 40)
    let header = try #require(frame.lines.first { $0.contains("DECAYED") })
    let end = try #require(header.range(of: "DECAYED")).upperBound
    let column = header.distance(from: header.startIndex, to: end)
    return order(dashboard).compactMap { name in
      guard let line = frame.lines.first(where: { $0.dropFirst(4).hasPrefix(name) }) else { return nil }
      let cells = Array(line)
      return Double(String(cells[(column - 7)..<column]).trimmingCharacters(in: .whitespaces))
    }
  }

  private func title(_ dashboard: Dashboard) -> String {
    let line = dashboard.render(width: 120, height: 40).lines[1]
    return String(line.drop { $0 != "A" }.prefix { $0 != "─" }).trimmingCharacters(in: .whitespaces)
  }

  @Test func byLastTouchTheMostNeglectedComeFirst() throws {
    let dashboard = try dashboard()
    press(dashboard, Array(repeating: .character("s"), count: 4))
    #expect(title(dashboard) == "Accounts 4/4 · by last touch, oldest first")
    #expect(order(dashboard) == ["Charlie", "Bravo", "Delta", "Alpha"])
    #expect(dashboard.render(width: 120, height: 40).text.contains("DAYS▾"))
    press(dashboard, [.character("S")])
    #expect(dashboard.message == "Sorted by last touch, newest first")
    #expect(title(dashboard) == "Accounts 4/4 · by last touch, newest first")
    #expect(order(dashboard) == ["Alpha", "Delta", "Bravo", "Charlie"])
    #expect(dashboard.render(width: 120, height: 40).text.contains("DAYS▴"))
  }

  @Test func sCyclesEveryOrderAndSReversesEach() throws {
    let dashboard = try dashboard()
    #expect(title(dashboard) == "Accounts 4/4 · by drift, worst first")
    press(dashboard, [.character("s")])
    #expect(title(dashboard) == "Accounts 4/4 · by name, A–Z")
    #expect(order(dashboard) == ["Alpha", "Bravo", "Charlie", "Delta"])
    press(dashboard, [.character("S")])
    #expect(title(dashboard) == "Accounts 4/4 · by name, Z–A")
    #expect(order(dashboard) == ["Delta", "Charlie", "Bravo", "Alpha"])
    #expect(dashboard.render(width: 120, height: 40).text.contains("ACCOUNT ▴"))
    // The next order starts in its usual direction.
    press(dashboard, [.character("s")])
    #expect(title(dashboard) == "Accounts 4/4 · by equity, highest first")
    #expect(order(dashboard) == ["Bravo", "Delta", "Alpha", "Charlie"])
    press(dashboard, [.character("S")])
    #expect(order(dashboard) == ["Charlie", "Alpha", "Delta", "Bravo"])
    press(dashboard, [.character("s")])
    #expect(title(dashboard) == "Accounts 4/4 · by decayed, lowest first")
    press(dashboard, Array(repeating: .character("s"), count: 2))
    #expect(title(dashboard) == "Accounts 4/4 · by drift, worst first", "the cycle comes back to drift")
    let worstFirst = order(dashboard)
    press(dashboard, [.character("S")])
    #expect(title(dashboard) == "Accounts 4/4 · by drift, mildest first")
    #expect(order(dashboard) == worstFirst.reversed())
    #expect(dashboard.render(width: 120, height: 40).text.contains("!▴"))
  }

  @Test func byDecayedEquityTheLeastLeftComesFirst() throws {
    let dashboard = try dashboard()
    press(dashboard, Array(repeating: .character("s"), count: 3))
    #expect(dashboard.message == "Sorted by decayed, lowest first")
    #expect(dashboard.render(width: 120, height: 40).text.contains("▾DECAYED"))
    let lowestFirst = try decayed(dashboard)
    #expect(lowestFirst.count == 4)
    #expect(lowestFirst == lowestFirst.sorted())
    #expect(order(dashboard).first == "Charlie")
    press(dashboard, [.character("S")])
    let highestFirst = try decayed(dashboard)
    #expect(highestFirst == highestFirst.sorted(by: >))
    #expect(order(dashboard).last == "Charlie")
  }

  @Test func aNarrowListSaysTheSortWithoutItsName() throws {
    let dashboard = try dashboard()
    press(dashboard, Array(repeating: .character("s"), count: 4) + [.character("S")])
    let frame = dashboard.render(width: 80, height: 24)
    #expect(frame.lines[1].contains("4/4 · last touch, newest first"))
  }
}

extension AccountSortTests {
  @Test func theNarrowestListMarksTheDirection() throws {
    let dashboard = try dashboard()
    #expect(dashboard.render(width: 60, height: 16).lines[1].contains("4/4 · drift ▾ "))
    press(dashboard, [.character("S")])
    #expect(dashboard.render(width: 60, height: 16).lines[1].contains("4/4 · drift ▴ "))
  }
}
