import Testing

@testable import RapportUI

@Suite struct FormFieldTests {
  private func typed(_ start: String, _ keys: [Key]) -> FormField {
    var field = FormField(.note, .multiline, text: start)
    field.fresh = false
    for key in keys { _ = field.edit(key) }
    return field
  }

  @Test func aFreshFieldIsReplacedByTyping() {
    var field = FormField(.date, text: "today")
    _ = field.edit(.character("-"))
    _ = field.edit(.character("2"))
    #expect(field.string == "-2")
    var kept = FormField(.date, text: "today")
    _ = kept.edit(.end)
    _ = kept.edit(.character("!"))
    #expect(kept.string == "today!")
  }

  @Test func aLongerFieldIsAppendedToUnlessItsTextIsSelected() {
    var appended = FormField(.nextJob, .multiline, text: "Director of Quality")
    _ = appended.edit(.character("!"))
    #expect(appended.string == "Director of Quality!")
    var replaced = FormField(.nextJob, .multiline, text: "Director of Quality")
    replaced.selectsAll = true
    // A key the field does not take keeps the selection.
    let taken = replaced.edit(.control("x"))
    #expect(!taken)
    #expect(replaced.selectsAll && replaced.fresh)
    for c in "VP Quality" { _ = replaced.edit(.character(c)) }
    #expect(replaced.string == "VP Quality" && !replaced.selectsAll)
    var kept = FormField(.nextJob, .multiline, text: "Director of Quality")
    kept.selectsAll = true
    _ = kept.edit(.left)
    _ = kept.edit(.character("!"))
    #expect(kept.string == "Director of Qualit!y")
  }

  @Test func shellEditingKeys() {
    #expect(typed("one two three", [.control("w")]).string == "one two ")
    #expect(typed("one two three", [.left, .left, .control("k")]).string == "one two thr")
    #expect(typed("one two three", [.home, .delete, .character("O")]).string == "One two three")
    #expect(typed("one two three", [.control("a"), .right, .control("u")]).string == "ne two three")
    #expect(typed("first\nsecond", [.control("u")]).string == "first\n")
    #expect(typed("first\nsecond", [.control("a"), .backspace]).string == "firstsecond")
    #expect(typed("a", [.control("j"), .character("b")]).string == "a\nb")
  }

  @Test func upAndDownMoveBetweenTheLinesOfALongerField() {
    var field = FormField(.note, .multiline, text: "first line\nsecond\nthird line")
    _ = field.edit(.up)
    #expect(field.cursor == 17)  // the end of "second", the column clamped
    _ = field.edit(.up)
    #expect(field.cursor == 6)
    let leftTheField = !field.edit(.up)
    #expect(leftTheField)
    _ = field.edit(.down)
    _ = field.edit(.down)
    #expect(field.cursor == 24)
    var typed = field
    _ = typed.edit(.character("!"))
    #expect(typed.string == "first line\nsecond\nthird !line")  // a longer field is never replaced
  }

  @Test func aOneLineFieldTakesNoNewLine() {
    var field = FormField(.name, text: "x")
    let taken = field.edit(.control("j"))
    #expect(!taken)
    #expect(field.string == "x")
  }

  @Test func choicesNarrowByTypingIgnoringAccentsAndPickByNumber() {
    var field = FormField(
      .contact,
      .choice(
        options: ["Élodie Lefèvre", "François Gauthier", "Karim Benali", "Léa Bernard"], numbered: false,
        allowsOther: false))
    for c in "fran" { _ = field.edit(.character(c)) }
    #expect(field.choice?.value == "François Gauthier")
    _ = field.edit(.control("u"))
    // Words that start with what is typed: Lefèvre and Léa, not Benali.
    for c in "le" { _ = field.edit(.character(c)) }
    #expect(field.matches.map(\.option) == ["Élodie Lefèvre", "Léa Bernard"])
    _ = field.edit(.down)
    #expect(field.choice?.value == "Léa Bernard")
    _ = field.edit(.down)
    #expect(field.choice?.value == "Élodie Lefèvre")
    for c in "zzz" { _ = field.edit(.character(c)) }
    #expect(field.choice == nil)

    var kinds = FormField(.kind, .choice(options: ["promise-kept", "insight"], numbered: true, allowsOther: true))
    _ = kinds.edit(.character("2"))
    #expect(kinds.choice?.value == "insight")
    for c in "lunch" { _ = kinds.edit(.character(c)) }
    #expect(kinds.choice?.index == nil)
    #expect(kinds.choice?.value == "lunch")
  }

  @Test func paneTextWrapsAtSpacesAndBreaksLongCJKRuns() {
    #expect(wrap("集团副总裁，负责华南区所有供应链业务", width: 10) == ["集团副总裁", "，负责华南", "区所有供应", "链业务"])
    #expect(wrap("the quick brown fox", width: 9) == ["the quick", "brown fox"])
  }

  @Test func wrappingBreaksAfterSpacesAndCountsWideCharacters() {
    let text = Array("今日は晴れ the quick fox\nend")
    let rows = wrapForEditing(text, width: 12, cursor: text.count)
    #expect(rows.map { String(text[$0.range]) } == ["今日は晴れ ", "the quick ", "fox", "end"])
    #expect(rows.map(\.cursor) == [nil, nil, nil, 3])
    let long = Array("abcdefghij")
    #expect(wrapForEditing(long, width: 4).map { String(long[$0.range]) } == ["abcd", "efgh", "ij"])
    #expect(wrapForEditing([], width: 4, cursor: 0).map(\.cursor) == [0])
  }
}
