import Foundation
import Testing

@testable import RapportCore

/// The search behind `/`: folding, and where in accounts and contacts a query is found.
@Suite struct PeopleIndexTests {
  private func ledger() throws -> Ledger {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-search-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    let files = [
      Store.accountsFile: """
      account muller "Müller Präzisionstechnik" tier:A
      account hanbit "Hanbit Systems" tier:B
      account nord "Nordlicht Energie" tier:C
      account vx "Vestas Wind" tier:C

      """,
      Store.contactsFile: """
      contact muller/katrin "Katrin Weber" role:CFO
        next-job: CEO of a family firm
      contact muller/jonas "Jonas Brandt" role:"Head of Purchasing"
      contact hanbit/kim "김지현" role:CTO
        worries: The Busan plant's downtime
      contact nord/ines "Ines Vogt" role:Buyer
        next-job: Purchasing at Müller
        personal: Sails on the Ostsee

      """,
      Store.eventsFile: "",
    ]
    for (name, text) in files { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
    return try Store(path: path, writable: false, today: Day(iso: "2026-11-23")!).ledger
  }

  /// The accounts found, by id, with why.
  private func found(_ query: String, in ledger: Ledger) -> [String: SearchHit] {
    let hits = PeopleIndex(ledger: ledger).search(query)
    var result: [String: SearchHit] = [:]
    for (index, hit) in hits.enumerated() { if let hit { result[ledger.accounts[index].id] = hit } }
    return result
  }

  @Test func foldingIgnoresCaseAccentsAndWidth() {
    #expect(SearchFolding.fold("Müller") == "muller")
    #expect(SearchFolding.fold("KATRIN") == "katrin")
    #expect(SearchFolding.fold("Élodie Lefèvre") == "elodie lefevre")
    #expect(SearchFolding.fold("ＡＢＣ") == "abc")
    #expect(SearchFolding.fold("김지현") == "김지현")
  }

  @Test func theIndexFoldsACharacterAtATimeAsFoundationFoldsAWholeText() {
    // Precomposed and decomposed accents, full width, Hangul, kana, Greek, a ligature-free ß.
    let texts = [
      "Müller", "ACME", "", "김지현", "Straße ＡＢＣ", "Élodie Lefèvre", "E\u{301}lodie", "Ｋａｔｒｉｎ", "ÇA ÅÄÖ",
      "ΑΘΗΝΑ", "カタカナ", "x",
    ]
    for text in texts {
      #expect(String(decoding: SearchFolding.foldedBytes(text), as: UTF8.self) == SearchFolding.fold(text), "\(text)")
    }
    let one: [UInt8] = texts.flatMap { Array(SearchFolding.fold($0).utf8) + [UInt8(0)] }
    #expect(SearchFolding.foldedBuffer(texts) == one)
    // A NUL inside a text never splits it.
    #expect(SearchFolding.foldedBuffer(["a\u{0}b"]) == Array("ab".utf8) + [0])
  }

  @Test func anAccountIsFoundByItsNameOrIdBeforeAnyContact() throws {
    let ledger = try ledger()
    let hits = found("muller", in: ledger)
    // Müller's own name; Nordlicht through Ines's next job.
    #expect(hits["muller"] == SearchHit(field: .accountName))
    #expect(hits["nord"] == SearchHit(field: .nextJob, contact: ledger.contactIndex("nord/ines")))
    #expect(hits["hanbit"] == nil)
    #expect(found("HANBIT", in: ledger)["hanbit"] == SearchHit(field: .accountName))
    #expect(found("vx", in: ledger) == ["vx": SearchHit(field: .accountID)])
  }

  @Test func aContactIsFoundByNameIdRoleAndCareerFields() throws {
    let ledger = try ledger()
    let katrin = ledger.contactIndex("muller/katrin")
    #expect(found("katrin", in: ledger) == ["muller": SearchHit(field: .name, contact: katrin)])
    #expect(found("Weber", in: ledger) == ["muller": SearchHit(field: .name, contact: katrin)])
    #expect(found("cfo", in: ledger) == ["muller": SearchHit(field: .role, contact: katrin)])
    #expect(found("family firm", in: ledger) == ["muller": SearchHit(field: .nextJob, contact: katrin)])
    let kim = ledger.contactIndex("hanbit/kim")
    #expect(found("kim", in: ledger) == ["hanbit": SearchHit(field: .id, contact: kim)])
    #expect(found("지현", in: ledger) == ["hanbit": SearchHit(field: .name, contact: kim)])
    #expect(found("busan", in: ledger) == ["hanbit": SearchHit(field: .worries, contact: kim)])
    #expect(
      found("ostsee", in: ledger) == ["nord": SearchHit(field: .personal, contact: ledger.contactIndex("nord/ines"))])
  }

  @Test func theBestMatchOfAnAccountWinsWhateverComesFirstInTheFile() throws {
    let ledger = try ledger()
    // "purchasing" is Jonas's role at Müller and Ines's next job at Nordlicht.
    let hits = found("purchasing", in: ledger)
    #expect(hits["muller"] == SearchHit(field: .role, contact: ledger.contactIndex("muller/jonas")))
    #expect(hits["nord"] == SearchHit(field: .nextJob, contact: ledger.contactIndex("nord/ines")))
    // A query typed with accents finds the same.
    #expect(found("MÜLL", in: ledger).keys.sorted() == ["muller", "nord"])
  }

  @Test func nothingMatchesAcrossTwoFieldsOrWhatIsNotThere() throws {
    let ledger = try ledger()
    // The name ends, and the id starts: a match may not run from one into the other.
    #expect(found("webermuller", in: ledger).isEmpty)
    #expect(found("zebra", in: ledger).isEmpty)
    #expect(found("weberkatrin", in: ledger).isEmpty)
  }
}
