import Foundation

/// One event in memory: fixed-size, pointing into the log's bytes for its note and id.
struct EventEntry: Sendable {
  var day: Int32
  var account: Int32
  /// Index into the ledger's contacts, or -1 for an account-level event.
  var contact: Int32
  var weight: Int32
  var noteStart: Int32
  var noteLength: Int32
  /// 1-based line in the events file.
  var line: Int32
  var idStart: Int32
  var idKey: UInt64
  var kind: UInt16
  var idLength: UInt8
  var type: EventType
  var voided: Bool
}

/// The events file: its bytes (kept so that notes decode lazily) and one compact entry per event.
///
/// ```
/// DATE TARGET TYPE [KIND] WEIGHT ["NOTE"] [id:ID]
/// DATE void ID ["REASON"]
/// DATE restore ID ["REASON"]
/// ```
struct EventLog: Sendable {
  private(set) var bytes: [UInt8]
  private(set) var entries: [EventEntry] = []
  /// The `void` and `restore` lines, in file order.
  private(set) var marks: [Mark] = []
  private var kindTable = KindTable()
  private var ids = IdTable(capacity: 16)
  private(set) var lineCount = 0

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Kinds in order of first use; index 0 is "no kind".
  var kinds: [String] { kindTable.words }

  /// Ids written by Rapport: ten characters from this alphabet (50 random bits).
  static let idAlphabet = Array("0123456789abcdefghjkmnpqrstvwxyz".utf8)
  private static let derivedMask: UInt64 = (1 << 50) - 1
  private static let explicitBit: UInt64 = 1 << 63

  // MARK: Loading

  /// The events file cut at line boundaries into chunks, each parsed as far as it can be
  /// without the accounts and contacts.
  ///
  /// Loading runs in two steps so that the first can run while the records are still being
  /// read: drafting reads the lines, and `finish` looks up their targets, parses again the
  /// lines that need the tables, and joins the chunks in file order. Entries, ids, kinds and
  /// diagnostics come out exactly as from one pass from the first line to the last.
  struct Draft: Sendable {
    fileprivate var chunks: [DraftChunk]
  }

  /// Reading and drafting an events file on several threads: each thread that calls `work`
  /// reads the file unless another one does, then drafts the next chunk that no one has taken,
  /// until none is left. A thread only ever waits for another that is reading, so it does not
  /// matter whether the threads run at the same time or one after the other.
  final class Drafting: @unchecked Sendable {
    private let condition = NSCondition()
    private var read: (() throws -> [UInt8])?
    private var file: Result<[UInt8], Error>?
    private var ranges: [Range<Int>] = []
    private var taken = 0
    private var drafted: [DraftChunk?] = []

    init(reading read: @escaping () throws -> [UInt8]) { self.read = read }

    func work() {
      condition.lock()
      defer { condition.unlock() }
      if let read {
        self.read = nil
        condition.unlock()
        let file = Result { try read() }
        let ranges = ((try? file.get()) ?? []).withUnsafeBytes { EventLog.chunks(of: $0) }
        condition.lock()
        (self.file, self.ranges) = (file, ranges)
        drafted = Array(repeating: nil, count: ranges.count)
        condition.broadcast()
      }
      while file == nil { condition.wait() }
      let bytes = (try? file!.get()) ?? []
      while taken < ranges.count {
        let k = taken
        taken += 1
        condition.unlock()
        let chunk = bytes.withUnsafeBytes { EventLog.draft($0, ranges[k]) }
        condition.lock()
        drafted[k] = chunk
      }
    }

    /// The file's bytes, once a `work` has returned.
    func bytes() throws -> [UInt8] {
      condition.lock()
      defer { condition.unlock() }
      return try file!.get()
    }

    /// The finished draft, once every thread's `work` has returned.
    var draft: Draft {
      condition.lock()
      defer { condition.unlock() }
      return Draft(chunks: drafted.map { $0! })
    }
  }

  /// A chunk's lines parsed without the tables.
  fileprivate struct DraftChunk: Sendable {
    var range: Range<Int>
    /// Entries whose `account` and `contact` hold their target's offset and length, and whose
    /// `kind` the offset of their kind from the target (0 for none).
    var entries: [EventEntry] = []
    /// Lines that need the tables, with their numbers in the chunk: a problem to report, or a
    /// kind too far from the target to record.
    var again: [(start: Int, line: Int)] = []
    var voids: [PendingVoid] = []
    var lines = 0
  }

  /// A group of chunks parsed in full, with its lines and kinds numbered within it.
  private struct Group {
    /// Where its entries were written, in the log's entries.
    var entries: Range<Int>
    var voids: [PendingVoid] = []
    var sink: DiagnosticSink
    var kinds = KindTable()
    var lines = 0
    /// The group's ids, when they are all different.
    var ids: IdTable.Part?
  }

  /// A `void` line whose id is looked up once every event is known.
  fileprivate struct PendingVoid: Sendable {
    var key: UInt64
    var line: Int
    var lineStart: Int
    var offset: Int
    var action: Mark.Action
  }

  /// A `void` or `restore` line: what it did to which event.
  struct Mark: Sendable, Equatable {
    enum Action: Sendable, Equatable {
      /// A void whose reason is exactly "undo": what the dashboard's undo writes.
      case undo
      case void
      case restore
    }
    var line: Int32
    var event: Int32
    var action: Action
  }

  /// What parsing a line in full needs: the lookup tables and the kinds met so far.
  private struct Tables {
    let context: LineContext
    var kinds: KindTable
  }

  /// The size of a chunk to draft: small enough for the threads to share the work evenly.
  private static let bytesPerChunk = 1 << 20
  /// Lines whose targets are looked up together.
  private static let blockLines = 64
  /// The `contact` of an entry whose target is not in the tables.
  private static let unknownTarget: Int32 = -2

  /// Finishes loading `draft`, made from this log's bytes, on up to four cores: each finishes a
  /// group of consecutive chunks with about as many entries as the others, writing its entries
  /// straight into the log's.
  mutating func finish(_ draft: Draft, context: LineContext, sink: inout DiagnosticSink) {
    let file = sink.file
    let cores = min(ProcessInfo.processInfo.activeProcessorCount, 4)
    let total = draft.chunks.reduce(0) { $0 + $1.entries.count }
    // Each group's room: its drafted entries, and the lines that it parses again.
    var groups: [(chunks: ArraySlice<DraftChunk>, room: Range<Int>)] = []
    var (first, counted, room) = (0, 0, 0)
    for (k, chunk) in draft.chunks.enumerated() {
      counted += chunk.entries.count
      if k == draft.chunks.count - 1
        || (groups.count < cores - 1 && counted * cores >= total * (groups.count + 1))
      {
        let chunks = draft.chunks[first...k]
        let size = chunks.reduce(0) { $0 + $1.entries.count + $1.again.count }
        groups.append((chunks, room..<(room + size)))
        (first, room) = (k + 1, room + size)
      }
    }
    var finished: [Group] = []
    // Room for the events recorded while the store is open, so that they do not move them all.
    entries = Array(unsafeUninitializedCapacity: room + 4096) { all, count in
      adviseHugePages(UnsafeMutableRawBufferPointer(all))
      finished = bytes.withUnsafeBytes { buffer in
        concurrentMap(groups.count) { g in
          EventLog.finish(
            groups[g].chunks, buffer, context, file: file,
            into: UnsafeMutableBufferPointer(rebasing: all[groups[g].room]), at: groups[g].room)
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
    var found: [Diagnostic] = []
    var voids: [PendingVoid] = []
    var parts: [IdTable.Part] = []
    for g in finished.indices {
      let lines = lineCount
      if g > 0 {
        let kindMap = finished[g].kinds.words.map { kindTable.intern($0) }
        entries.withUnsafeMutableBufferPointer { entries in
          for i in finished[g].entries {
            entries[i].line += Int32(lines)
            entries[i].kind = kindMap[Int(entries[i].kind)]
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
          key: $0.key, line: $0.line + lines, lineStart: $0.lineStart, offset: $0.offset, action: $0.action)
      }
      lineCount += finished[g].lines
    }
    bytes.withUnsafeBytes { buffer in
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
      for void in voids {
        if let index = ids.find(void.key) {
          entries[Int(index)].voided = void.action != .restore
          marks.append(Mark(line: Int32(void.line), event: index, action: void.action))
        } else {
          sink.report(
            "\(void.action == .restore ? "restore" : "void") refers to no event with this id", line: void.line,
            lineStart: void.lineStart, offset: void.offset, in: buffer)
        }
      }
    }
  }

  /// Puts every entry's id key in the table in file order, dropping the entries whose written id
  /// an earlier line has, and returns the reports of those duplicates.
  private mutating func registerIds(_ buffer: UnsafeRawBufferPointer, file: String) -> [Diagnostic] {
    ids = IdTable(capacity: entries.count)
    var sink = DiagnosticSink(file: file)
    var kept = 0
    for position in entries.indices {
      var entry = entries[position]
      if let first = EventLog.register(&entry, at: Int32(kept), in: &ids) {
        var lineStart = Int(entry.idStart)
        while lineStart > 0, buffer[lineStart - 1] != Byte.newline { lineStart -= 1 }
        reportDuplicate(entry, of: first, buffer, &sink, lineStart: lineStart)
      } else {
        entries[kept] = entry
        kept += 1
      }
    }
    entries.removeLast(entries.count - kept)
    return sink.diagnostics
  }

  /// Cuts `buffer` after a newline into chunks of about `bytesPerChunk` bytes.
  fileprivate static func chunks(of buffer: UnsafeRawBufferPointer) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    while start < buffer.count {
      var end = buffer.count
      if buffer.count - start > bytesPerChunk * 3 / 2,
        let newline = memchr(
          buffer.baseAddress! + start + bytesPerChunk, Int32(Byte.newline),
          buffer.count - start - bytesPerChunk)
      {
        end = UnsafeRawPointer(newline) - buffer.baseAddress! + 1
      }
      ranges.append(start..<end)
      start = end
    }
    return ranges.isEmpty ? [0..<0] : ranges
  }

  /// Parses the lines in `range` (which starts a line and ends after a newline or at the end)
  /// without the tables.
  fileprivate static func draft(_ buffer: UnsafeRawBufferPointer, _ range: Range<Int>) -> DraftChunk {
    var chunk = DraftChunk(range: range)
    guard let base = buffer.baseAddress else { return chunk }
    chunk.entries.reserveCapacity(range.count / 64)
    var tables: Tables? = nil
    // Without tables, parseLine reports nothing.
    var sink = DiagnosticSink(file: "")
    var lineStart = range.lowerBound
    while lineStart < range.upperBound {
      chunk.lines += 1
      let lineEnd =
        memchr(base + lineStart, Int32(Byte.newline), range.upperBound - lineStart).map {
          UnsafeRawPointer($0) - base
        } ?? range.upperBound
      switch parseLine(buffer, lineStart, lineEnd, chunk.lines, &tables, &sink) {
      case .event(let entry): chunk.entries.append(entry)
      case .void(let key, let offset, let action):
        chunk.voids.append(
          PendingVoid(key: key, line: chunk.lines, lineStart: lineStart, offset: offset, action: action))
      case .rejected: chunk.again.append((lineStart, chunk.lines))
      case .trivia: break
      }
      lineStart = lineEnd + 1
    }
    return chunk
  }

  /// Finishes consecutive drafted chunks with the tables, writing their entries to `room`, which
  /// is at `position` in the log's entries: looks up the targets, a block at a time so that the
  /// processor waits for many table reads at once, and parses again, in their turn and as if
  /// read on their own, the lines that need the tables.
  private static func finish(
    _ drafts: ArraySlice<DraftChunk>, _ buffer: UnsafeRawBufferPointer, _ context: LineContext,
    file: String, into room: UnsafeMutableBufferPointer<EventEntry>, at position: Range<Int>
  ) -> Group {
    var tables: Tables? = Tables(context: context, kinds: KindTable())
    var group = Group(entries: position, sink: DiagnosticSink(file: file))
    var count = 0
    var block: [EventEntry] = []
    var lookups = TargetLookups()
    for draft in drafts {
      let lines = group.lines
      func parseAgain(_ start: Int, _ line: Int) {
        let end = buffer.first(Byte.newline, or: Byte.newline, in: start..<draft.range.upperBound)
        if case .event(let entry) = parseLine(buffer, start, end, lines + line, &tables, &group.sink) {
          room[count] = entry
          count += 1
        }
      }
      var again = draft.again[...]
      for blockStart in stride(from: 0, to: draft.entries.count, by: blockLines) {
        block.removeAll(keepingCapacity: true)
        block += draft.entries[blockStart..<min(blockStart + blockLines, draft.entries.count)]
        resolveTargets(&block, buffer, context, &lookups)
        for (i, var entry) in block.enumerated() {
          while let line = again.first, line.line < entry.line {
            parseAgain(line.start, line.line)
            again.removeFirst()
          }
          if entry.contact == unknownTarget {
            var start = Int(entry.account)
            while start > 0, buffer[start - 1] != Byte.newline { start -= 1 }
            parseAgain(start, Int(entry.line))
            continue
          }
          if let kind = lookups.kinds[i] {
            let end = buffer.first(Byte.space, or: Byte.tab, in: kind..<buffer.count)
            entry.kind = tables!.kinds.intern(buffer, kind..<end)
          }
          entry.line += Int32(lines)
          room[count] = entry
          count += 1
        }
      }
      for line in again { parseAgain(line.start, line.line) }
      group.voids += draft.voids.map {
        PendingVoid(
          key: $0.key, line: $0.line + lines, lineStart: $0.lineStart, offset: $0.offset, action: $0.action)
      }
      group.lines += draft.lines
    }
    group.entries = position.lowerBound..<(position.lowerBound + count)
    group.kinds = tables!.kinds
    group.ids = IdTable.Part(distinct: room[..<count].lazy.map(\.idKey))
    return group
  }

  /// The targets of a block of entries, sorted by table, and where their kinds start.
  private struct TargetLookups {
    var contacts: (entries: [Int], ranges: [Range<Int>], found: [Int32?]) = ([], [], [])
    var accounts: (entries: [Int], ranges: [Range<Int>], found: [Int32?]) = ([], [], [])
    var kinds: [Int?] = []
  }

  /// Looks up the targets of drafted entries. An unknown target leaves `contact` set to
  /// `unknownTarget` and `account` to the target's offset.
  private static func resolveTargets(
    _ block: inout [EventEntry], _ buffer: UnsafeRawBufferPointer, _ context: LineContext,
    _ lookups: inout TargetLookups
  ) {
    lookups.contacts.entries.removeAll(keepingCapacity: true)
    lookups.contacts.ranges.removeAll(keepingCapacity: true)
    lookups.accounts.entries.removeAll(keepingCapacity: true)
    lookups.accounts.ranges.removeAll(keepingCapacity: true)
    lookups.kinds.removeAll(keepingCapacity: true)
    for (i, entry) in block.enumerated() {
      let target = Int(entry.account)..<Int(entry.account + entry.contact)
      if buffer.first(Byte.slash, or: Byte.slash, in: target) < target.upperBound {
        lookups.contacts.entries.append(i)
        lookups.contacts.ranges.append(target)
      } else {
        lookups.accounts.entries.append(i)
        lookups.accounts.ranges.append(target)
      }
      lookups.kinds.append(entry.kind == 0 ? nil : target.lowerBound + Int(entry.kind))
      block[i].contact = unknownTarget
    }
    context.contacts.find(buffer, all: lookups.contacts.ranges, into: &lookups.contacts.found)
    for (i, found) in zip(lookups.contacts.entries, lookups.contacts.found) {
      if let contact = found {
        (block[i].account, block[i].contact) = (context.contactAccount[Int(contact)], contact)
      }
    }
    context.accounts.find(buffer, all: lookups.accounts.ranges, into: &lookups.accounts.found)
    for (i, found) in zip(lookups.accounts.entries, lookups.accounts.found) {
      if let account = found { (block[i].account, block[i].contact) = (account, -1) }
    }
  }

  /// Gives a parsed entry, about to take position `index`, its id key. Returns the position of
  /// the event that already has its written id, in which case the entry is not an event.
  private static func register(_ entry: inout EventEntry, at index: Int32, in ids: inout IdTable)
    -> Int32?
  {
    if entry.idStart >= 0 { return ids.insert(entry.idKey, index) }
    // Identical lines without ids are distinct events; each later copy gets the next key.
    while ids.insert(entry.idKey, index) != nil {
      entry.idKey = (entry.idKey &* 0x100_0000_01b3 &+ 1) & EventLog.derivedMask
    }
    return nil
  }

  private func reportDuplicate(
    _ entry: EventEntry, of first: Int32, _ buffer: UnsafeRawBufferPointer,
    _ sink: inout DiagnosticSink, lineStart: Int
  ) {
    sink.report(
      "duplicate event id: line \(entries[Int(first)].line) has it too; give one of them another id",
      line: Int(entry.line), lineStart: lineStart, offset: Int(entry.idStart), in: buffer)
  }

  // MARK: Lines

  enum LineResult {
    case trivia
    case rejected
    case event(EventEntry)
    case void(key: UInt64, offset: Int, action: Mark.Action)
  }

  /// The lookup tables an event line needs.
  struct LineContext {
    var accounts: ByteKeyTable
    var contacts: ByteKeyTable
    var contactAccount: [Int32]
  }

  /// Parses one line. Without `tables`, the target is not looked up (the entry's `account` and
  /// `contact` hold its offset and length, and its `kind` the kind's offset from the target),
  /// and a line with a problem is `rejected` without a report.
  private static func parseLine(
    _ buffer: UnsafeRawBufferPointer, _ lineStart: Int, _ lineEnd: Int, _ line: Int,
    _ tables: inout Tables?, _ sink: inout DiagnosticSink
  ) -> LineResult {
    var contentEnd = lineEnd
    if contentEnd > lineStart, buffer[contentEnd - 1] == Byte.carriageReturn { contentEnd -= 1 }
    var cursor = LineCursor(buffer, from: lineStart, to: contentEnd)
    let context = tables?.context
    func fail(_ reason: @autoclosure () -> String, _ offset: Int) -> LineResult {
      if context != nil {
        sink.report(reason(), line: line, lineStart: lineStart, offset: offset, in: buffer)
      }
      return .rejected
    }
    cursor.skipSpaces()
    guard let first = cursor.peek, first != Byte.hash else { return .trivia }
    if cursor.position != lineStart {
      return fail("an event line starts at column 1 with its date", cursor.position)
    }
    let dateRange = cursor.bareToken()!
    let day: Day
    switch Day.parse(buffer, dateRange.lowerBound, dateRange.upperBound) {
    case .success(let d): day = d
    case .failure(let error): return fail(error.reason, dateRange.lowerBound)
    }
    guard let target = cursor.bareToken() else {
      return fail("expected an account (or account/contact) after the date", cursor.position)
    }
    let restore = buffer.equals(target, "restore")
    if restore || buffer.equals(target, "void") {
      let word = restore ? "restore" : "void"
      guard let idRange = cursor.bareToken() else {
        return fail("expected the id of the event to \(word)", cursor.position)
      }
      let key = EventLog.key(forReference: buffer, idRange)
      guard let key else {
        return fail("'\(buffer.string(idRange))' is not an event id", idRange.lowerBound)
      }
      cursor.skipSpaces()
      var action: Mark.Action = restore ? .restore : .void
      if cursor.peek == Byte.quote {
        let quoteStart = cursor.position
        guard let reason = cursor.quoted() else {
          return fail("unterminated quote: close the reason with \"", quoteStart)
        }
        if !restore, buffer.equals(reason, "undo") { action = .undo }
      }
      cursor.skipSpaces()
      guard cursor.atEnd else {
        return fail("unexpected text after the \(word)'s reason", cursor.position)
      }
      return .void(key: key, offset: idRange.lowerBound, action: action)
    }

    let accountIndex: Int32
    var contactIndex: Int32 = -1
    let slash = context == nil ? 0 : buffer.first(Byte.slash, or: Byte.slash, in: target)
    if let context = context, slash < target.upperBound {
      guard let c = context.contacts.find(buffer, target) else {
        let accountRange = target.lowerBound..<slash
        if context.accounts.find(buffer, accountRange) == nil {
          return fail("unknown account '\(buffer.string(accountRange))'", target.lowerBound)
        }
        return fail(
          "unknown contact '\(buffer.string(target))': add it to contacts.txt or fix the id",
          slash + 1)
      }
      contactIndex = c
      accountIndex = context.contactAccount[Int(c)]
    } else if let context {
      guard let a = context.accounts.find(buffer, target) else {
        return fail(
          "unknown account '\(buffer.string(target))': add it to accounts.txt or fix the id",
          target.lowerBound)
      }
      accountIndex = a
    } else {
      (accountIndex, contactIndex) = (Int32(target.lowerBound), Int32(target.count))
    }

    guard let typeRange = cursor.bareToken() else {
      return fail("expected deposit, withdrawal, favour-given or favour-asked", cursor.position)
    }
    let type: EventType
    if buffer.equals(typeRange, "deposit") {
      type = .deposit
    } else if buffer.equals(typeRange, "withdrawal") {
      type = .withdrawal
    } else if buffer.equals(typeRange, "favour-given") || buffer.equals(typeRange, "favor-given") {
      type = .favourGiven
    } else if buffer.equals(typeRange, "favour-asked") || buffer.equals(typeRange, "favor-asked") {
      type = .favourAsked
    } else {
      return fail(
        "'\(buffer.string(typeRange))' is not an event type: use deposit, withdrawal, favour-given or favour-asked",
        typeRange.lowerBound)
    }

    guard var weightRange = cursor.bareToken() else {
      return fail("expected a kind or a weight such as +3 after '\(type.word)'", cursor.position)
    }
    var kind: UInt16 = 0
    let lead = buffer[weightRange.lowerBound]
    if !(lead == UInt8(ascii: "+") || lead == UInt8(ascii: "-") || (lead &- 48) < 10) {
      guard EventLog.isKindWord(buffer, weightRange) else {
        return fail(
          "'\(buffer.string(weightRange))' is not a kind: use a lowercase word such as insight",
          weightRange.lowerBound)
      }
      if tables != nil {
        kind = tables!.kinds.intern(buffer, weightRange)
      } else {
        guard let offset = UInt16(exactly: weightRange.lowerBound - target.lowerBound) else {
          return .rejected
        }
        kind = offset
      }
      guard let next = cursor.bareToken() else {
        return fail("expected a weight such as +3 after the kind", cursor.position)
      }
      weightRange = next
    }
    let weight: Weight
    switch Weight.parse(buffer, weightRange.lowerBound, weightRange.upperBound) {
    case .success(let parsed):
      weight = parsed.weight
      if type.isNegative, weight.hundredths > 0 {
        return fail(
          "a withdrawal takes a negative weight: write -\(Weight(hundredths: weight.hundredths).description.dropFirst())",
          weightRange.lowerBound)
      }
      if !type.isNegative, weight.hundredths < 0 {
        return fail(
          "a \(type.word) takes a positive weight; record a withdrawal for a loss",
          weightRange.lowerBound)
      }
    case .failure(let error): return fail(error.reason, weightRange.lowerBound)
    }

    cursor.skipSpaces()
    var note = 0..<0
    if cursor.peek == Byte.quote {
      let quoteStart = cursor.position
      guard let range = cursor.quoted() else {
        return fail("unterminated quote: close the note with \"", quoteStart)
      }
      guard cursor.atTokenBoundary else {
        return fail("expected a space after the note's closing quote", cursor.position)
      }
      note = range
    }
    let contentEndBeforeId = note.isEmpty ? weightRange.upperBound : note.upperBound + 1
    var idStart = -1
    var idRange = 0..<0
    if let token = cursor.bareToken() {
      guard token.count > 3, buffer.equals(token.lowerBound..<(token.lowerBound + 3), "id:") else {
        return fail(
          "unexpected '\(buffer.string(token))': a note goes in double quotes, then an optional id:ID",
          token.lowerBound)
      }
      idRange = (token.lowerBound + 3)..<token.upperBound
      guard Identifier.isValid(buffer, idRange) else {
        return fail(
          "'\(buffer.string(idRange))' is not an event id: \(Identifier.rule)", idRange.lowerBound)
      }
      idStart = idRange.lowerBound
      if let extra = cursor.bareToken() {
        return fail("unexpected '\(buffer.string(extra))' after the id", extra.lowerBound)
      }
    }
    let idKey =
      idStart >= 0
      ? buffer.hash(idRange) | EventLog.explicitBit
      : buffer.hash(lineStart..<contentEndBeforeId) & EventLog.derivedMask
    return .event(
      EventEntry(
        day: day.ordinal, account: accountIndex, contact: contactIndex, weight: weight.hundredths,
        noteStart: Int32(note.lowerBound), noteLength: Int32(note.count), line: Int32(line),
        idStart: Int32(idStart),
        idKey: idKey, kind: kind, idLength: UInt8(idRange.count), type: type, voided: false))
  }

  /// Whether `text` can be an event's kind: a lowercase word such as `insight`.
  static func isKind(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { isKindWord(UnsafeRawBufferPointer($0), 0..<$0.count) }
  }

  private static func isKindWord(_ buffer: UnsafeRawBufferPointer, _ range: Range<Int>) -> Bool {
    guard range.count <= 40, case let c = buffer[range.lowerBound], c >= 97, c <= 122 else {
      return false
    }
    return Identifier.isValid(buffer, range)
  }

  /// The key a `void` line's id refers to: `~XXXXXXXXXX` for an event without a written id.
  private static func key(forReference buffer: UnsafeRawBufferPointer, _ range: Range<Int>)
    -> UInt64?
  {
    if buffer[range.lowerBound] == UInt8(ascii: "~") {
      guard range.count == 11 else { return nil }
      var key: UInt64 = 0
      for i in (range.lowerBound + 1)..<range.upperBound {
        guard let digit = idAlphabet.firstIndex(of: buffer[i]) else { return nil }
        key = key << 5 | UInt64(digit)
      }
      return key
    }
    guard Identifier.isValid(buffer, range) else { return nil }
    return buffer.hash(range) | explicitBit
  }

  /// The id of an entry: as written, or `~` and ten characters derived from the line's content.
  func id(of entry: EventEntry) -> String {
    if entry.idStart >= 0 {
      return bytes.withUnsafeBytes {
        $0.string(Int(entry.idStart)..<(Int(entry.idStart) + Int(entry.idLength)))
      }
    }
    var text = "~"
    for shift in stride(from: 45, through: 0, by: -5) {
      text.unicodeScalars.append(
        Unicode.Scalar(EventLog.idAlphabet[Int((entry.idKey >> UInt64(shift)) & 31)]))
    }
    return text
  }

  func note(of entry: EventEntry) -> String {
    guard entry.noteLength > 0 else { return "" }
    let start = Int(entry.noteStart)
    return bytes.withUnsafeBytes { $0.unescaped(start..<(start + Int(entry.noteLength))) }
  }

  /// Whether an event with this id is in the log.
  func contains(id: String) -> Bool {
    var id = id
    return id.withUTF8 { EventLog.key(forReference: UnsafeRawBufferPointer($0), 0..<$0.count) }.map {
      ids.find($0) != nil
    } ?? false
  }

  /// Index of the event with this id.
  func index(of id: String) -> Int? {
    var id = id
    guard
      let key = id.withUTF8({ EventLog.key(forReference: UnsafeRawBufferPointer($0), 0..<$0.count) }
      )
    else { return nil }
    return ids.find(key).map(Int.init)
  }

  /// A new random id not used in this log.
  func freshID() -> String {
    var generator = SystemRandomNumberGenerator()
    while true {
      let id = String(
        decoding: (0..<10).map { _ in EventLog.idAlphabet[Int(generator.next() % 32)] },
        as: UTF8.self)
      if !contains(id: id) { return id }
    }
  }

  /// What a line appended to the log did.
  enum EventLineOutcome {
    case recorded(Int)
    /// A `void` or `restore` line changed this event.
    case marked(Int)
  }

  /// Adds one complete line to the log, as if it had been read from the file.
  mutating func append(line text: [UInt8], context: LineContext) -> Result<
    EventLineOutcome, Diagnostic
  > {
    let start = bytes.count
    var sink = DiagnosticSink(file: "events.txt")
    bytes += text
    lineCount += 1
    let lineNumber = lineCount
    var tables: Tables? = Tables(context: context, kinds: kindTable)
    defer { kindTable = tables!.kinds }
    let result: Result<EventLineOutcome, Diagnostic> = bytes.withUnsafeBytes { buffer in
      let end = buffer.count - 1
      switch EventLog.parseLine(buffer, start, end, lineNumber, &tables, &sink) {
      case .event(var entry):
        if let first = EventLog.register(&entry, at: Int32(entries.count), in: &ids) {
          reportDuplicate(entry, of: first, buffer, &sink, lineStart: start)
          return .failure(sink.diagnostics[0])
        }
        entries.append(entry)
        return .success(.recorded(entries.count - 1))
      case .void(let key, let offset, let action):
        guard let index = ids.find(key) else {
          sink.report(
            "\(action == .restore ? "restore" : "void") refers to no event with this id", line: lineNumber,
            lineStart: start, offset: offset, in: buffer)
          return .failure(sink.diagnostics[0])
        }
        entries[Int(index)].voided = action != .restore
        marks.append(Mark(line: Int32(lineNumber), event: index, action: action))
        return .success(.marked(Int(index)))
      case .trivia, .rejected:
        return .failure(
          sink.diagnostics.first
            ?? Diagnostic(file: "events.txt", line: lineNumber, column: 1, reason: "not an event"))
      }
    }
    if case .failure = result {
      bytes.removeLast(text.count)
      lineCount -= 1
    }
    return result
  }

  /// Ensures the bytes end with a newline, so that the next appended line starts a new line.
  mutating func terminateLastLine() -> Bool {
    guard let last = bytes.last, last != Byte.newline else { return false }
    bytes.append(Byte.newline)
    return true
  }
}

/// Kinds of events, numbered in order of first use; number 0 is "no kind".
struct KindTable: Sendable {
  private(set) var words = [""]
  private var table = ByteKeyTable()

  mutating func intern(_ buffer: UnsafeRawBufferPointer, _ range: Range<Int>) -> UInt16 {
    if let existing = table.find(buffer, range) { return UInt16(existing) }
    return add(buffer.string(range))
  }

  mutating func intern(_ word: String) -> UInt16 {
    if word.isEmpty { return 0 }
    if let existing = table.find(word) { return UInt16(existing) }
    return add(word)
  }

  private mutating func add(_ word: String) -> UInt16 {
    words.append(word)
    table.insert(word, Int32(words.count - 1))
    return UInt16(words.count - 1)
  }
}

/// Runs `body` for `0..<count` on all cores, and returns the results in order.
func concurrentMap<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
  guard count > 1 else { return (0..<count).map(body) }
  let results = UnsafeMutablePointer<T?>.allocate(capacity: count)
  results.initialize(repeating: nil, count: count)
  defer {
    results.deinitialize(count: count)
    results.deallocate()
  }
  withoutActuallyEscaping(body) { body in
    let shared = Unchecked(value: (body, results))
    DispatchQueue.concurrentPerform(iterations: count) { shared.value.1[$0] = shared.value.0($0) }
  }
  return (0..<count).map { results[$0]! }
}

/// A value handed to other threads that only touch their own parts of it.
private struct Unchecked<T>: @unchecked Sendable {
  let value: T
}

/// Runs `first` and `second` at the same time and returns both results.
func concurrently<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
  let results = concurrentMap(2) { side -> (A?, B?) in side == 0 ? (first(), nil) : (nil, second()) }
  return (results[0].0!, results[1].1!)
}
