import Foundation
import Testing

@testable import RapportCore

/// vCard imports: accounts matched or created, contacts updated field by field, never twice.
@Suite struct ContactImportTests {
  private let accounts = "account acme \"Acmé Corp\" tier:A\naccount nord \"Nordhavn\" tier:B\n"
  private let contacts = """
    contact acme/jane "Jane Doe" role:CFO
      email: jane@acme.example
      personal: Runs marathons

    contact nord/lars "Lars Berg"

    """

  private func card(_ lines: String) -> String { "BEGIN:VCARD\r\nVERSION:3.0\r\n\(lines)END:VCARD\r\n" }

  @Test func anExistingContactIsUpdatedFieldByFieldAndANewOneAdded() throws {
    let fixture = try TemporaryStore(accounts: accounts, contacts: contacts)
    let store = try fixture.open()
    let vcf =
      card("FN:Jane Doe\r\nORG:ACME CORP;Finance\r\nTITLE:COO\r\nEMAIL:JANE@acme.example\r\nEMAIL:jd@home.example\r\n")
      + card("FN:Lars  Berg\r\nORG:nord\r\nTEL;TYPE=CELL:+45 11 22 33 44\r\n")
      + card("FN:Pia Holm\r\nORG:Nordhavn\r\nEMAIL:pia@nordhavn.example\r\nTITLE:Buyer\r\n")
    let plan = VCardImport.plan(vcf, file: "c.vcf", ledger: store.ledger)
    #expect(plan.problems.isEmpty, "\(plan.problems)")
    #expect(plan.newContacts.map(\.key) == ["nord/pia-holm"])
    #expect(plan.editedContacts.map(\.key) == ["acme/jane", "nord/lars"])
    let jane = plan.editedContacts[0]
    // The role is the card's, the address it lacked is added, and the personal notes stay.
    #expect(jane.role == "COO" && jane.emails == ["jane@acme.example", "jd@home.example"])
    #expect(jane.personal == "Runs marathons")
    #expect(plan.summary(dryRun: false) == "1 contact added, 2 updated, 0 unchanged")
    try store.importRecords(
      accounts: plan.newAccounts, newContacts: plan.newContacts, editedContacts: plan.editedContacts)
    let reopened = try fixture.open()
    #expect(reopened.diagnostics.isEmpty, "\(reopened.diagnostics)")
    #expect(reopened.ledger.contacts.map(\.key) == ["acme/jane", "nord/lars", "nord/pia-holm"])
    #expect(reopened.ledger.contacts[2].emails == ["pia@nordhavn.example"])
    let again = VCardImport.plan(vcf, file: "c.vcf", ledger: reopened.ledger)
    #expect(again.newContacts.isEmpty && again.editedContacts.isEmpty && again.unchanged == 3)
  }

  @Test func anUnknownOrganisationIsAnErrorUnlessAccountsAreCreated() throws {
    let store = try TemporaryStore(accounts: accounts, contacts: contacts).open()
    let vcf = card("FN:Ann Lee\r\nORG:Globex\r\n") + card("FN:Bo Ek\r\nORG:Globex\r\n") + card("FN:No Org\r\n")
    let refused = VCardImport.plan(vcf, file: "c.vcf", ledger: store.ledger)
    #expect(
      refused.problems.map(\.description) == [
        "c.vcf:1: no account named 'Globex': add it, give --account ID, or --create-accounts to create it",
        "c.vcf:6: no account named 'Globex': add it, give --account ID, or --create-accounts to create it",
        "c.vcf:11: 'No Org' has no ORG: give --account ID to put the card's contact in one",
      ])
    let created = VCardImport.plan(
      card("FN:Ann Lee\r\nORG:Globex\r\n") + card("FN:Bo Ek\r\nORG:Globex\r\n"), file: "c.vcf", ledger: store.ledger,
      createAccounts: true)
    #expect(created.newAccounts.map(\.id) == ["globex"])
    #expect(created.newContacts.map(\.key) == ["globex/ann-lee", "globex/bo-ek"])
    let fixed = VCardImport.plan(vcf, file: "c.vcf", ledger: store.ledger, account: "nord")
    #expect(fixed.problems.isEmpty)
    #expect(fixed.newContacts.map(\.key) == ["nord/ann-lee", "nord/bo-ek", "nord/no-org"])
  }

  @Test func badAddressesAndNumbersAreReportedAndNothingIsPlanned() throws {
    let store = try TemporaryStore(accounts: accounts, contacts: contacts).open()
    let plan = VCardImport.plan(
      card("FN:Ann\r\nORG:acme\r\nEMAIL:ann at acme\r\nTEL:ring me\r\n"), file: "c.vcf", ledger: store.ledger)
    #expect(plan.problems.count == 2)
    #expect(plan.newContacts.isEmpty)
  }

  @Test func twoCardsOfOnePersonMakeOneContactAndANamesakeElsewhereIsNew() throws {
    let store = try TemporaryStore(accounts: accounts, contacts: contacts).open()
    // Another Jane Doe than acme/jane, in another account.
    let plan = VCardImport.plan(
      card("FN:Jane Doe\r\nORG:nord\r\n") + card("FN:Jane Doe\r\nORG:nord\r\nEMAIL:j2@nord.example\r\n"),
      file: "c.vcf", ledger: store.ledger)
    // The second card is the same person as the first: same name, same account.
    #expect(plan.newContacts.map(\.key) == ["nord/jane-doe"])
    #expect(plan.newContacts[0].emails == ["j2@nord.example"])
  }

  @Test func aNameWithNoLatinLettersGetsAPlainIdThatIsNotTakenTwice() throws {
    let store = try TemporaryStore(accounts: accounts, contacts: contacts).open()
    let plan = VCardImport.plan(
      card("FN:山田太郎\r\nORG:京都精機\r\n") + card("FN:鈴木花子\r\nORG:京都精機\r\n"), file: "c.vcf",
      ledger: store.ledger, createAccounts: true)
    #expect(plan.newAccounts.map(\.id) == ["account"])
    #expect(plan.newAccounts.map(\.name) == ["京都精機"])
    #expect(plan.newContacts.map(\.key) == ["account/contact", "account/contact-2"])
  }

  @Test func anEditMadeElsewhereSinceThePlanIsKept() throws {
    let fixture = try TemporaryStore(accounts: accounts, contacts: contacts)
    let store = try fixture.open()
    let plan = VCardImport.plan(
      card("FN:Jane Doe\r\nORG:acme\r\nTEL:+45 12 34 56 78\r\n"), file: "c.vcf", ledger: store.ledger)
    // Someone edits Jane's role by hand between the plan and the write.
    try fixture.write(Store.contactsFile, contacts.replacingOccurrences(of: "role:CFO", with: "role:\"VP Ops\""))
    try store.importRecords(
      accounts: plan.newAccounts, newContacts: plan.newContacts, editedContacts: plan.editedContacts,
      originals: plan.originals)
    let jane = try fixture.open().ledger.contacts[0]
    #expect(jane.role == "VP Ops" && jane.phones == ["+45 12 34 56 78"])
  }
}
