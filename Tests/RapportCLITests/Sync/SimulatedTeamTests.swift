import Foundation
import RapportCore
import Testing

/// Twenty people share one store through a bare repository: each appends events (by the command
/// line and by the library), makes and keeps promises, edits a field of the same contact, and
/// syncs, in an interleaved order, for several rounds. Nothing may be lost or doubled.
@Suite(.serialized) struct SimulatedTeamTests {
  /// Who edits which field of Jane Doe, and to what, in the first round.
  static let edits: [(member: Int, field: String, edit: @Sendable (inout Contact) -> Void)] = [
    (1, "role", { $0.role = "CEO" }),
    (2, "next-job", { $0.nextJob = "COO within two years" }),
    (3, "measured-by", { $0.measuredBy = "Opex reduction" }),
    (4, "help", { $0.help = "Benchmarks from her peers" }),
    (5, "reassess", { $0.reassess = Day(iso: "2027-01-15") }),
    (6, "flags", { $0.flags = ["decision-maker"] }),
    (7, "email", { $0.emails = ["jane@acme.example"] }),
  ]

  @Test func twentyClonesEndWithTheUnionOfEverything() throws {
    let size = 20
    let team = try Team(size: size)
    var recorded: [String] = []
    /// Who wrote each recorded id.
    var writers: [String: Int] = [:]
    var promises: [Int: String] = [:]
    var conflicts: [(member: Int, conflicts: [SyncConflict])] = []
    var arrivals: [SyncArrival] = []
    var messages: [String] = []
    // Members 8 and 9 both set Jane's worries before the second round's syncs: the second to
    // sync meets a conflict, then settles it with the value already pushed.
    let worries = [8: "Budget cuts next year", 9: "The board's patience"]

    for round in 0..<3 {
      if round == 1 {
        for (member, value) in worries { try team.editJane(member) { $0.worries = value } }
      }
      for step in 0..<size {
        let member = (step * 7 + round * 3) % size
        if member % 2 == 0 {
          recorded.append(try team.depositByCommand(member, note: "round \(round) by \(member)"))
        } else {
          recorded.append(try team.deposit(member, note: "round \(round) by \(member)"))
        }
        writers[recorded.last!] = member
        if round == 0, member % 5 == 0 {
          let promise = try team.store(member).promise(
            PromiseDraft(
              day: Team.today, account: "acme", contact: "jane", what: "send the plan \(member)",
              due: Day(iso: "2026-12-10")!))
          promises[member] = promise.id
          recorded.append(promise.id)
          writers[promise.id] = member
        }
        if round == 1, let id = promises[member] {
          let before = Set(try team.eventIDs(member))
          _ = try team.store(member).keep(id, on: Team.today)
          let kept = try team.eventIDs(member).filter { !before.contains($0) }
          recorded += kept
          for id in kept { writers[id] = member }
        }
        if round == 0, let edit = Self.edits.first(where: { $0.member == member }) {
          try team.editJane(member, edit.edit)
        }
        let library = member % 3 == 0
        var report = try team.sync(member, library: library)
        if !report.conflicts.isEmpty {
          conflicts.append((member, report.conflicts))
          report = try team.sync(
            member, library: library,
            resolving: report.conflicts.map { SyncResolution(record: $0.record, field: $0.field, side: .theirs) })
          #expect(report.conflicts.isEmpty)
        }
        #expect(report.pushed, "member \(member), round \(round)")
        arrivals += report.arrivals
        if let message = report.committed { messages.append(message) }
      }
    }
    // Two more passes: the first brings every change to the remote, the second to every clone.
    for _ in 0..<2 {
      for member in 0..<size {
        let report = try team.sync(member, library: member % 2 == 0)
        #expect(report.conflicts.isEmpty && report.pushed)
      }
    }

    // The one same-field conflict was reported, with both values, to whoever synced second.
    #expect(conflicts.count == 1)
    let (second, reported) = try #require(conflicts.first)
    let first = second == 8 ? 9 : 8
    #expect(reported.map(\.key) == ["jane.worries"])
    #expect(reported.first?.ours == worries[second] && reported.first?.theirs == worries[first])

    let expected = Set(recorded)
    #expect(expected.count == recorded.count && recorded.count == size * 3 + 4 + 4)
    for member in 0..<size {
      let ids = try team.eventIDs(member)
      #expect(ids.count == recorded.count && Set(ids) == expected, "clone \(member)")
      let jane = try team.jane(member)
      #expect(jane.role == "CEO" && jane.nextJob == "COO within two years" && jane.measuredBy == "Opex reduction")
      #expect(jane.help == "Benchmarks from her peers" && jane.reassess == Day(iso: "2027-01-15"))
      #expect(jane.flags == ["decision-maker"] && jane.emails == ["jane@acme.example"])
      #expect(jane.worries == worries[first], "clone \(member)")
      let store = try Store(path: team.clones[member], writable: false, today: Team.today)
      #expect(store.diagnostics.isEmpty, "clone \(member): \(store.diagnostics)")
      #expect(store.ledger.promises.filter { $0.status == .kept }.count == 4)
      // Each event and promise carries the author of the clone that wrote it.
      for (id, writer) in writers {
        let author =
          try store.ledger.eventIndex(id: id).map { store.ledger.event($0).author?.name }
          ?? #require(store.ledger.promise(id: id), "clone \(member): \(id) missing").by
        #expect(author == Team.name(writer), "clone \(member): \(id)")
      }
      // Jane's `changed:` names the writer whose worries won: the conflict was settled with theirs.
      #expect(jane.changed?.author == Author(Team.name(first)), "clone \(member)")
      #expect(jane.changed?.day == Team.today)
    }
    let checked = try team.rapport(size - 1, ["check"])
    #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
    // What came in is told by author and account; the commits say what they hold.
    #expect(arrivals.contains { $0.author == Team.name(3) && $0.account == "Acme Corp" && $0.touches > 0 })
    #expect(arrivals.contains { $0.promisesClosed > 0 } && arrivals.contains { $0.edits > 0 })
    #expect(messages.contains("1 deposit, edited Jane Doe"))
    #expect(messages.contains("1 deposit, 1 promise made"))
  }
}
