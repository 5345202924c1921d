import Foundation
import Testing

@testable import RapportCore

/// Every problem of an event line is reported in one `check`, as records' problems are.
@Suite struct EventLineErrorTests {
  private func diagnostics(_ events: String) throws -> [String] {
    let fixture = try TemporaryStore(
      accounts: "account acme \"Acme\" tier:A\n", contacts: "contact acme/jane \"Jane\"\n", events: events)
    return try fixture.open(writable: false).diagnostics.map(\.description)
  }

  @Test func aLineWithFourProblemsReportsAllFour() throws {
    #expect(
      try diagnostics("2026-02-30 nobody gift +1.234 \"note\" id:x1\n") == [
        "events.txt:1:1: no day 30 in February 2026: it has 28 days",
        "events.txt:1:12: unknown account 'nobody': add it to accounts.txt or fix the id",
        "events.txt:1:19: 'gift' is not an event type: use deposit, withdrawal, favour-given or favour-asked",
        "events.txt:1:24: a weight has at most two decimals",
      ])
  }

  @Test func kindsIdsAndSignsAreCheckedAfterEarlierProblems() throws {
    #expect(
      try diagnostics(
        """
         2026-13-01 acme/zed withdrawal Bad_Kind +2 "n" id:Upper
        2026-01-01 acme deposit -1 id:-x
        2026-01-01 ghost/amy favour-given insight 0

        """) == [
          "events.txt:1:2: an event line starts at column 1 with its date",
          "events.txt:1:2: no month 13: months run from 01 to 12",
          "events.txt:1:18: unknown contact 'acme/zed': add it to contacts.txt or fix the id",
          "events.txt:1:33: 'Bad_Kind' is not a kind: use a lowercase word such as insight",
          "events.txt:1:42: a withdrawal takes a negative weight: write -2",
          "events.txt:1:52: 'Upper' is not an event id: use lowercase letters, digits, '-', '_' or '.', starting with a letter or digit",
          "events.txt:2:25: a deposit takes a positive weight; record a withdrawal for a loss",
          "events.txt:2:31: '-x' is not an event id: use lowercase letters, digits, '-', '_' or '.', starting with a letter or digit",
          "events.txt:3:12: unknown account 'ghost'",
          "events.txt:3:43: a weight of zero records nothing: use a positive or negative number",
        ])
  }

  @Test func aVoidLineReportsItsDateItsIdAndWhatFollows() throws {
    #expect(
      try diagnostics("2026-00-01 void Not-An-Id \"reason\" extra\n2026-01-01 restore ~zzzzzzzzzz\n") == [
        "events.txt:1:1: no month 0: months run from 01 to 12",
        "events.txt:1:17: 'Not-An-Id' is not an event id",
        "events.txt:1:36: unexpected text after the void's reason",
        "events.txt:2:20: restore refers to no event with this id",
      ])
  }

  @Test func readingStopsAtAMissingPartOrAnUnterminatedQuote() throws {
    #expect(
      try diagnostics("2026-02-30 nobody\n2026-02-30 nobody deposit\n2026-02-30 acme deposit +1 \"open\n") == [
        "events.txt:1:1: no day 30 in February 2026: it has 28 days",
        "events.txt:1:12: unknown account 'nobody': add it to accounts.txt or fix the id",
        "events.txt:1:18: expected deposit, withdrawal, favour-given or favour-asked",
        "events.txt:2:1: no day 30 in February 2026: it has 28 days",
        "events.txt:2:12: unknown account 'nobody': add it to accounts.txt or fix the id",
        "events.txt:2:26: expected a kind or a weight such as +3 after 'deposit'",
        "events.txt:3:1: no day 30 in February 2026: it has 28 days",
        "events.txt:3:28: unterminated quote: close the note with \"",
      ])
  }

  @Test func aValidLineStillLoadsAfterALineWithProblems() throws {
    let fixture = try TemporaryStore(
      accounts: "account acme \"Acme\" tier:A\n",
      events: "2026-02-30 acme deposit oops +1\n2026-03-01 acme deposit insight +2 id:ok\n")
    let store = try fixture.open(writable: false)
    #expect(store.errors.count == 1)
    #expect(store.ledger.eventCount == 1)
    #expect(store.ledger.event(0).id == "ok")
    // A kind met only on a line with a problem is not one of the log's kinds.
    #expect(store.ledger.log.kinds == ["", "insight"])
  }
}
