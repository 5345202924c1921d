/// The authors named by `by:` in the events file, numbered in order of first use; number 0 is
/// "no author". Each name is checked against `Author`'s rule once, when first met.
struct AuthorTable: Sendable {
  private(set) var authors: [Author?] = [nil]
  private var table = ByteKeyTable()

  /// The most authors a log holds (an entry keeps its author in 16 bits).
  static let capacity = Int(UInt16.max)

  /// The number of the name in `range`, or the reason it cannot be an author's name.
  mutating func intern(_ buffer: ByteView, _ range: Range<Int>) -> Result<UInt16, AuthorProblem> {
    if let existing = table.find(buffer, range) { return .success(UInt16(existing)) }
    let name = buffer.string(range)
    if let reason = Author.problem(with: name) { return .failure(AuthorProblem(reason: reason)) }
    guard authors.count < AuthorTable.capacity else {
      return .failure(AuthorProblem(reason: "more than \(AuthorTable.capacity - 1) authors in one events file"))
    }
    authors.append(Author(name))
    table.insert(name, Int32(authors.count - 1))
    return .success(UInt16(authors.count - 1))
  }

  /// The number of `author`, added when new; 0 for nil.
  mutating func intern(_ author: Author?) -> UInt16 {
    guard let author else { return 0 }
    return author.name.withByteView { (try? intern($0, 0..<$0.count).get()) ?? 0 }
  }

  subscript(index: UInt16) -> Author? { authors[Int(index)] }
}

/// Why a `by:` name cannot be read.
struct AuthorProblem: Error {
  var reason: String
}
