import Foundation
import Testing

@testable import RapportCore

/// What a sync says: the commit summary from the lines and records that changed, the arrivals
/// in a sentence, and the three-way record merge on bytes.
@Suite struct SyncWordsTests {
  @Test func theCommitSummaryCountsTheNewLinesAndNamesTheRecords() {
    // The lines a change added, as git's diff gives them.
    let added = """
      2026-11-20 acme/jane deposit insight +3 "Shared it" id:bbbbbbbbbb
      2026-11-20 acme deposit check-in +1 id:cccccccccc
      2026-11-21 acme withdrawal mistake -2 "by:nobody in a note" id:dddddddddd
      2026-11-21 acme promise "send the plan" due:2026-12-01 by:"Sam Lee" id:eeeeeeeeee
      2026-11-22 kept eeeeeeeeee
      2026-11-22 acme deposit check-in +1 id:cccccccccc

      """
    let lines = added.split(separator: "\n")
    #expect(
      CommitSummary.eventWords(lines) == ["3 deposits", "1 withdrawal", "1 promise made", "1 promise kept"])
    #expect(EventLineSummary(lines[2])?.author == nil)
    #expect(EventLineSummary(lines[3])?.author == "Sam Lee")
    let accounts = Array("account acme \"Acme Corp\" tier:A\n".utf8)
    let edited = Array("account acme \"Acme Corp\" tier:B\naccount globex \"Globex\" tier:C\n".utf8)
    #expect(
      CommitSummary.recordWords(.accounts, before: accounts, after: edited) == ["added Globex", "edited Acme Corp"])
    var summary = CommitSummary(events: ["1 deposit"], records: ["edited Jane Doe"])
    #expect(summary.message == "1 deposit, edited Jane Doe")
    summary = CommitSummary()
    #expect(summary.message == "Rapport: store updated")
  }

  @Test func anArrivalReadsAsASentence() {
    #expect(SyncArrival(author: "Jane", account: "Acme", touches: 2).sentence == "Jane logged 2 touches on Acme")
    #expect(
      SyncArrival(author: "Sam", account: "Globex", touches: 1, withdrawals: 1, promisesClosed: 1, edits: 2).sentence
        == "Sam logged 1 touch and 1 withdrawal, closed 1 promise and edited 2 records on Globex")
  }

  @Test func aRecordRemovedThereAndUntouchedHereIsRemovedAndOneEditedHereStays() {
    let base = Array("contact a/x \"X\" role:A\ncontact a/y \"Y\" role:A\n".utf8)
    let ours = Array("contact a/x \"X\" role:A\ncontact a/y \"Y\" role:B\n".utf8)
    let theirs = Array("# none left\n".utf8)
    let merged = RecordMerge(kind: .contacts).merge(base: base, ours: ours, theirs: theirs, resolutions: [])
    #expect(String(decoding: merged.bytes, as: UTF8.self) == "contact a/y \"Y\" role:B\n")
    #expect(merged.conflicts.isEmpty)
  }

  @Test func aConflictCarriesBothValuesAndAResolutionSettlesIt() {
    let base = Array("contact a/x \"X\" role:A\n  worries: cost\n".utf8)
    let ours = Array("contact a/x \"X\" role:B\n  worries: cost\n".utf8)
    let theirs = Array("contact a/x \"X\" role:C\n  worries: time\n".utf8)
    let merge = RecordMerge(kind: .contacts)
    let stopped = merge.merge(base: base, ours: ours, theirs: theirs, resolutions: [])
    #expect(
      stopped.conflicts == [
        SyncConflict(kind: .contact, record: "x", recordName: "X", field: "role", ours: "B", theirs: "C")
      ])
    #expect(stopped.bytes == ours)
    let settled = merge.merge(
      base: base, ours: ours, theirs: theirs, resolutions: [SyncResolution(key: "x.role", side: .theirs)!])
    #expect(settled.conflicts.isEmpty)
    #expect(String(decoding: settled.bytes, as: UTF8.self) == "contact a/x \"X\" role:C\n  worries: time\n")
  }
}
