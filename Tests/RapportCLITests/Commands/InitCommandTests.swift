import Foundation
import Testing

@Suite struct InitCommandTests {
  @Test func initSaysWhenTheFolderCannotBeAStore() throws {
    let home = try TemporaryHome()
    let runner = CommandRunner(home: home.path)
    let linked = home.path + "/linked"
    try FileManager.default.createDirectory(atPath: linked, withIntermediateDirectories: true)
    #expect(symlink(home.path + "/elsewhere", linked + "/events.txt") == 0)
    let refused = try runner.run(["init", linked])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("holds files Rapport cannot use"))
    #expect(refused.stderr.contains("events.txt: it is a symbolic link"))
    #expect(!FileManager.default.fileExists(atPath: home.path + "/elsewhere"))

    let broken = home.path + "/broken"
    try FileManager.default.createDirectory(atPath: broken, withIntermediateDirectories: true)
    try Data("garbage\n".utf8).write(to: URL(fileURLWithPath: broken + "/accounts.txt"))
    let damaged = try runner.run(["init", broken])
    #expect(damaged.status == 1)
    #expect(damaged.stderr.contains("already holds a store with 1 error"))

    try Data("x".utf8).write(to: URL(fileURLWithPath: home.path + "/afile"))
    let file = try runner.run(["init", home.path + "/afile"])
    #expect(file.stderr.contains("afile is a file, not a folder"))
    let listed = try runner.run(["accounts", "--store", home.path + "/afile"])
    #expect(listed.status == 1)
    #expect(listed.stderr.contains("afile is a file, not a folder"))
  }
}
