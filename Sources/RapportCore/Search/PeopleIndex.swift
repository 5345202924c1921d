import Foundation

/// Where a search found an account: in its own name or id, or in one of its contacts' fields.
public enum SearchField: Int, CaseIterable, Comparable, Sendable {
  // In the order a match counts: an account's own name first, a contact's name before their role,
  // and their role before what is written about them.
  case accountName, accountID
  case name, id, role, flags, nextJob, measuredBy, worries, help, progress, previousRole, left, personal

  public static func < (a: SearchField, b: SearchField) -> Bool { a.rawValue < b.rawValue }

  /// Whether the match was in the account's own name or id, not in a contact.
  public var isAccount: Bool { self == .accountName || self == .accountID }

  /// How a result names the field: the file's word for it (docs/FORMAT.md).
  public var label: String {
    switch self {
    case .accountName, .name: return "name"
    case .accountID, .id: return "id"
    case .role: return "role"
    case .flags: return "flags"
    case .nextJob: return "next job"
    case .measuredBy: return "measured by"
    case .worries: return "worries"
    case .help: return "help"
    case .progress: return "progress"
    case .previousRole: return "previous role"
    case .left: return "left"
    case .personal: return "personal"
    }
  }
}

/// Why an account was found: where, and through which contact (a ledger contact index).
public struct SearchHit: Equatable, Sendable {
  public var field: SearchField
  public var contact: Int?

  public init(field: SearchField, contact: Int? = nil) {
    self.field = field
    self.contact = contact
  }
}

/// Every account's and contact's searchable text, folded once (see `SearchFolding`) into one
/// buffer, so that a search is a single pass of `memchr` and `memcmp` over it, however many accounts there
/// are. Made once per ledger; a search does no folding but the query's.
public struct PeopleIndex: Sendable {
  /// The folded texts, each followed by a NUL; an account's own texts, then its contacts'.
  private var bytes: [UInt8] = []
  /// Where each text starts in `bytes`, in order.
  private var starts: [Int32] = []
  /// Each text's account, contact (-1 for the account's own), and field.
  private var accounts: [Int32] = []
  private var contacts: [Int32] = []
  private var fields: [SearchField] = []
  /// Where each account's texts end (the next account's start), by account index.
  private var accountEnds: [Int32] = []

  /// How many accounts the index was made for.
  public var accountCount: Int { accountEnds.count }

  public init(ledger: Ledger) {
    var texts: [String] = []
    texts.reserveCapacity(ledger.accounts.count * 2 + ledger.contacts.count * 6)
    func add(_ text: String, account: Int, contact: Int32, field: SearchField) {
      texts.append(text)
      accounts.append(Int32(account))
      contacts.append(contact)
      fields.append(field)
    }
    for (index, account) in ledger.accounts.enumerated() {
      add(account.name, account: index, contact: -1, field: .accountName)
      add(account.id, account: index, contact: -1, field: .accountID)
      for contact in ledger.contacts(ofAccount: index) {
        let person = ledger.contacts[contact]
        let texts: [(String, SearchField)] = [
          (person.name, .name), (person.id, .id), (person.role, .role), (person.flags.joined(separator: " "), .flags),
          (person.nextJob, .nextJob), (person.measuredBy, .measuredBy), (person.worries, .worries),
          (person.help, .help), (person.progress.map(\.text).joined(separator: " "), .progress),
          (person.previousRoles.map(\.text).joined(separator: " "), .previousRole),
          (person.left?.text ?? "", .left), (person.personal, .personal),
        ]
        for (text, field) in texts where !text.isEmpty {
          add(text, account: index, contact: Int32(contact), field: field)
        }
      }
      accountEnds.append(Int32(accounts.count))
    }
    bytes = SearchFolding.foldedBuffer(texts)
    starts.reserveCapacity(texts.count)
    if !texts.isEmpty { starts.append(0) }
    for (offset, byte) in bytes.enumerated() where byte == 0 && offset + 1 < bytes.count {
      starts.append(Int32(offset + 1))
    }
  }

  /// Each account's best match for `query` (folded here), by account index: nil where it has
  /// none, everything for an empty query. The best is the first in `SearchField` order, and for
  /// the same field the contact first in the store.
  public func search(_ query: String) -> [SearchHit?] {
    let needle = SearchFolding.foldedBytes(query)
    guard !needle.isEmpty else { return Array(repeating: SearchHit(field: .accountName), count: accountCount) }
    var best = [SearchHit?](repeating: nil, count: accountCount)
    bytes.withUnsafeBufferPointer { hay in
      needle.withUnsafeBufferPointer { wanted in
        guard let base = hay.baseAddress, let wantedBase = wanted.baseAddress else { return }
        var position = 0
        // The text holding a match: found by walking on from the last, since matches come in order.
        var text = 0
        while let offset = PeopleIndex.find(wantedBase, count: wanted.count, in: base, from: position, to: hay.count) {
          while text + 1 < starts.count, Int(starts[text + 1]) <= offset { text += 1 }
          let account = Int(accounts[text])
          let field = fields[text]
          if best[account].map({ field < $0.field }) ?? true {
            best[account] = SearchHit(field: field, contact: contacts[text] < 0 ? nil : Int(contacts[text]))
          }
          // Nothing later in the account can beat a match in its own name or id.
          let next = field.isAccount ? Int(accountEnds[account]) : text + 1
          position = next < starts.count ? Int(starts[next]) : hay.count
        }
      }
    }
    return best
  }

  /// Where `needle` first occurs in `hay` between `start` and `end`: `memchr` finds its first
  /// byte, `memcmp` checks the rest (Glibc keeps `memmem` behind `_GNU_SOURCE`).
  private static func find(
    _ needle: UnsafePointer<UInt8>, count: Int, in hay: UnsafePointer<UInt8>, from start: Int, to end: Int
  ) -> Int? {
    let first = Int32(needle[0])
    var position = start
    while end - position >= count {
      guard let hit = memchr(hay + position, first, end - position - count + 1) else { return nil }
      let offset = hay.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      if count == 1 || memcmp(hay + offset + 1, needle + 1, count - 1) == 0 { return offset }
      position = offset + 1
    }
    return nil
  }

}
