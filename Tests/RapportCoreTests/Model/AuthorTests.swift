import Testing

@testable import RapportCore

@Suite struct AuthorTests {
  @Test func acceptsNamesOfEveryScript() {
    #expect(Author("sam")?.name == "sam")
    #expect(Author("Sam Lee")?.name == "Sam Lee")
    #expect(Author("김지현")?.name == "김지현")
    #expect(Author("o'brien@example.com") != nil)
    #expect(Author(String(repeating: "a", count: 64)) != nil)
  }

  @Test func refusesWhatCannotBeWrittenOrShownSafely() {
    #expect(Author.problem(with: "") == "the name is empty")
    #expect(Author.problem(with: String(repeating: "a", count: 65)) == "the name is longer than 64 characters")
    #expect(Author.problem(with: " sam") == "the name starts or ends with a space")
    #expect(Author.problem(with: "sam\n") == "the name starts or ends with a space")
    #expect(Author.problem(with: "s\"am") == "the name contains a quote")
    #expect(Author.problem(with: "s\\am") == "the name contains a backslash")
    #expect(Author.problem(with: "s\u{1B}[2Jam") == "the name contains a control character (U+1B)")
    #expect(Author.problem(with: "s\u{202E}am") == "the name contains a control character (U+202E)")
    #expect(Author("sam\u{7}") == nil)
  }

  @Test func namesCompareIgnoringCase() {
    #expect(Author("Sam")! == Author("sam")!)
    #expect(Set([Author("Sam")!, Author("SAM")!]).count == 1)
    #expect(Author("Sam")! != Author("Jane")!)
  }
}
