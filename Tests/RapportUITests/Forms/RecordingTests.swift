import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// Recording, undoing and editing from the dashboard's keys, checked on screen and on disk.
@Suite struct RecordingTests {
  private func file(_ dashboard: Dashboard, _ name: String) throws -> String {
    try String(contentsOfFile: "\(dashboard.store.path)/\(name)", encoding: .utf8)
  }

  private func lastEvent(_ dashboard: Dashboard) throws -> String {
    try file(dashboard, Store.eventsFile).split(separator: "\n").last.map(String.init) ?? ""
  }

  @Test func dThenEnterRecordsTheUsualDepositForTheSelectedContact() throws {
    let dashboard = try DemoFixture.dashboard()
    press(dashboard, [.character("2"), .character("d")])
    #expect(screen(dashboard).contains("Deposit · Compagnie Électrique du Rhône"))
    press(dashboard, [.enter])
    #expect(try lastEvent(dashboard).hasPrefix("2026-11-23 electrique/lefevre deposit check-in +1 id:"))
    #expect(
      dashboard.message == "Deposit +1 for Compagnie Électrique du Rhône / Élodie Lefèvre: equity 24.5 -> 25.5")
    #expect(dashboard.form == nil)
    // The timeline lists the new event at the top.
    let lines = screen(dashboard).components(separatedBy: "\n")
    let newest = try #require(lines.firstIndex { $0.contains("2026-11-23") && $0.contains("check-in") })
    #expect(lines[newest].contains("Élodie Lefèvre"))
  }

  @Test func fromTheAccountsPaneAKindIsPickedByNumberAndPlusMinusChangeTheWeight() throws {
    let dashboard = try DemoFixture.dashboard()
    press(
      dashboard,
      [.character("d"), .character("0"), .character("2"), .character("+"), .character("+"), .character("-"), .enter])
    #expect(try lastEvent(dashboard).hasPrefix("2026-11-23 electrique deposit insight +4 id:"))
  }

  @Test func aWithdrawalTakesAWeightTypedWithoutSignAndANote() throws {
    let dashboard = try DemoFixture.dashboard()
    press(
      dashboard,
      [.character("w"), .character("0"), .character("2"), .tab] + Key.typing("5") + [.tab] + Key.typing("yesterday"))
    press(dashboard, [.tab] + Key.typing("Late \"final\" report") + [.enter])
    #expect(
      try lastEvent(dashboard).hasPrefix(
        #"2026-11-22 electrique withdrawal missed-promise -5 "Late \"final\" report" id:"#))
    #expect(dashboard.message.hasSuffix("equity 24.5 -> 19.5"))
  }

  @Test func theContactIsCompletedFromWhatIsTyped() throws {
    let dashboard = try DemoFixture.dashboard()
    press(dashboard, [.character("g"), .backTab] + Key.typing("karim"))
    #expect(screen(dashboard).contains("karim → Karim Benali"))
    press(dashboard, [.enter])
    #expect(try lastEvent(dashboard).hasPrefix("2026-11-23 electrique/benali favour-given introduction +2 id:"))
  }

  @Test func badInputIsShownInTheFormAndNothingIsWritten() throws {
    let dashboard = try DemoFixture.dashboard()
    let before = try file(dashboard, Store.eventsFile)
    press(dashboard, [.character("a"), .backTab] + Key.typing("nobody") + [.enter])
    #expect(screen(dashboard).contains("No contact matches 'nobody'"))
    press(dashboard, [.control("u"), .tab, .tab] + Key.typing("lots") + [.enter])
    #expect(screen(dashboard).contains("Weight 'lots': "))
    #expect(dashboard.form?.focused.label == "Weight")
    press(dashboard, [.control("u")] + Key.typing("1") + [.tab] + Key.typing("2027-01-01") + [.enter])
    #expect(screen(dashboard).contains("2027-01-01 is in the future"))
    press(
      dashboard, [.control("u")] + Key.typing("-3d") + [.tab, .backTab, .backTab, .backTab] + Key.typing("Bad Kind"))
    press(dashboard, [.enter])
    #expect(screen(dashboard).contains("'Bad Kind' is not a kind"))
    #expect(try file(dashboard, Store.eventsFile) == before)
    // Changes are thrown away only on a second Esc.
    press(dashboard, [.escape])
    #expect(screen(dashboard).contains("Your changes are not saved: Esc again to throw them away"))
    press(dashboard, [.escape])
    #expect(dashboard.form == nil)
    #expect(try file(dashboard, Store.eventsFile) == before)
  }

  @Test func picklingAnotherKindBringsItsWeightUnlessOneWasTyped() throws {
    let dashboard = try DemoFixture.dashboard()
    press(dashboard, [.character("d"), .character("2")])
    #expect(dashboard.form?[.weight].string == "+3")
    press(dashboard, [.character("4")])
    #expect(dashboard.form?[.weight].string == "+1")
    press(dashboard, [.tab] + Key.typing("2.5") + [.backTab, .character("3")])
    #expect(dashboard.form?[.weight].string == "2.5")
  }

  @Test func undoAndRedoFromTheKeys() throws {
    let dashboard = try DemoFixture.dashboard()
    let balance = { dashboard.ledger.totals(account: dashboard.ledger.accountIndex("electrique")!).balance }
    press(dashboard, [.character("d"), .character("0"), .enter])
    #expect(balance() == 25.5)
    press(dashboard, [.character("u")])
    #expect(balance() == 24.5)
    #expect(
      dashboard.message.hasPrefix("Undone (Ctrl-R redoes): Deposit +1 for Compagnie Électrique du Rhône on 2026-11-23"))
    #expect(
      try lastEvent(dashboard).hasSuffix("void \(dashboard.ledger.event(dashboard.ledger.eventCount - 1).id) \"undo\""))
    press(dashboard, [.control("r")])
    #expect(balance() == 25.5)
    press(dashboard, [.control("r")])
    #expect(dashboard.message == "Nothing to redo")
  }

  @Test func editingAContactRewritesOnlyItsRecord() throws {
    let dashboard = try DemoFixture.dashboard()
    let before = try file(dashboard, Store.contactsFile)
    press(dashboard, [.character("2"), .character("e"), .tab] + Key.typing("Directrice générale"))
    // To the end of the personal notes, and a second line.
    press(dashboard, Array(repeating: .tab, count: 8) + [.end, .control("j")] + Key.typing("Prefers calls to email"))
    press(dashboard, [.enter])
    #expect(dashboard.message == "Saved Élodie Lefèvre")
    // The old role is kept, dated today, at the end of her record.
    let expected =
      before
      .replacingOccurrences(of: #"role:"Directrice des Opérations""#, with: #"role:"Directrice générale""#)
      .replacingOccurrences(
        of: "skis in Les Arcs every February.\n",
        with:
          "skis in Les Arcs every February.\n    Prefers calls to email\n  previous-role: 2026-11-23 Directrice des Opérations\n"
      )
    #expect(try file(dashboard, Store.contactsFile) == expected)
  }

  @Test func anEditOfAFieldChangedOnDiskMeanwhileIsRefusedAndKeptInTheForm() throws {
    let dashboard = try DemoFixture.dashboard()
    press(dashboard, [.character("2"), .character("e"), .tab] + Key.typing("CEO"))
    let theirs = try file(dashboard, Store.contactsFile).replacingOccurrences(
      of: #"Lefèvre" role:"Directrice des Opérations""#, with: #"Lefèvre" role:COO"#)
    try theirs.write(toFile: "\(dashboard.store.path)/\(Store.contactsFile)", atomically: true, encoding: .utf8)
    press(dashboard, [.enter])
    #expect(
      dashboard.form?.problem
        == "Nothing was saved: Élodie Lefèvre's role (now “COO”) changed on disk while you edited it. Enter saves yours over theirs; Esc keeps theirs"
    )
    #expect(dashboard.form?[.role].string == "CEO")
    #expect(try file(dashboard, Store.contactsFile) == theirs)
    // Knowing theirs, a second Enter saves over it.
    press(dashboard, [.enter])
    #expect(dashboard.message == "Saved Élodie Lefèvre")
    // Their role is the one kept as the previous role.
    #expect(
      try file(dashboard, Store.contactsFile)
        == theirs.replacingOccurrences(of: "Lefèvre\" role:COO", with: "Lefèvre\" role:CEO").replacingOccurrences(
          of: "skis in Les Arcs every February.\n",
          with: "skis in Les Arcs every February.\n  previous-role: 2026-11-23 COO\n"))
  }

  @Test func addingAnAccountMakesItsIdFromTheNameAndSelectsIt() throws {
    let dashboard = try DemoFixture.dashboard()
    press(dashboard, [.character("A"), .enter])
    #expect(screen(dashboard).contains("A name is needed"))
    press(dashboard, Key.typing("Société Générale d'Essai") + [.tab] + Key.typing("a") + [.enter])
    #expect(dashboard.message == "Added Société Générale d'Essai")
    #expect(
      try file(dashboard, Store.accountsFile).hasSuffix(
        "account societe-generale-d-essai \"Société Générale d'Essai\" tier:A\n"))
    #expect(screen(dashboard).contains("Contacts · Société Générale d'Essai"))
    // The same id again is refused in the form.
    press(dashboard, [.character("A")] + Key.typing("Société Générale d'Essai") + [.enter])
    #expect(screen(dashboard).contains("An account with the id 'societe-generale-d-essai' exists already"))
  }

  @Test func addingAContactToTheSelectedAccount() throws {
    let dashboard = try DemoFixture.dashboard()
    press(dashboard, [.character("C")] + Key.typing("Anaïs Roux") + [.tab] + Key.typing("Acheteuse"))
    press(dashboard, [.tab] + Key.typing("Champion") + [.enter])
    #expect(screen(dashboard).contains("Flag 'Champion' is not a word"))
    press(dashboard, [.control("u")] + Key.typing("champion") + [.enter])
    #expect(dashboard.message == "Added Anaïs Roux to Compagnie Électrique du Rhône")
    // Next to the account's other contacts, with the file's blank line between records.
    #expect(
      try file(dashboard, Store.contactsFile).contains(
        "bought a flat in Villeurbanne.\n\ncontact electrique/anais-roux \"Anaïs Roux\" role:Acheteuse flags:champion\n\ncontact hanbit/kim"
      ))
    #expect(dashboard.focus == .contacts)
  }

  @Test func aOneLineFieldSaysSoWhenANewLineIsTyped() throws {
    let dashboard = try DemoFixture.dashboard()
    press(dashboard, [.character("d"), .tab] + Key.typing("2") + [.control("j")])
    #expect(dashboard.form?.problem == "Weight is one line: Ctrl-J adds lines only in the longer fields")
    #expect(dashboard.form?[.weight].string == "2")
  }

  @Test func theNoteTakesSeveralLinesAndIsSavedWithThem() throws {
    let dashboard = try DemoFixture.dashboard()
    press(
      dashboard,
      [.character("d"), .tab, .tab, .tab] + Key.typing("line one") + [.control("j")] + Key.typing("line two")
        + [.control("j")])
    #expect(dashboard.form?.problem == "")
    #expect(dashboard.form?[.note].string == "line one\nline two\n")
    let rows = dashboard.render(width: 120, height: 40).lines
    let first = try #require(rows.firstIndex { $0.contains("Note              line one") })
    #expect(rows[first + 1].contains("                  line two"))
    press(dashboard, [.enter])
    #expect(dashboard.form == nil)
    #expect(try file(dashboard, Store.eventsFile).contains(#"+1 "line one\nline two" id:"#))
  }

  @Test func aReadOnlyStoreSaysWhyInsteadOfOpeningAForm() throws {
    let dashboard = try DemoFixture.dashboard()
    let reader = Dashboard(
      store: try Store(path: dashboard.store.path, writable: false, today: DemoFixture.today), today: DemoFixture.today)
    #expect(reader.render(width: 120, height: 40).text.contains("READ-ONLY"))
    for key: Key in [.character("d"), .character("e"), .character("u"), .character("A")] {
      press(reader, [key])
      #expect(reader.form == nil)
      #expect(reader.message == "Read-only: opened for reading")
    }
  }

  @Test func aSecondDashboardOnTheStoreWritesToo() throws {
    let dashboard = try DemoFixture.dashboard()
    let second = Dashboard(
      store: try Store(path: dashboard.store.path, writable: true, today: DemoFixture.today), today: DemoFixture.today)
    press(second, [.character("d"), .enter])
    #expect(second.message.hasPrefix("Deposit +1 for Compagnie Électrique du Rhône"))
    press(dashboard, [.character("d"), .enter])
    #expect(dashboard.message.hasPrefix("Deposit +1 for Compagnie Électrique du Rhône"))
    #expect(dashboard.store.ledger.eventCount == second.store.ledger.eventCount + 1)
  }

  @Test func aKindWithHyphensCanBeTypedAndPlusMinusStepInWholeNumbers() throws {
    let dashboard = try DemoFixture.dashboard()
    press(dashboard, [.character("d"), .character("0")] + Key.typing("follow-up"))
    #expect(dashboard.form?[.kind].choice?.value == "follow-up")
    #expect(dashboard.form?[.weight].string == "+2")
    press(dashboard, [.tab, .character("-"), .character("-"), .character("+"), .character("+")])
    #expect(dashboard.form?[.weight].string == "+3")  // 1, then 1 at the least, 2, 3
    press(dashboard, [.control("u")] + Key.typing("1,5") + [.character("+")])
    #expect(dashboard.form?[.weight].string == "+2")
    press(dashboard, [.control("u")] + Key.typing("1,5") + [.character("-")])
    #expect(dashboard.form?[.weight].string == "+1")
    // A half typed in stays on -, and + takes it to the first whole point.
    press(dashboard, [.control("u")] + Key.typing("0,5") + [.character("-")])
    #expect(dashboard.form?[.weight].string == "+0.5")
    press(dashboard, [.character("+")])
    #expect(dashboard.form?[.weight].string == "+1")
    press(dashboard, [.control("u")] + Key.typing("2,5") + [.enter])
    #expect(try lastEvent(dashboard).hasPrefix("2026-11-23 electrique deposit follow-up +2.5 id:"))
  }

  /// + is heavier and - lighter for a withdrawal too: the size of the weight, not its sign, and
  /// the form's hint and the help say so.
  @Test func plusMakesAWithdrawalHeavierAndMinusLighterInWholePoints() throws {
    let dashboard = try DemoFixture.dashboard()
    press(dashboard, [.character("w")])
    let usual = try #require(dashboard.form.flatMap { Double($0[.weight].string) })
    #expect(usual < 0)
    press(dashboard, [.tab, .character("+")])
    #expect(dashboard.form.flatMap { Double($0[.weight].string) } == usual.rounded(.towardZero) - 1)
    press(dashboard, [.character("-"), .character("-")])
    #expect(dashboard.form.flatMap { Double($0[.weight].string) } == min(-1, usual.rounded(.towardZero) + 1))
    for _ in 0..<120 { press(dashboard, [.character("+")]) }
    #expect(dashboard.form?[.weight].string == "-100")
    for _ in 0..<120 { press(dashboard, [.character("-")]) }
    #expect(dashboard.form?[.weight].string == "-1")
    #expect(screen(dashboard).contains("+/- heavier/lighter"))
    let help = KeyMap.form.bindings.first { $0.action == .weight }?.summary ?? ""
    #expect(help.contains("heavier or lighter by one whole point"))
  }

  @Test func anEventFromBeforeThisSessionIsUndoneOnASecondU() throws {
    let dashboard = try DemoFixture.dashboard()
    let before = try file(dashboard, Store.eventsFile)
    press(dashboard, [.character("u")])
    #expect(
      dashboard.message
        == "u again to undo Deposit +1 for Nordhavn Shipping A/S / Mikkel Brandt on 2026-11-18 “Coffee with Mikkel: no agenda…”, recorded before this session"
    )
    #expect(try file(dashboard, Store.eventsFile) == before)
    press(dashboard, [.character("j"), .character("u")])
    #expect(try file(dashboard, Store.eventsFile) == before)
    press(dashboard, [.idle, .character("u")])  // a pause between the two is fine
    #expect(
      dashboard.message.hasPrefix(
        "Undone (Ctrl-R redoes): Deposit +1 for Nordhavn Shipping A/S / Mikkel Brandt on 2026-11-18"))
    #expect(dashboard.message.hasSuffix(": equity 91 -> 90"))
  }

  @Test func whatAnotherProgramWroteShowsAtTheNextKey() throws {
    let dashboard = try DemoFixture.dashboard()
    let contacts = "\(dashboard.store.path)/\(Store.contactsFile)"
    let text = try String(contentsOfFile: contacts, encoding: .utf8)
    try (text + "contact electrique/martin \"Sophie Martin\"\n").write(
      toFile: contacts, atomically: true, encoding: .utf8)
    press(dashboard, [.character("d"), .backTab] + Key.typing("soph"))
    #expect(dashboard.form?[.contact].choice?.value == "Sophie Martin")
    #expect(screen(dashboard).contains("36 contacts"))
    press(dashboard, [.enter])
    #expect(try lastEvent(dashboard).hasPrefix("2026-11-23 electrique/martin deposit check-in +1 id:"))
  }
}

extension RecordingTests {
  @Test func aMessageAboutAPersonGoesWhenAnotherProgramChangesTheStore() throws {
    let dashboard = try DemoFixture.dashboard()
    press(dashboard, [.character("2"), .character("d"), .enter])
    #expect(dashboard.message.contains("Élodie Lefèvre"))
    // Another program forgets her; the pause that reads the store again takes the message away.
    let other = try Store(path: dashboard.store.path, writable: true, today: DemoFixture.today)
    _ = try other.forget(contact: "electrique/lefevre", on: DemoFixture.today)
    #expect(dashboard.handleIdle())
    #expect(dashboard.message == "")
    #expect(!dashboard.render(width: 120, height: 40).text.contains("Élodie"))
  }
}

extension RecordingTests {
  @Test func aKeyTheFormDoesNotTakeStillEndsTheEscConfirmation() throws {
    let dashboard = try DemoFixture.dashboard()
    press(dashboard, [.character("d"), .character("x"), .escape])
    #expect(dashboard.form?.problem.hasPrefix("Your changes are not saved") == true)
    press(dashboard, [.function(5)])
    #expect(dashboard.form?.problem == "")
    press(dashboard, [.escape])
    #expect(dashboard.form != nil, "one Esc after another key asks again")
  }

  @Test func upInAPickListPicksThePreviousChoice() throws {
    let dashboard = try DemoFixture.dashboard()
    press(dashboard, [.character("d"), .down])
    #expect(dashboard.form?[.kind].choice?.value == "insight")
    press(dashboard, [.up])
    #expect(dashboard.form?[.kind].choice?.value == "check-in")
    #expect(dashboard.form?.focused.label == "Kind")
  }
}
