/// Kinds of events, numbered in order of first use; number 0 is "no kind".
struct KindTable: Sendable {
  private(set) var words = [""]
  private var table = ByteKeyTable()

  mutating func intern(_ buffer: ByteView, _ range: Range<Int>) -> UInt32 {
    if let existing = table.find(buffer, range) { return UInt32(existing) }
    return add(buffer.string(range))
  }

  mutating func intern(_ word: String) -> UInt32 {
    if word.isEmpty { return 0 }
    if let existing = table.find(word) { return UInt32(existing) }
    return add(word)
  }

  private mutating func add(_ word: String) -> UInt32 {
    words.append(word)
    table.insert(word, Int32(words.count - 1))
    return UInt32(words.count - 1)
  }
}
