import Foundation
import Testing

@testable import RapportCore

/// The words a sync commits and prints: one period after a name that ends with one, an archive
/// called so, lines rewritten in place told from new ones, and who last changed a record whose
/// conflict was settled with the teammate's value.
@Suite struct CommitSummaryTests {
  @Test func aNameEndingInAPeriodGetsNoSecondOne() {
    #expect(
      SyncReport(committed: "edited Kowalczyk Budownictwo Sp. z o.o.").committedSentence
        == "Committed: edited Kowalczyk Budownictwo Sp. z o.o.")
    #expect(SyncReport(committed: "1 deposit, edited Acme").committedSentence == "Committed: 1 deposit, edited Acme.")
    #expect(SyncReport().committedSentence == "Nothing to commit.")
  }

  @Test func anArchiveIsCalledSoAndNotAnEdit() {
    let before = Array("account acme \"Acme Corp\" tier:A\naccount kow \"Kowalczyk Sp. z o.o.\" tier:B\n".utf8)
    let after = Array(
      "account acme \"Acme Corp\" tier:B\naccount kow \"Kowalczyk Sp. z o.o.\" tier:B\n  archived: 2026-11-30 Lost\n"
        .utf8)
    #expect(
      CommitSummary.recordWords(.accounts, before: before, after: after)
        == ["edited Acme Corp", "archived Kowalczyk Sp. z o.o."])
    #expect(
      CommitSummary.recordWords(.accounts, before: after, after: before).contains("unarchived Kowalczyk Sp. z o.o."))
    let contact = Array("contact acme/jane \"Jane Doe\" role:CFO\n".utf8)
    let gone = Array("contact acme/jane \"Jane Doe\" role:CFO\n  archived: 2026-11-30\n".utf8)
    #expect(CommitSummary.recordWords(.contacts, before: contact, after: gone) == ["archived Jane Doe"])
  }

  @Test func linesRewrittenInPlaceAreChangesNotNewDeposits() {
    // The lines a diff of the events file removes and adds.
    let removed: [Substring] = [
      #"2026-11-20 acme deposit check-in +1 by:"Eve\u202e" id:hostile001"#,
      "2026-11-20 acme deposit check-in +1 by:Eve id:hostile002",
      "2026-11-21 acme deposit check-in +1 id:gone000001",
    ]
    let added: [Substring] = [
      "2026-11-20 acme deposit check-in +1 by:Eve id:hostile001",
      "2026-11-20 acme deposit check-in +1 by:Mallory id:hostile002",
      "2026-11-22 acme deposit insight +2 id:new0000001",
    ]
    let words = CommitSummary.eventWords(added: added, removed: removed)
    #expect(words == ["1 deposit", "changed 2 lines", "removed 1 line"])
  }

  @Test func aConflictSettledWithTheirValueKeepsTheirNameInChanged() throws {
    let base = Array("contact a/lars \"Lars\" role:A\n".utf8)
    let ours = Array("contact a/lars \"Lars\" role:B\n  changed: 2026-12-01 by sam\n".utf8)
    let theirs = Array("contact a/lars \"Lars\" role:C\n  worries: Budget\n  changed: 2026-12-01 by jane\n".utf8)
    let merge = RecordMerge(kind: .contacts)
    let theirsWon = merge.merge(
      base: base, ours: ours, theirs: theirs, resolutions: [SyncResolution(key: "lars.role", side: .theirs)!])
    let text = String(decoding: theirsWon.bytes, as: UTF8.self)
    #expect(text.contains("role:C") && text.contains("changed: 2026-12-01 by jane"), "\(text)")
    let oursWon = merge.merge(
      base: base, ours: ours, theirs: theirs, resolutions: [SyncResolution(key: "lars.role", side: .ours)!])
    #expect(String(decoding: oursWon.bytes, as: UTF8.self).contains("changed: 2026-12-01 by sam"))
  }

  /// The same id on two lines that record the same event (a line fixed two ways in two clones):
  /// the error says to delete one, as another id would count the event twice.
  @Test func theSameEventWrittenTwoWaysIsToldApartFromTwoEventsSharingAnId() throws {
    let folder = try TemporaryStore(
      accounts: "account acme \"Acme Corp\" tier:A\n",
      events: """
        2026-11-20 acme deposit check-in +1 "Coffee" by:Eve id:hostile001
        2026-11-20 acme deposit check-in +1 "Coffee" by:Mallory id:hostile001
        2026-11-21 acme deposit check-in +2 id:twoevents1
        2026-11-22 acme deposit insight +3 "Another" id:twoevents1

        """)
    let store = try folder.open(writable: false)
    let messages = store.errors.map(\.description)
    #expect(messages.count == 2, "\(messages)")
    #expect(messages.contains { $0.contains(":2:") && $0.contains("line 1 is the same event written another way") })
    #expect(messages.contains { $0.contains(":4:") && $0.contains("give one of them another id") })
  }
}

/// The merge commit's message counts a contact's edit as a contact's, not its account's.
@Suite struct MergeSummaryTests {
  @Test func aContactEditIsNotCountedAsAnAccountEdit() {
    var tally = ArrivalTally()
    tally.add("2026-11-20 acme deposit check-in +1 id:aaaaaaaaaa", commitAuthor: "jane")
    tally.addEdit(author: "jane", account: "nordhavn")
    tally.addEdit(author: "jane", account: "acme", contact: "acme/lars")
    #expect(tally.summary == "1 deposit, edited 1 account and 1 contact")
    var contacts = ArrivalTally()
    contacts.addEdit(author: "sam", account: "acme", contact: "acme/lars")
    contacts.addEdit(author: "sam", account: "acme", contact: "acme/jane")
    #expect(contacts.summary == "edited 2 contacts")
  }
}
