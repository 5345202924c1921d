import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// What a new user read around promises: the whole promise in the question before a write, the
/// status lines, the review's summary of what was done, and the question's count on its last one.
@Suite struct PromiseWordingTests {
  private static let long =
    "Send the go-live plan for the Digital Bridge rollout, with the named owners for each site and the fallback dates"

  private func dashboard() throws -> Dashboard {
    try PromiseFixture.dashboard(
      events: PeopleFixture.events + "2026-11-20 acme/ole promise \"\(Self.long)\" due:2026-11-25 id:promise009\n")
  }

  /// The text in the question's panel, its rows joined with spaces.
  private func panelText(_ frame: Frame) throws -> String {
    let rows = frame.lines.map(Array.init)
    let top = try #require(rows.firstIndex { String($0).contains("┌─ Keep a promise") })
    let left = try #require(String(rows[top]).range(of: "┌─ Keep a promise")).lowerBound
    let x0 = String(rows[top]).distance(from: String(rows[top]).startIndex, to: left)
    let x1 = try #require(rows[top][x0...].firstIndex(of: "┐"))
    var text: [String] = []
    for row in rows[(top + 1)...] {
      guard row[x0] == "│" else { break }
      text.append(String(row[(x0 + 1)..<x1]).trimmingCharacters(in: .whitespaces))
    }
    return text.joined(separator: " ")
  }

  @Test func theQuestionShowsTheWholePromiseWrappedAtEverySize() throws {
    for (width, height) in [(120, 40), (80, 24), (60, 16)] {
      let dashboard = try dashboard()
      press(dashboard, [.character("K")])
      let question = try #require(dashboard.promiseQuestion)
      #expect(dashboard.promiseQuestionLines(question).first?.0 == "Keep '\(Self.long)' for Ole Dahl?")
      let frame = dashboard.render(width: width, height: height)
      let words = try panelText(frame)
      #expect(words.contains("Keep '\(Self.long)' for Ole Dahl?"), "\(width)x\(height):\n\(frame.text)")
      // Nothing in the question's panel is cut (the panes behind it may cut their own lines).
      #expect(!words.contains("…"), "\(width)x\(height):\n\(frame.text)")
      #expect(frame.text.contains("Enter: keep"), "\(width)x\(height)")
    }
  }

  /// Only a window too small for the whole question cuts it, and the keys still show.
  @Test func aWindowTooSmallCutsTheQuestionNotItsKeys() throws {
    let dashboard = try dashboard()
    press(dashboard, [.character("K")])
    let frame = dashboard.render(width: 40, height: 10)
    #expect(frame.text.contains("…"), "\(frame.text)")
    #expect(frame.text.contains("Enter: keep"), "\(frame.text)")
  }

  @Test func theStatusLineAfterKeepingSaysTheWholePromiseWhenItFits() throws {
    let dashboard = try dashboard()
    press(dashboard, [.character("K"), .enter])
    #expect(dashboard.message.hasPrefix("Kept '\(Self.long)' for Ole Dahl: promise-kept +2"))
    #expect(dashboard.render(width: 240, height: 30).lines.last?.contains("Kept '\(Self.long)' for Ole Dahl") == true)
    // A narrow window shortens it, with a mark that it did.
    let status = try #require(dashboard.render(width: 80, height: 24).lines.last)
    #expect(status.contains("Kept 'Send the go-live plan") && status.contains("…"))
  }

  @Test func theLastOfThePromisesSaysTheArrowGoesBackToTheFirst() throws {
    let dashboard = try PromiseFixture.dashboard()
    press(dashboard, [.character("K")])
    var question = try #require(dashboard.promiseQuestion)
    #expect(dashboard.promiseQuestionLines(question).map(\.0).contains("1 of 3 open promises: ↓ the next"))
    press(dashboard, [.down, .down])
    question = try #require(dashboard.promiseQuestion)
    #expect(dashboard.promiseQuestionLines(question).map(\.0).contains("3 of 3 open promises: ↓ back to the first"))
    press(dashboard, [.down])
    #expect(dashboard.promiseQuestion?.position == 0)
  }

  @Test func theReviewSaysWhichPromiseActionWasTakenAndCountsThem() throws {
    for (keys, outcome, words) in [
      ([Key.character("K"), .enter], ReviewOutcome.keptPromise, "kept a promise"),
      ([.character("M"), .enter], .missedPromise, "missed a promise"),
      ([.character("X"), .enter], .droppedPromise, "dropped a promise"),
    ] {
      let dashboard = try PromiseFixture.dashboard()
      press(dashboard, [.character("r")] + keys)
      #expect(dashboard.review?.done["acme"] == outcome)
      let card = try #require(dashboard.reviewCard(dashboard.layout.panes[.accounts]!)).lines.map(\.0)
      #expect(card.contains("Done in this review: \(words)"), "\(card)")
      press(dashboard, [.character("q")])
      #expect(dashboard.message.hasSuffix("; 1 promise \(words.split(separator: " ")[0])"), "\(dashboard.message)")
    }
  }
}
