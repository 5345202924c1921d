import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// The edit contact form keeps history: a changed role becomes a previous role, Progress adds a
/// dated note, Left sets or clears the leaving; a role change or a progress note asks whether the
/// next job still holds, and writes nothing more by itself.
@Suite struct ContactHistoryTests {
  private func contacts(_ dashboard: Dashboard) throws -> String {
    try String(contentsOfFile: "\(dashboard.store.path)/\(Store.contactsFile)", encoding: .utf8)
  }

  private func contact(_ dashboard: Dashboard, _ key: String) throws -> Contact {
    dashboard.ledger.contacts[try #require(dashboard.ledger.contactIndex(key))]
  }

  /// Lars selected in the contacts pane, his form open.
  private func editingLars() throws -> Dashboard {
    let dashboard = try PeopleFixture.dashboard()
    press(dashboard, [.character("2"), .character("e")])
    #expect(dashboard.form?.title == "Edit Lars Berg · Acme Corp")
    return dashboard
  }

  @Test func aChangedRoleIsKeptAsAPreviousRoleAndTheNextJobQuestionIsAsked() throws {
    let dashboard = try editingLars()
    press(dashboard, [.tab] + Key.typing("COO") + [.enter])
    let lars = try contact(dashboard, "acme/lars")
    #expect(lars.role == "COO")
    #expect(
      lars.previousRoles == [
        DatedNote(day: Day(iso: "2026-10-01")!, text: "Head of Fleet Operations"),
        DatedNote(day: PeopleFixture.today, text: "VP Operations"),
      ])
    #expect(lars.progress == [DatedNote(day: Day(iso: "2026-10-01")!, text: "Promoted to VP Operations")])
    let file = try contacts(dashboard)
    #expect(file.contains("  previous-role: 2026-11-23 VP Operations\n"))
    #expect(file.contains("  previous-role: 2026-10-01 Head of Fleet Operations\n"))

    let question = try #require(dashboard.question)
    #expect(question.text == "Lars Berg is now COO. Is their next job still 'COO when the current one retires'?")
    let shown = screen(dashboard)
    #expect(shown.contains("Lars Berg is now COO."))
    #expect(shown.contains("Enter: edit it · Esc: keep it"))
    // The pane under it shows the change.
    #expect(shown.contains("since 2026-11-23, before: VP"))

    // Esc keeps the next job: nothing more is written.
    press(dashboard, [.escape])
    #expect(dashboard.question == nil)
    #expect(dashboard.message == "Kept their next job")
    #expect(try contacts(dashboard) == file)
  }

  @Test func enterOpensTheFormAtTheNextJob() throws {
    let dashboard = try editingLars()
    press(dashboard, [.tab] + Key.typing("COO") + [.enter, .enter])
    #expect(dashboard.question == nil)
    let form = try #require(dashboard.form)
    #expect(form.title == "Edit Lars Berg · Acme Corp")
    #expect(form.focused.key == .nextJob)
    #expect(form.focused.text == "COO when the current one retires")
    // The old goal is selected, and shown so: typing replaces it (it is the question's answer).
    #expect(form.focused.selectsAll)
    let frame = dashboard.render(width: 120, height: 40)
    let lines = frame.lines
    // The form's row (the contacts pane under it shows the same words, two columns in).
    let row = try #require(lines.firstIndex { $0.contains("│ Next job     COO when") })
    let line = lines[row]
    let x = line.distance(from: line.startIndex, to: try #require(line.range(of: "COO when")).lowerBound)
    #expect(frame[x, row].role == .selected)
    // Enter saves the new goal, and asks nothing again.
    press(dashboard, Key.typing("Chief executive") + [.enter])
    #expect(try contact(dashboard, "acme/lars").nextJob == "Chief executive")
    #expect(try contacts(dashboard).contains("  next-job: Chief executive\n"))
    #expect(dashboard.question == nil && dashboard.form == nil)
  }

  @Test func aKeyOtherThanTypingKeepsTheOldGoalToEdit() throws {
    let dashboard = try editingLars()
    press(dashboard, [.tab] + Key.typing("COO") + [.enter, .enter, .end] + Key.typing(", or CEO") + [.enter])
    #expect(try contact(dashboard, "acme/lars").nextJob == "COO when the current one retires, or CEO")
  }

  @Test func aNextJobMovedToWithTabIsAppendedToAsAnyLongerField() throws {
    let dashboard = try editingLars()
    let nextJob = try #require(dashboard.form?.index(.nextJob))
    press(dashboard, Array(repeating: .tab, count: nextJob) + Key.typing(", or CEO") + [.enter])
    #expect(try contact(dashboard, "acme/lars").nextJob == "COO when the current one retires, or CEO")
  }

  @Test func otherKeysLeaveTheQuestionOpenAndSayWhichAnswerIt() throws {
    let dashboard = try editingLars()
    press(dashboard, [.tab] + Key.typing("COO") + [.enter, .character("x")])
    #expect(dashboard.question != nil)
    #expect(dashboard.message == "Enter: edit it · Esc: keep it")
  }

  @Test func aProgressNoteIsDatedTodayAndAsksToo() throws {
    let dashboard = try editingLars()
    let progress = try #require(dashboard.form?.index(.progress))
    press(dashboard, Array(repeating: .tab, count: progress))
    #expect(screen(dashboard).contains("a dated note, e.g. Promoted to VP Operations"))
    press(dashboard, Key.typing("Runs the Hamburg terminal") + [.enter])
    let lars = try contact(dashboard, "acme/lars")
    #expect(lars.progress.last == DatedNote(day: PeopleFixture.today, text: "Runs the Hamburg terminal"))
    #expect(lars.progress.count == 2)
    #expect(lars.role == "VP Operations")
    #expect(lars.previousRoles.count == 1)
    #expect(
      dashboard.question?.text
        == "Lars Berg: Runs the Hamburg terminal. Is their next job still 'COO when the current one retires'?")
  }

  @Test func noQuestionWithoutANextJobOrWhenNeitherRoleNorProgressChanged() throws {
    let dashboard = try editingLars()
    // Only what worries him changes: no question, no history.
    let worries = try #require(dashboard.form?.index(.worries))
    press(dashboard, Array(repeating: .tab, count: worries) + Key.typing("Port strikes") + [.enter])
    #expect(dashboard.question == nil)
    #expect(try contact(dashboard, "acme/lars").previousRoles.count == 1)
    // Ole has no next job: his new role is kept in history, and nothing is asked.
    press(dashboard, [.down, .character("e")])
    #expect(dashboard.form?.title == "Edit Ole Dahl · Acme Corp")
    press(dashboard, [.tab] + Key.typing("Head of Purchasing") + [.enter])
    #expect(dashboard.question == nil)
    #expect(try contact(dashboard, "acme/ole").previousRoles == [DatedNote(day: PeopleFixture.today, text: "Buyer")])
  }

  @Test func leftIsSetFromADayAndWhereToAndClearedWhenEmptied() throws {
    let dashboard = try PeopleFixture.dashboard()
    // Ole: -3d and where he went. Left is the last field: Shift-Tab reaches it from the first.
    press(dashboard, [.character("2"), .down, .character("e"), .backTab])
    #expect(dashboard.form?.focused.key == .left)
    #expect(screen(dashboard).contains("YYYY-MM-DD [where to], empty while there"))
    press(dashboard, Key.typing("-3d Joined Maersk"))
    #expect(screen(dashboard).contains("= 2026-11-20"))
    press(dashboard, [.enter])
    #expect(try contact(dashboard, "acme/ole").left == DatedNote(day: Day(iso: "2026-11-20")!, text: "Joined Maersk"))
    #expect(try contacts(dashboard).contains("  left: 2026-11-20 Joined Maersk\n"))
    // Ole now comes after Mia, who left before him; he stays selected. Mia: the field shows her
    // leaving; emptied, she is there again, and listed before him.
    #expect(dashboard.selectedContacts.map { dashboard.ledger.contacts[$0].id } == ["lars", "mia", "ole"])
    #expect(dashboard.contactCursor.index == 2)
    press(dashboard, [.up, .character("e"), .backTab])
    #expect(dashboard.form?.focused.text == "2026-11-02 Joined Vestas")
    press(dashboard, [.control("u"), .enter])
    #expect(try contact(dashboard, "acme/mia").left == nil)
    #expect(try contact(dashboard, "acme/mia").nextJob == "A seat on the board")
  }

  @Test func aLeftThatDoesNotStartWithADayIsRefusedAndNothingIsWritten() throws {
    let dashboard = try PeopleFixture.dashboard()
    let before = try contacts(dashboard)
    press(dashboard, [.character("2"), .character("e"), .backTab] + Key.typing("soon, to Vestas"))
    #expect(screen(dashboard).contains("a day first: YYYY-MM-DD or +7d"))
    press(dashboard, [.enter])
    #expect(dashboard.form?.problem.hasPrefix("Left: start with the day they left") == true)
    #expect(dashboard.form?.focused.key == .left)
    #expect(try contacts(dashboard) == before)
  }

  @Test func anUnchangedFormKeepsEveryDatedNoteAsItWas() throws {
    let dashboard = try PeopleFixture.dashboard()
    let before = try contacts(dashboard)
    for position in 0..<3 {
      press(dashboard, [.character("2"), .character("e")])
      #expect(dashboard.form != nil, "contact \(position)")
      // A change that is taken back still saves the same record.
      press(dashboard, [.right, .character("x"), .backspace, .enter, .down])
    }
    let mia = try contact(dashboard, "acme/mia")
    #expect(mia.left == DatedNote(day: Day(iso: "2026-11-02")!, text: "Joined Vestas"))
    #expect(try contacts(dashboard) == before)
  }

  @Test func theQuestionsKeysAreInTheHelp() throws {
    let help = KeyMap.listing(first: .question)
    #expect(help.first?.title == "Asked whether a next job still holds")
    #expect(help.first?.entries.map(\.keys) == ["Enter", "Esc Ctrl-C"])
    #expect(KeyMap.question.duplicates.isEmpty)
  }
}
