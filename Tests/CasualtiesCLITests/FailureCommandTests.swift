import Foundation
import Testing

@Suite struct FailureCommandTests {
  @Test func writingIntoAClosedPipeEndsQuietly() throws {
    let folder = try Executable.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let big = folder.appendingPathComponent("big.txt")
    let line = "Five people were killed in Gaza and 12 were wounded, police said.\n"
    try Data(String(repeating: line, count: 1).utf8).write(to: big)
    // Many distinct sentences, so that the records outgrow the pipe's buffer.
    let text = (1...20_000).map { "\($0) people were killed in Gaza.\n" }.joined()
    try Data(text.utf8).write(to: big)

    let process = Process()
    process.executableURL = Executable.productsFolder.appendingPathComponent("casualties")
    process.arguments = ["extract", big.path, "--csv"]
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    _ = out.fileHandleForReading.readData(ofLength: 100)
    try out.fileHandleForReading.close()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(errors.isEmpty, "\(String(decoding: errors, as: UTF8.self))")
    #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGPIPE)
  }

  @Test func anInterruptedRunKeepsThePreviousOutputFile() throws {
    let folder = try Executable.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("claims.csv")
    try Data("previous\n".utf8).write(to: target)

    let process = Process()
    process.executableURL = Executable.productsFolder.appendingPathComponent("casualties")
    process.arguments = ["extract", "--csv", "-o", target.path]
    let input = Pipe()
    process.standardInput = input
    process.standardError = Pipe()
    try process.run()
    input.fileHandleForWriting.write(Data("Two people were killed.\n".utf8))
    // The run waits on standard input; wait until its temporary file exists
    // (its signal handlers are set by then). No time is asserted: the wait
    // ends when the file appears, and gives up only after two minutes, since
    // a debug build on a loaded machine can take more than five seconds to start.
    var started = false
    for _ in 0..<2_400 {
      started = try FileManager.default.contentsOfDirectory(atPath: folder.path).count >= 2
      if started { break }
      Thread.sleep(forTimeInterval: 0.05)
    }
    #expect(started, "the run never opened its temporary output file")
    process.interrupt()
    process.waitUntilExit()
    #expect(process.terminationStatus == 130)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["claims.csv"])
    #expect(try String(contentsOf: target, encoding: .utf8) == "previous\n")
  }

  @Test func invalidUTF8IsReadAndRecordsAreValid() throws {
    let folder = try Executable.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("latin1.txt")
    try Data([0xC9, 0x74, 0xE9, 0x20] + Array("Two people were killed in Gaza.".utf8)).write(to: file)
    let result = try Executable.run(["extract", file.path, "--jsonl"])
    #expect(result.status == 0)
    #expect(result.stdout.contains(#""start":4,"end":26"#))
    #expect(result.stdout.contains("\u{FFFD}"))
  }

  /// A file that opens but cannot be read (as root, no permission bit stops
  /// a read, so the kernel's own unreadable file stands in for one).
  @Test func anUnreadableFileIsNamedAndTheOthersStillRead() throws {
    let result = try Executable.run(["extract", "/proc/self/mem", "Data/samples/beirut-strikes-2024.txt", "--csv"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("/proc/self/mem: cannot be read: input/output error"))
    #expect(result.stdout.contains("Baalchmay"))
  }

  @Test func aFileWithoutReadPermission() throws {
    let folder = try Executable.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("secret.txt")
    try Data("Two people were killed.".utf8).write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
    let result = try Executable.run(["extract", file.path, "--csv"])
    if getuid() == 0 {
      // Root reads it anyway; the refusal path is covered by the test above.
      #expect(result.status == 0)
    } else {
      #expect(result.status == 1)
      #expect(result.stderr.contains("secret.txt: cannot be read: permission denied"))
    }
  }
}
