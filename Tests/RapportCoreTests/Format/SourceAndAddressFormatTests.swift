import Foundation
import Testing

@testable import RapportCore

/// The `src:` tag on event lines, and a contact's `email:` and `phone:` lines.
@Suite struct SourceAndAddressFormatTests {
  private let accounts = "account acme \"Acme\" tier:A\n"
  private let jane = "contact acme/jane \"Jane\" role:COO\n"

  @Test func aSourceIsWrittenAfterThePromiseAndReadBackByteForByte() throws {
    let events = """
      2026-10-01 acme/jane deposit check-in +1 "Review" src:ics:abc@google.com:acme/jane id:a1
      2026-10-02 acme deposit +1 for:career src:csv:row-1
      2026-10-03 acme/jane deposit insight +2 "n" for:career src:csv:Ünïcode id:a3

      """
    let fixture = try TemporaryStore(accounts: accounts, contacts: jane, events: events)
    let store = try fixture.open()
    // The second line books for:career to an account: the one problem, not the source.
    #expect(store.diagnostics.map(\.description).count == 1, "\(store.diagnostics)")
    #expect(
      store.ledger.eventSources.map(\.text).sorted() == ["csv:row-1", "csv:Ünïcode", "ics:abc@google.com:acme/jane"])
    let draft = EventDraft(
      day: Day(iso: "2026-10-01")!, account: "acme", contact: "jane", type: .deposit, kind: "check-in",
      weight: Weight(1), note: "Review", source: EventSource("ics:abc@google.com:acme/jane"))
    #expect(EventLog.line(for: draft, id: "a1") == events.split(separator: "\n")[0] + "\n")
  }

  @Test func aSourceWithAControlCharacterAQuoteOrNothingIsRefusedWhereItIs() throws {
    let events =
      "2026-10-01 acme deposit +1 src:a\u{1B}b id:b1\n2026-10-01 acme deposit +1 src:a\"b\n"
      + "2026-10-01 acme deposit +1 src: id:b3\n2026-10-01 acme deposit +1 id:b4 src:x\n"
    let store = try TemporaryStore(accounts: accounts, events: events).open()
    let found = store.diagnostics.map(\.description)
    #expect(found.count == 4, "\(found)")
    #expect(found[0].hasPrefix("events.txt:1:32: the source contains a control character (U+001B ESC)"))
    #expect(found[1].hasPrefix("events.txt:2:32: a source cannot hold a double quote"))
    #expect(found[2].hasPrefix("events.txt:3:32: src: needs a source"))
    #expect(found[3].hasPrefix("events.txt:4:34: unexpected 'src:x' after the id"))
  }

  @Test func aSourceIsMadeIntoOneToken() {
    #expect(EventSource("ics:a b\"c\\d\u{7}:x").text == "ics:a_b_c_d_:x")
    #expect(EventSource("").text == "_")
  }

  @Test func emailAndPhoneLinesRepeatAndAreWrittenFirst() throws {
    let contacts = """
      contact acme/jane "Jane" role:COO
        next-job: CEO
        email: jane@acme.example
        phone: +45 12 34 56 78
        email: Jane.Doe@home.example

      """
    let fixture = try TemporaryStore(accounts: accounts, contacts: contacts)
    let store = try fixture.open()
    #expect(store.diagnostics.isEmpty, "\(store.diagnostics)")
    var contact = store.ledger.contacts[0]
    #expect(contact.emails == ["jane@acme.example", "Jane.Doe@home.example"])
    #expect(contact.phones == ["+45 12 34 56 78"])
    // Loaded as written; rewritten in the canonical order once edited.
    #expect(try fixture.read(Store.contactsFile) == contacts)
    contact.phones.append("(555) 010-99 x12")
    try store.update(contact)
    #expect(
      try fixture.read(Store.contactsFile) == """
        contact acme/jane "Jane" role:COO
          email: jane@acme.example
          email: Jane.Doe@home.example
          phone: +45 12 34 56 78
          phone: (555) 010-99 x12
          next-job: CEO

        """)
    #expect(try fixture.open().ledger.contacts[0] == contact)
  }

  @Test func aBadAddressOrNumberIsReportedAtItsLine() throws {
    let contacts = "contact acme/jane \"Jane\"\n  email: jane at acme\n  phone: call me\n"
    let store = try TemporaryStore(accounts: accounts, contacts: contacts).open()
    #expect(
      store.diagnostics.map(\.description) == [
        "contacts.txt:2:3: 'jane at acme' is not an email address: write one as name@example.com, one a line",
        "contacts.txt:3:3: 'call me' is not a telephone number: write digits, with spaces, + - . ( ) allowed, one a line",
      ])
  }

  @Test func anAddressWithAControlCharacterIsNotStored() throws {
    let fixture = try TemporaryStore(accounts: accounts, contacts: jane)
    let store = try fixture.open()
    var contact = store.ledger.contacts[0]
    contact.emails = ["jane@acme.example\u{1B}[31m"]
    #expect(throws: StoreError.self) { try store.update(contact) }
    #expect(try fixture.read(Store.contactsFile) == jane)
  }

  @Test func forgettingAContactDropsTheSourcesThatNameThem() throws {
    let fixture = try TemporaryStore(
      accounts: accounts, contacts: jane,
      events: "2026-10-01 acme/jane deposit check-in +1 \"Review\" src:ics:m1@cal:acme/jane id:a1\n")
    let store = try fixture.open()
    _ = try store.forget(contact: "acme/jane", on: Day(iso: "2026-11-23")!)
    let events = try fixture.read(Store.eventsFile)
    #expect(events.hasPrefix("2026-10-01 acme deposit check-in +1 id:a1\n"), "\(events)")
    #expect(!events.contains("jane"))
  }
}
