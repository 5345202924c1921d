import Foundation

// Loading the events file: finishing the drafted chunks (see EventDrafting.swift) with the
// lookup tables on several threads, and joining them in file order.
extension EventLog {
  /// A group of chunks parsed in full, with its lines and kinds numbered within it.
  struct Group {
    /// Where its entries were written, in the log's entries.
    var entries: Range<Int>
    var voids: [PendingVoid] = []
    var sink: DiagnosticSink
    var kinds = KindTable()
    var authors = AuthorTable()
    var lines = 0
    /// The group's ids, when they are all different.
    var ids: IdTable.Part?
    /// Its promise lines, closing lines and `promise:` links, in file order.
    var promiseItems: [PromiseItem] = []
  }

  /// A `void` line whose id is looked up once every event is known.
  struct PendingVoid: Sendable {
    var key: UInt64
    var line: Int
    var lineStart: Int
    var offset: Int
    var action: Mark.Action
    /// Where the line's `by:` name is written.
    var author: Range<Int>? = nil
  }

  /// Lines whose targets are looked up together.
  static let blockLines = 64

  /// Finishes loading `draft`, made from this log's bytes, on up to four cores: each finishes a
  /// group of consecutive chunks with about as many entries as the others, writing its entries
  /// straight into the log's.
  mutating func finish(_ draft: consuming Draft, context: LineContext, sink: inout DiagnosticSink) {
    let file = sink.file
    let reported = sink.diagnostics.count
    // Problems found after the lines were read (a void or a close naming nothing) take their
    // place in line order.
    defer {
      if sink.diagnostics.count > reported + 1 {
        var sorted = DiagnosticSink(file: file)
        sink.diagnostics[..<reported].forEach { sorted.add($0) }
        sink.diagnostics[reported...].enumerated().sorted {
          ($0.element.line, $0.offset) < ($1.element.line, $1.offset)
        }
        .forEach { sorted.add($0.element) }
        sink = sorted
      }
    }
    let cores = min(ProcessInfo.processInfo.activeProcessorCount, 4)
    let total = draft.chunks.reduce(0) { $0 + $1.entries.count }
    // Each group's chunks, and its room: its drafted entries, and the lines that it parses again.
    var groups: [(chunks: Range<Int>, room: Range<Int>)] = []
    var (first, counted, room) = (0, 0, 0)
    for (k, chunk) in draft.chunks.enumerated() {
      counted += chunk.entries.count
      if k == draft.chunks.count - 1
        || (groups.count < cores - 1 && counted * cores >= total * (groups.count + 1))
      {
        let size = draft.chunks[first...k].reduce(0) { $0 + $1.entries.count + $1.again.count }
        groups.append((first..<(k + 1), room..<(room + size)))
        (first, room) = (k + 1, room + size)
      }
    }
    // The chunks move out of the draft into memory that the groups share, so that each chunk
    // is freed as soon as its entries are written: the drafts and the entries are not all
    // alive at once.
    let drafts = UnsafeMutableBufferPointer<DraftChunk>.allocate(capacity: draft.chunks.count)
    _ = drafts.initialize(fromContentsOf: draft.chunks)
    draft = Draft(chunks: [])
    defer {
      drafts.deinitialize()
      drafts.deallocate()
    }
    var finished: [Group] = []
    // Room for the events recorded while the store is open, so that they do not move them all.
    entries = Array(unsafeUninitializedCapacity: room + 4096) { all, count in
      adviseHugePages(UnsafeMutableRawBufferPointer(all))
      let (bytes, groups, writes, chunks) = (bytes, groups, DisjointWrites(all), DisjointWrites(drafts))
      finished = concurrentMap(groups.count) { g in
        bytes.withByteView { buffer in
          EventLog.finish(
            chunks.claim(groups[g].chunks), buffer, context, file: file, into: writes.claim(groups[g].room),
            at: groups[g].room)
        }
      }
      // Close the gaps left by lines that were not events after all.
      count = 0
      for g in finished.indices {
        let range = finished[g].entries
        if range.lowerBound != count {
          (all.baseAddress! + count).update(from: all.baseAddress! + range.lowerBound, count: range.count)
          finished[g].entries = count..<(count + range.count)
        }
        count += range.count
      }
    }
    // Number the later groups' lines and kinds as one pass would have.
    kindTable = finished[0].kinds
    authorTable = finished[0].authors
    var found: [Diagnostic] = []
    var voids: [PendingVoid] = []
    var parts: [IdTable.Part] = []
    var promiseItems: [PromiseItem] = []
    for g in finished.indices {
      let lines = lineCount
      if g > 0 {
        let kindMap = finished[g].kinds.words.map { kindTable.intern($0) }
        let authorMap = finished[g].authors.authors.map { authorTable.intern($0) }
        let authorsMove = authorMap.enumerated().contains { $0.offset != Int($0.element) }
        entries.withUnsafeMutableBufferPointer { entries in
          for i in finished[g].entries {
            entries[i].line += Int32(lines)
            entries[i].kind = kindMap[Int(entries[i].kind)]
            if authorsMove { entries[i].author = authorMap[Int(entries[i].author)] }
          }
        }
      }
      if var part = finished[g].ids {
        part.offset = Int32(finished[g].entries.lowerBound)
        parts.append(part)
      }
      found += finished[g].sink.diagnostics.map {
        var moved = $0
        moved.line += lines
        return moved
      }
      voids += finished[g].voids.map {
        PendingVoid(
          key: $0.key, line: $0.line + lines, lineStart: $0.lineStart, offset: $0.offset, action: $0.action,
          author: $0.author)
      }
      promiseItems += finished[g].promiseItems.map { $0.moved(by: lines) }
      lineCount += finished[g].lines
    }
    bytes.withByteView { buffer in
      // The chunks' ids make the log's when no id is in two chunks (or twice in one). Otherwise
      // file order decides which events are duplicates, so the table is built line by line.
      var duplicates: ArraySlice<Diagnostic> = []
      if parts.count == finished.count, let joined = IdTable(joining: parts) {
        ids = joined
      } else {
        duplicates = registerIds(buffer, file: file)[...]
      }
      for diagnostic in found {
        while let duplicate = duplicates.first, duplicate.line < diagnostic.line {
          sink.add(duplicate)
          duplicates.removeFirst()
        }
        sink.add(diagnostic)
      }
      duplicates.forEach { sink.add($0) }
      // Promises are rare: their lines were read in full, and are resolved here in file order.
      if !promiseItems.isEmpty { registerPromises(promiseItems, buffer, &sink) }
      for void in voids {
        var author: UInt16 = 0
        if let range = void.author {
          switch authorTable.intern(buffer, range) {
          case .success(let number): author = number
          case .failure(let error):
            sink.report(
              "by: \(error.reason)", line: void.line, lineStart: void.lineStart, offset: range.lowerBound, in: buffer)
            continue
          }
        }
        if let index = ids.find(void.key) {
          entries[Int(index)].voided = void.action != .restore
          marks.append(Mark(line: Int32(void.line), event: index, action: void.action, author: author))
        } else if !promises.entries.isEmpty,
          promises.mark(void.key, action: void.action, line: void.line, author: authorTable[author])
        {
          continue
        } else {
          sink.report(
            "\(void.action == .restore ? "restore" : "void") refers to no event with this id", line: void.line,
            lineStart: void.lineStart, offset: void.offset, in: buffer)
        }
      }
      if !promiseItems.isEmpty { applyPromiseMarks(promiseItems, buffer, &sink) }
    }
  }

  /// Registers the promise lines in file order, once every event's id is known.
  mutating func registerPromises(_ items: [PromiseItem], _ buffer: ByteView, _ sink: inout DiagnosticSink) {
    let entries = self.entries
    for case .promise(let line) in items {
      promises.register(line, eventIDs: ids, eventLine: { entries[Int($0)].line }, buffer, &sink)
    }
  }

  /// Applies the closing and reopening lines in file order, links the events that name a
  /// promise, and puts the promises' marks (`void` and `restore` lines included) in file order.
  mutating func applyPromiseMarks(_ items: [PromiseItem], _ buffer: ByteView, _ sink: inout DiagnosticSink) {
    for item in items {
      switch item {
      case .promise: break
      case .mark(let mark): promises.apply(mark, buffer, &sink)
      case .link(let link):
        // Entries are in file order: the event is found by its line.
        var (low, high) = (0, entries.count)
        while low < high {
          let middle = (low + high) / 2
          if Int(entries[middle].line) < link.line { low = middle + 1 } else { high = middle }
        }
        if low < entries.count, Int(entries[low].line) == link.line {
          promises.link(link, event: Int32(low), buffer, &sink)
        }
      }
    }
    promises.marks.sort { $0.line < $1.line }
  }

  /// Puts every entry's id key in the table in file order, dropping the entries whose written id
  /// an earlier line has, and returns the reports of those duplicates.
  mutating func registerIds(_ buffer: ByteView, file: String) -> [Diagnostic] {
    ids = IdTable(capacity: entries.count)
    var sink = DiagnosticSink(file: file)
    var kept = 0
    for position in entries.indices {
      var entry = entries[position]
      if let first = EventLog.register(&entry, at: Int32(kept), in: &ids) {
        let lineStart = buffer.lineStart(of: Int(entry.idStart))
        if EventLog.sameLine(lineStart, buffer.lineStart(of: Int(entries[Int(first)].idStart)), buffer) {
          // The same line twice (added in two clones of a shared store): counted once, and not
          // an error that would stop the team; `rapport sync` removes the copy.
          sink.report(
            "the same event as line \(entries[Int(first)].line), counted once: rapport sync removes the copy",
            line: Int(entry.line), lineStart: lineStart, offset: Int(entry.idStart), in: buffer, severity: .warning)
        } else {
          reportDuplicate(entry, of: first, buffer, &sink, lineStart: lineStart)
        }
      } else {
        entries[kept] = entry
        kept += 1
      }
    }
    entries.removeLast(entries.count - kept)
    return sink.diagnostics
  }

  /// Whether the lines that start at `a` and `b` are the same bytes (their line ends aside).
  static func sameLine(_ a: Int, _ b: Int, _ buffer: ByteView) -> Bool {
    let (endA, endB) = (buffer.line(from: a, before: buffer.count).end, buffer.line(from: b, before: buffer.count).end)
    guard endA - a == endB - b else { return false }
    for i in 0..<(endA - a) where buffer[a + i] != buffer[b + i] { return false }
    return true
  }

  /// Finishes consecutive drafted chunks with the tables, writing their entries to `room`, which
  /// is at `position` in the log's entries: looks up the targets, a block at a time so that the
  /// processor waits for many table reads at once, and parses again, in their turn and as if
  /// read on their own, the lines that need the tables. Each chunk in `drafts` is left empty
  /// (its memory freed) once its entries are written.
  static func finish(
    _ drafts: UnsafeMutableBufferPointer<DraftChunk>, _ buffer: ByteView, _ context: LineContext,
    file: String, into room: UnsafeMutableBufferPointer<EventEntry>, at position: Range<Int>
  ) -> Group {
    var tables: Tables? = Tables(context: context, kinds: KindTable(), authors: AuthorTable())
    var group = Group(entries: position, sink: DiagnosticSink(file: file))
    var count = 0
    var block: [DraftEntry] = []
    var lookups = TargetLookups()
    for k in drafts.indices {
      let draft = drafts[k]
      defer { drafts[k] = DraftChunk(range: draft.range.upperBound..<draft.range.upperBound) }
      let lines = group.lines
      func parseAgain(_ start: Int, _ line: Int) {
        let end = buffer.line(from: start, before: draft.range.upperBound).end
        switch parseLine(buffer, start, end, lines + line, &tables, &group.sink) {
        case .event(let entry):
          room[count] = entry
          count += 1
        case .linked(let entry, let link):
          room[count] = entry
          count += 1
          group.promiseItems.append(.link(link))
        case .promise(let promise): group.promiseItems.append(.promise(promise))
        case .promiseMark(let mark): group.promiseItems.append(.mark(mark))
        case .trivia, .rejected, .drafted, .void: break
        }
      }
      var again = draft.again[...]
      for blockStart in stride(from: 0, to: draft.entries.count, by: blockLines) {
        block.removeAll(keepingCapacity: true)
        block += draft.entries[blockStart..<min(blockStart + blockLines, draft.entries.count)]
        resolveTargets(&block, buffer, context, &lookups)
        for (i, drafted) in block.enumerated() {
          var entry = drafted.entry
          while let line = again.first, line.line < entry.line {
            parseAgain(line.start, line.line)
            again.removeFirst()
          }
          guard lookups.known[i] else {
            parseAgain(buffer.lineStart(of: Int(drafted.targetStart)), Int(entry.line))
            continue
          }
          if drafted.kindOffset > 0 {
            let kind = Int(drafted.targetStart) + Int(drafted.kindOffset)
            let end = buffer.first(Byte.space, or: Byte.tab, in: kind..<buffer.count)
            entry.kind = tables!.kinds.intern(buffer, kind..<end)
          }
          if entry.author > 0 {
            let name = Int(drafted.targetStart) + Int(entry.author)
            let end =
              buffer[name - 1] == Byte.quote
              ? buffer.first(Byte.quote, or: Byte.quote, in: name..<buffer.count)
              : buffer.first(Byte.space, or: Byte.tab, in: name..<buffer.count)
            guard case .success(let number) = tables!.authors.intern(buffer, name..<end) else {
              // Not an author's name: read again, to report it.
              parseAgain(buffer.lineStart(of: Int(drafted.targetStart)), Int(drafted.entry.line))
              continue
            }
            entry.author = number
          }
          entry.line += Int32(lines)
          room[count] = entry
          count += 1
        }
      }
      for line in again { parseAgain(line.start, line.line) }
      group.voids += draft.voids.map {
        PendingVoid(
          key: $0.key, line: $0.line + lines, lineStart: $0.lineStart, offset: $0.offset, action: $0.action,
          author: $0.author)
      }
      group.lines += draft.lines
    }
    group.entries = position.lowerBound..<(position.lowerBound + count)
    group.kinds = tables!.kinds
    group.authors = tables!.authors
    group.ids = IdTable.Part(distinct: room[..<count].lazy.map(\.idKey))
    return group
  }

  /// The targets of a block of entries, sorted by table, and whether each entry's was found.
  struct TargetLookups {
    var contacts: (entries: [Int], ranges: [Range<Int>], found: [Int32?]) = ([], [], [])
    var accounts: (entries: [Int], ranges: [Range<Int>], found: [Int32?]) = ([], [], [])
    var known: [Bool] = []
  }

  /// Looks up the targets of drafted entries, setting their `account` and `contact`; `known`
  /// says which were found.
  static func resolveTargets(
    _ block: inout [DraftEntry], _ buffer: ByteView, _ context: LineContext,
    _ lookups: inout TargetLookups
  ) {
    lookups.contacts.entries.removeAll(keepingCapacity: true)
    lookups.contacts.ranges.removeAll(keepingCapacity: true)
    lookups.accounts.entries.removeAll(keepingCapacity: true)
    lookups.accounts.ranges.removeAll(keepingCapacity: true)
    lookups.known.removeAll(keepingCapacity: true)
    lookups.known.append(contentsOf: repeatElement(false, count: block.count))
    for (i, entry) in block.enumerated() {
      let target = Int(entry.targetStart)..<(Int(entry.targetStart) + Int(entry.targetLength))
      if buffer.first(Byte.slash, or: Byte.slash, in: target) < target.upperBound {
        lookups.contacts.entries.append(i)
        lookups.contacts.ranges.append(target)
      } else {
        lookups.accounts.entries.append(i)
        lookups.accounts.ranges.append(target)
      }
    }
    context.contacts.find(buffer, all: lookups.contacts.ranges, into: &lookups.contacts.found)
    for (i, found) in zip(lookups.contacts.entries, lookups.contacts.found) {
      if let contact = found {
        (block[i].entry.account, block[i].entry.contact) = (context.contactAccount[Int(contact)], contact)
        lookups.known[i] = true
      }
    }
    context.accounts.find(buffer, all: lookups.accounts.ranges, into: &lookups.accounts.found)
    for (i, found) in zip(lookups.accounts.entries, lookups.accounts.found) {
      if let account = found {
        (block[i].entry.account, block[i].entry.contact) = (account, -1)
        lookups.known[i] = true
      }
    }
  }
}
