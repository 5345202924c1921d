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
    let bytes = Array(line.utf8)
    let file = "\(path)/\(Store.eventsFile)"
    do {
      if try FileIO.append(bytes, to: file, disk: disk) { _ = ledger.terminateEventsLastLine() }
    } catch {
      throw StoreError.io(error)
    }
    signatures[Store.eventsFile] = FileIO.signature(file)
    revision += 1
    switch ledger.appendEventLine(bytes) {
    case .success(.recorded(let index)), .success(.marked(let index)): return index
    case .failure(let diagnostic): throw StoreError.invalid(diagnostic.reason)
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
