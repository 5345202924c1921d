/// The three-way merge of the events file that a sync writes over git's union merge: git's union
/// keeps both sides of a conflicting hunk, so a line the other side rewrote (a teammate's fix of
/// a bad line) would stay beside its fix when this clone added a line next to it.
///
/// This clone's lines stay in their order, without the lines the other side removed or rewrote
/// (those this clone left as they were); then come the lines the other side added, in its order.
/// A line both sides added is there twice, as union makes it: the sync removes the copy.
enum EventMerge {
  static func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8]) -> [UInt8] {
    if ours == theirs || theirs == base { return ours }
    if ours == base { return theirs }
    let (baseLines, ourLines, theirLines) = (lines(base), lines(ours), lines(theirs))
    var goneThere = count(baseLines)
    for line in theirLines { goneThere[line].map { goneThere[line] = $0 - 1 } }
    var addedThere = count(theirLines)
    for line in baseLines { addedThere[line].map { addedThere[line] = $0 - 1 } }
    var merged: [ArraySlice<UInt8>] = []
    for line in ourLines {
      if let gone = goneThere[line], gone > 0 {
        goneThere[line] = gone - 1
        continue
      }
      merged.append(line)
    }
    for line in theirLines {
      guard let added = addedThere[line], added > 0 else { continue }
      addedThere[line] = added - 1
      merged.append(line)
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(ours.count + theirs.count)
    for line in merged {
      bytes += line
      bytes.append(Byte.newline)
    }
    return bytes
  }

  /// The lines, without their line ends (a carriage return stays on its line).
  private static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var lines = bytes.split(separator: Byte.newline, omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    return lines
  }

  private static func count(_ lines: [ArraySlice<UInt8>]) -> [ArraySlice<UInt8>: Int] {
    var counts: [ArraySlice<UInt8>: Int] = [:]
    for line in lines { counts[line, default: 0] += 1 }
    return counts
  }
}
