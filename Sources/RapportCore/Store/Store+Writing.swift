import Foundation

extension Store {
  /// Runs one write: refuses it when the store is read-only, takes the store's lock for its
  /// length (a write made inside another shares the other's), reads again what other programs
  /// changed since the store was read, and refuses it when the store has errors.
  func writing<T>(_ body: () throws -> T) throws -> T {
    if case .readOnly(let reason) = access { throw StoreError.readOnly(reason) }
    if lock != nil { return try body() }
    lock = try StoreLock(folder: path)
    defer { lock = nil }
    if changedOnDisk { try reload() }
    let errorCount = errors.count
    guard errorCount == 0 else { throw StoreError.hasErrors(errorCount) }
    return try body()
  }

  /// Appends a checked event line to `events.txt`, then applies it in memory; the line's index
  /// among the events. On failure nothing is left in the file or in memory.
  func append(_ line: String) throws -> Int {
    switch try append(lines: [line])[0] {
    case .recorded(let index), .marked(let index), .promised(let index), .promiseMarked(let index): return index
    }
  }

  /// Appends checked lines to `events.txt` in one write, then applies them in memory in turn;
  /// what each did. When the write fails, nothing is left in the file or in memory.
  @discardableResult
  func append(lines: [String]) throws -> [EventLog.EventLineOutcome] {
    let file = "\(path)/\(Store.eventsFile)"
    do {
      if try FileIO.append(Array(lines.joined().utf8), to: file, disk: disk) { _ = ledger.terminateEventsLastLine() }
    } catch {
      throw StoreError.io(error)
    }
    signatures[Store.eventsFile] = FileIO.signature(file)
    revision += 1
    return try lines.map { line in
      switch ledger.appendEventLine(Array(line.utf8)) {
      case .success(let outcome): return outcome
      case .failure(let diagnostic): throw StoreError.invalid(diagnostic.reason)
      }
    }
  }

  /// Rewrites a record file atomically.
  func write(_ file: RecordFile, to name: String) throws {
    let full = "\(path)/\(name)"
    do { try FileIO.replace(full, with: file.render(), disk: disk) } catch {
      throw StoreError.io(error)
    }
    signatures[name] = FileIO.signature(full)
    revision += 1
  }
}
