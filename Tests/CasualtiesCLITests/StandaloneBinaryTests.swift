import Foundation
import Testing

/// The binary carries its rules, lexicons and gazetteer: copied alone onto
/// a PATH folder, away from the build folder, it still runs.
@Suite struct StandaloneBinaryTests {
  @Test func runsAloneInAnEmptyFolder() throws {
    let folder = try Executable.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = folder.appendingPathComponent("casualties")
    try FileManager.default.copyItem(at: Executable.productsFolder.appendingPathComponent("casualties"), to: copy)

    let process = Process()
    process.executableURL = copy
    process.arguments = ["extract", "--jsonl"]
    process.currentDirectoryURL = folder
    let input = Pipe()
    let out = Pipe()
    let err = Pipe()
    process.standardInput = input
    process.standardOutput = out
    process.standardError = err
    try process.run()
    input.fileHandleForWriting.write(Data("An Israeli strike killed five people in Baalchmay, Lebanon's health ministry said.\n".utf8))
    try input.fileHandleForWriting.close()
    let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()

    #expect(process.terminationStatus == 0, "stderr: \(stderr)")
    #expect(stdout.contains(#""category":"killed","count":5"#))
    #expect(stdout.contains(#""source_type":"health_ministry","location":"Baalchmay","country":"LB""#))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["casualties"])
  }

  @Test func versionNamesThePackageAndTheData() throws {
    let result = try Executable.run(["--version"])
    #expect(result.status == 0)
    let line = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(line.wholeMatch(of: /\d+\.\d+\.\d+ \(data [0-9a-f]{16}\)/) != nil, "got \(line)")
  }
}
