import Foundation
import RapportCore
import Testing

@testable import RapportUI

/// The account form shows a hard-wrapped culture reflowed; saving keeps the file's own lines
/// unless the culture itself was changed.
@Suite struct FoldedCultureTests {
  private func dashboard(_ accounts: String) throws -> (Dashboard, String) {
    let path = try PeopleFixture.store()
    try accounts.write(toFile: path + "/" + Store.accountsFile, atomically: true, encoding: .utf8)
    let store = try Store(path: path, writable: true, today: PeopleFixture.today)
    return (Dashboard(store: store, today: PeopleFixture.today), path + "/" + Store.accountsFile)
  }

  private let wrapped = """
    account acme "Acme Corp" tier:A
      culture: Formal; the style is
        Parisian. Lunch is where
        things get decided.
      do: Send a compte rendu

    """

  @Test func theFormShowsParagraphsAndSavingElseKeepsTheFilesLines() throws {
    let (dashboard, file) = try dashboard(wrapped)
    press(dashboard, [.character("E")])
    #expect(dashboard.form?[.culture].string == "Formal; the style is Parisian. Lunch is where things get decided.")
    press(dashboard, [.control("u")] + Key.typing("Acme Group") + [.enter])
    #expect(dashboard.message == "Saved Acme Group", "\(dashboard.message ?? "")")
    let written = try String(contentsOfFile: file, encoding: .utf8)
    #expect(written == wrapped.replacingOccurrences(of: "\"Acme Corp\"", with: "\"Acme Group\""), "\(written)")
  }

  @Test func aChangedCultureIsSavedAsTyped() throws {
    let (dashboard, file) = try dashboard(wrapped)
    press(dashboard, [.character("E")])
    for _ in 0..<20 where dashboard.form.map({ $0.fields[$0.focus].key != .culture }) ?? false {
      press(dashboard, [.tab])
    }
    press(dashboard, [.end] + Key.typing(" Or over coffee."))
    press(dashboard, [.enter])
    let written = try String(contentsOfFile: file, encoding: .utf8)
    #expect(
      written.contains("culture: Formal; the style is Parisian. Lunch is where things get decided. Or over coffee.\n"))
  }

  @Test func theCursorOfAMarkedItemIsAfterItsMark() throws {
    let (dashboard, _) = try dashboard(wrapped)
    press(dashboard, [.character("E")])
    for _ in 0..<20 where dashboard.form.map({ $0.fields[$0.focus].key != .dos }) ?? false { press(dashboard, [.tab]) }
    press(dashboard, [.end])
    let frame = dashboard.render(width: 80, height: 30)
    let cursor = try #require(frame.cursor)
    let row = frame.lines[cursor.y]
    let item = try #require(row.range(of: "+ Send a compte rendu"))
    #expect(DisplayWidth.of(row[..<item.upperBound]) == cursor.x)
  }
}
