import Foundation
import Testing

@testable import RapportCore

/// A disk that takes `capacity` bytes and then fails every write with "No space left on device",
/// after really writing the part that fitted, as a full disk does.
final class FillingDisk: @unchecked Sendable {
  private let lock = NSLock()
  private var room: Int
  private let failSync: Bool

  init(capacity: Int, failSync: Bool = false) {
    room = capacity
    self.failSync = failSync
  }

  var disk: Disk {
    Disk(
      write: { fd, bytes in
        self.lock.lock()
        defer { self.lock.unlock() }
        guard self.room > 0 else { return -Int(ENOSPC) }
        let n = write(fd, bytes.baseAddress, min(bytes.count, self.room))
        if n > 0 { self.room -= n }
        return n
      },
      sync: { fd in self.failSync ? EIO : (fsync(fd) == 0 ? 0 : errno) })
  }
}

@Suite struct StoreSafetyTests {
  private let day = Day(iso: "2026-11-23")!

  private func deposit(_ note: String = "Shared the benchmark") -> EventDraft {
    EventDraft(
      day: day, account: "acme", contact: "jane", type: .deposit, kind: "insight", weight: Weight(3), note: note)
  }

  private func files(_ fixture: TemporaryStore) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: fixture.path).sorted()
  }

  @Test(arguments: [0, 1, 10, 40, 70])
  func anAppendCutShortByAFullDiskLeavesTheFileAsItWas(capacity: Int) throws {
    // Without a final newline, so that the append also has to write one first.
    let events = String(Sample.events.dropLast())
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: events)
    let store = try Store(
      path: fixture.path, writable: true, today: day, disk: FillingDisk(capacity: capacity).disk)
    let before = store.ledger.eventCount
    #expect {
      try store.record(deposit())
    } throws: { error in
      "\(error)".contains("No space left on device")
    }
    #expect(try fixture.read(Store.eventsFile) == events)
    #expect(store.ledger.eventCount == before)
    // Nothing is left to refuse later writes: the store is valid, on disk and in memory.
    #expect(store.errors.isEmpty)
    let again = try fixture.open()
    #expect(again.errors.isEmpty)
    let recorded = try again.record(deposit())
    #expect(
      try fixture.read(Store.eventsFile)
        == events + "\n2026-11-23 acme/jane deposit insight +3 \"Shared the benchmark\" id:\(recorded.id)\n")
  }

  @Test(.enabled(if: ReadOnlyMount.available))
  func onARealFullDiskNothingIsRecordedAndNothingIsLeft() throws {
    let disk = try SmallDisk(kilobytes: 64)
    let fixture = try TemporaryStore(
      accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events, in: disk.path)
    let store = try fixture.open()
    // Fill the disk to the last few bytes.
    let filler =
      FileHandle(forWritingAtPath: disk.path + "/filler")
      ?? {
        FileManager.default.createFile(atPath: disk.path + "/filler", contents: nil)
        return FileHandle(forWritingAtPath: disk.path + "/filler")!
      }()
    while (try? filler.write(contentsOf: Data(repeating: 0x61, count: 512))) != nil {}
    while (try? filler.write(contentsOf: Data([0x61]))) != nil {}
    try? filler.close()
    #expect {
      try store.record(deposit(String(repeating: "long note ", count: 900)))
    } throws: { error in
      "\(error)".contains("No space left on device")
    }
    #expect(try fixture.read(Store.eventsFile) == Sample.events)
    #expect(try fixture.open(writable: false).errors.isEmpty)
  }

  @Test func aFailedSyncTakesTheLineBackToo() throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let store = try Store(
      path: fixture.path, writable: true, today: day, disk: FillingDisk(capacity: 1 << 20, failSync: true).disk)
    #expect(throws: StoreError.self) { try store.record(deposit()) }
    #expect(try fixture.read(Store.eventsFile) == Sample.events)
  }

  @Test func anEventsFileAnAppendWouldCreateIsNotLeftEmpty() throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts)
    try FileManager.default.removeItem(atPath: fixture.path + "/" + Store.eventsFile)
    let store = try Store(path: fixture.path, writable: true, today: day, disk: FillingDisk(capacity: 5).disk)
    #expect(throws: StoreError.self) { try store.record(deposit()) }
    #expect(!FileManager.default.fileExists(atPath: fixture.path + "/" + Store.eventsFile))
    let created = try fixture.open()
    try created.record(deposit())
    #expect(try fixture.read(Store.eventsFile).hasPrefix("2026-11-23 acme/jane deposit insight +3"))
  }

  @Test func aRewriteThatFailsLeavesTheRecordFileAndNoTemporaryFile() throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let listed = try files(fixture)
    let store = try Store(path: fixture.path, writable: true, today: day, disk: FillingDisk(capacity: 100).disk)
    var acme = store.ledger.accounts[0]
    acme.owner = "priya"
    #expect(throws: StoreError.self) { try store.update(acme) }
    #expect(try fixture.read(Store.accountsFile) == Sample.accounts)
    #expect(try files(fixture) == listed)
    #expect(store.ledger.accounts[0].owner == "sam")
  }

  @Test func aSameSizeRewriteWithItsTimeRestoredIsNoticed() throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let store = try fixture.open()
    let path = fixture.path + "/" + Store.accountsFile
    var info = stat()
    #expect(stat(path, &info) == 0)
    // Same length, same inode, modification time put back as `touch -r` would.
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.write(contentsOf: Data(Sample.accounts.replacingOccurrences(of: "owner:sam", with: "owner:max").utf8))
    try handle.close()
    var times = [info.st_atim, info.st_mtim]
    #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
    #expect(store.changedOnDisk)
    var acme = store.ledger.accounts[0]
    acme.tier = .b
    try store.update(acme)
    #expect(try fixture.read(Store.accountsFile).contains("owner:max"))
  }

  @Test func theStoreRefusesControlCharactersFromAnyCaller() throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let store = try fixture.open()
    #expect {
      try store.record(deposit("title\u{1b}]0;owned\u{07}"))
    } throws: { error in
      "\(error)".contains("control character (U+001B ESC)")
    }
    var acme = store.ledger.accounts[0]
    acme.name = "Acme\u{202E}proC"
    #expect(throws: StoreError.self) { try store.update(acme) }
    var jane = store.ledger.contacts[0]
    jane.personal = "\u{9b}31m"
    #expect(throws: StoreError.self) { try store.update(jane) }
    #expect(throws: StoreError.self) { try store.void(eventID: "e1", on: day, reason: "bell\u{07}") }
    #expect(try fixture.read(Store.eventsFile) == Sample.events)
    #expect(try fixture.read(Store.accountsFile) == Sample.accounts)
    #expect(try fixture.read(Store.contactsFile) == Sample.contacts)
  }

  @Test func aStoreWhoseFilesVanishKeepsWhatItHadAndSaysWhy() throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let store = try fixture.open()
    for name in [Store.accountsFile, Store.contactsFile, Store.eventsFile] {
      try FileManager.default.removeItem(atPath: fixture.path + "/" + name)
    }
    #expect(store.changedOnDisk)
    #expect(throws: StoreError.notAStore(fixture.path)) { try store.reload() }
    #expect(store.ledger.accounts.count == 2)
    #expect(throws: StoreError.self) { try store.record(deposit()) }
  }

  @Test func aFileGivenAsTheStoreIsNamedAsAFile() throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts)
    let file = fixture.path + "/" + Store.accountsFile
    #expect(throws: StoreError.notAFolder(file)) { try Store(path: file, writable: false) }
    #expect(throws: StoreError.notAFolder(file)) { try Store.create(at: file) }
    #expect(try fixture.read(Store.accountsFile) == Sample.accounts)
  }

  // MARK: Links and planted files

  @Test func aSymbolicLinkAtTheOldLockFileIsNeverWritten() throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let outside = try TemporaryStore()
    let target = outside.path + "/precious.txt"
    try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: target))
    #expect(symlink(target, fixture.path + "/.rapport.lock") == 0)
    let store = try fixture.open()
    try store.record(deposit())
    var acme = store.ledger.accounts[0]
    acme.owner = "priya"
    try store.update(acme)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me\n")
  }

  @Test func linksPlantedAtTemporaryNamesReceiveNothing() throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let outside = try TemporaryStore()
    let target = outside.path + "/precious.txt"
    try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: target))
    #expect(chmod(target, 0o644) == 0)
    // Every name an earlier version used, and a few more guesses.
    for name in [Store.accountsFile, Store.contactsFile] {
      for suffix in ["\(getpid())", "0", "XXXXXX", ""] {
        #expect(symlink(target, "\(fixture.path)/.\(name).tmp-\(suffix)") == 0)
      }
    }
    let store = try fixture.open()
    var acme = store.ledger.accounts[0]
    acme.owner = "priya"
    try store.update(acme)
    var jane = store.ledger.contacts[0]
    jane.role = "COO"
    try store.update(jane)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me\n")
    var info = stat()
    #expect(stat(target, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o644)
    #expect(try fixture.read(Store.accountsFile).contains("owner:priya"))
  }

  @Test(arguments: [Store.accountsFile, Store.contactsFile, Store.eventsFile])
  func aStoreFileThatIsASymbolicLinkIsRefusedWithAReason(name: String) throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let outside = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    try FileManager.default.removeItem(atPath: fixture.path + "/" + name)
    #expect(symlink(outside.path + "/" + name, fixture.path + "/" + name) == 0)
    #expect {
      try fixture.open()
    } throws: { error in
      "\(error)".contains("\(name): it is a symbolic link; Rapport reads and writes only regular files")
    }
    #expect(
      try outside.read(name)
        == (name == Store.eventsFile ? Sample.events : name == Store.accountsFile ? Sample.accounts : Sample.contacts))
  }

  @Test func aPipeAtAStoreFilesNameIsRefusedAndDoesNotHang() throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts)
    try FileManager.default.removeItem(atPath: fixture.path + "/" + Store.eventsFile)
    #expect(mkfifo(fixture.path + "/" + Store.eventsFile, 0o600) == 0)
    #expect {
      try fixture.open()
    } throws: { error in
      "\(error)".contains("events.txt: it is not a regular file")
    }
  }

  // MARK: The lock

  @Test func aWriteWaitsForTheWriterHoldingTheLock() throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let store = try fixture.open()
    // Another writer: holds the lock, appends, then lets go.
    final class Other: @unchecked Sendable {
      var lock: StoreLock?
      let events: String
      init(_ folder: String) throws {
        lock = try StoreLock(folder: folder)
        events = folder + "/" + Store.eventsFile
      }
      func finish() {
        usleep(100_000)
        let handle = FileHandle(forWritingAtPath: events)!
        handle.seekToEndOfFile()
        handle.write(Data("2026-11-22 kyoto deposit +1 id:fromother\n".utf8))
        handle.closeFile()
        lock = nil
      }
    }
    let other = try Other(fixture.path)
    let released = DispatchSemaphore(value: 0)
    Thread {
      other.finish()
      released.signal()
    }.start()
    let recorded = try store.record(deposit())
    released.wait()
    let lines = try fixture.read(Store.eventsFile).split(separator: "\n")
    #expect(lines.suffix(2).first == "2026-11-22 kyoto deposit +1 id:fromother")
    #expect(lines.last?.hasSuffix("id:\(recorded.id)") == true)
  }

  @Test(.enabled(if: ReadOnlyMount.available))
  func aStoreInAFolderThatCannotBeWrittenOpensReadOnly() throws {
    let fixture = try TemporaryStore(accounts: Sample.accounts, contacts: Sample.contacts, events: Sample.events)
    let mount = try ReadOnlyMount(of: fixture.path)
    let store = try Store(path: mount.path, writable: true, today: day)
    guard case .readOnly(let reason) = store.access else {
      Issue.record("a store in a read-only folder opened for writing")
      return
    }
    #expect(reason.contains("cannot be written"))
    #expect(throws: StoreError.readOnly(reason)) { try store.record(deposit()) }
    #expect(store.ledger.accounts.count == 2)
  }
}

/// A small tmpfs, to fill up for real.
final class SmallDisk {
  let path = NSTemporaryDirectory() + "rapport-small-disk-\(UUID().uuidString)"

  init(kilobytes: Int) throws {
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    guard ReadOnlyMount.run(["mount", "-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", path]) else {
      throw ReadOnlyMount.Unavailable()
    }
  }

  deinit {
    _ = ReadOnlyMount.run(["umount", path])
    try? FileManager.default.removeItem(atPath: path)
  }
}

/// A read-only view of a folder (a read-only bind mount), for the cases that permissions cannot
/// show to root; the tests that need one record an issue when the system does not allow mounts.
final class ReadOnlyMount {
  let path: String

  init(of folder: String) throws {
    path = folder + "-ro"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    guard Self.run(["mount", "--bind", folder, path]), Self.run(["mount", "-o", "remount,ro,bind", path]) else {
      _ = Self.run(["umount", path])
      throw Unavailable()
    }
  }

  deinit {
    _ = Self.run(["umount", path])
    try? FileManager.default.removeItem(atPath: path)
  }

  struct Unavailable: Error, CustomStringConvertible {
    var description: String { "mounting needs root and a system that allows it" }
  }

  /// Whether this machine lets the tests mount file systems.
  static let available: Bool =
    run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", probe()]) && run(["umount", probe()])

  private static func probe() -> String {
    let path = NSTemporaryDirectory() + "rapport-mount-probe"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static func run(_ arguments: [String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.standardError = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }
}
