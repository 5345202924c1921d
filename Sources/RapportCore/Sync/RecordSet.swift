/// The records of one file (accounts.txt or contacts.txt) read with Rapport's own parser, by key:
/// what a sync compares between two versions of the file.
struct RecordSet<Record: Hashable> {
  struct Entry {
    /// Its position among the file's records (`RecordFile.spans`).
    var position: Int
    var record: Record
    /// Its text as written, comments inside it included.
    var text: String
  }

  var file: RecordFile
  var entries: [String: Entry] = [:]
  /// The keys in file order.
  var order: [String] = []

  subscript(key: String) -> Entry? { entries[key] }
}

/// How to read, name and write the records of one kind.
struct RecordKind<Record: Hashable> {
  var kind: SyncConflict.RecordKind
  var fileName: String
  var word: StaticString
  var otherWord: String
  var parse: (RawRecord, ByteView, inout DiagnosticSink) -> Record?
  var key: (Record) -> String
  var name: (Record) -> String
  /// The account a record belongs to (its own id for an account).
  var account: (Record) -> String
  var text: (Record) -> String
  /// Who last changed it through Rapport, and when (`changed:`).
  var changed: (Record) -> RecordChange?
  var merge: (Record?, Record, Record, [String: SyncSide]) -> Merge.Fields<Record>

  static var accounts: RecordKind<Account> {
    RecordKind<Account>(
      kind: .account, fileName: Store.accountsFile, word: "account", otherWord: "contact",
      parse: { RecordCodec.account($0, $1, &$2) }, key: \.id, name: \.name, account: \.id,
      text: RecordCodec.text(of:), changed: \.changed,
      merge: { Merge.account(original: $0, edited: $1, current: $2, choosing: $3) })
  }

  static var contacts: RecordKind<Contact> {
    RecordKind<Contact>(
      kind: .contact, fileName: Store.contactsFile, word: "contact", otherWord: "account",
      parse: { RecordCodec.contact($0, $1, &$2) }, key: \.key, name: \.name, account: \.account,
      text: RecordCodec.text(of:), changed: \.changed,
      merge: { Merge.contact(original: $0, edited: $1, current: $2, choosing: $3) })
  }

  /// The records of `bytes`; those that cannot be read are left as they are, by position.
  func read(_ bytes: [UInt8]) -> RecordSet<Record> {
    var sink = DiagnosticSink(file: fileName)
    return bytes.withByteView { buffer in
      let raws = splitRecords(buffer, word: word, sink: &sink, otherWords: [otherWord])
      var set = RecordSet<Record>(file: RecordFile(original: bytes, spans: raws.map(\.span)))
      for (position, raw) in raws.enumerated() {
        guard let record = parse(raw, buffer, &sink) else { continue }
        let key = key(record)
        guard set.entries[key] == nil else { continue }
        set.entries[key] = .init(
          position: position, record: record, text: String(decoding: bytes[raw.span], as: UTF8.self))
        set.order.append(key)
      }
      return set
    }
  }
}
