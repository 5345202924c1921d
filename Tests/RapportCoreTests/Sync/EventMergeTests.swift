import Testing

@testable import RapportCore

/// The events file's three-way merge: a line the other side rewrote is replaced, not kept beside
/// its new version, even when this clone added a line next to it.
@Suite struct EventMergeTests {
  @Test func aLineRewrittenThereIsReplacedAndNewLinesOfBothSidesStay() {
    let base = Array("# Events\nA id:1\nBAD id:2\n".utf8)
    let ours = Array("# Events\nA id:1\nBAD id:2\nMINE id:3\n".utf8)
    let theirs = Array("# Events\nA id:1\nFIXED id:2\nTHEIRS id:4\n".utf8)
    let merged = EventMerge.merge(base: base, ours: ours, theirs: theirs)
    #expect(String(decoding: merged, as: UTF8.self) == "# Events\nA id:1\nMINE id:3\nFIXED id:2\nTHEIRS id:4\n")
  }

  @Test func aLineRewrittenHereStaysAndALineAddedOnBothSidesIsThereTwice() {
    let base = Array("A id:1\n".utf8)
    let ours = Array("A2 id:1\nSAME id:5\n".utf8)
    let theirs = Array("A id:1\nSAME id:5\n".utf8)
    let merged = EventMerge.merge(base: base, ours: ours, theirs: theirs)
    #expect(String(decoding: merged, as: UTF8.self) == "A2 id:1\nSAME id:5\nSAME id:5\n")
  }
}
