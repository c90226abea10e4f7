import Foundation
import Testing

/// Replays the fuzz seeds and every input a fuzzer ever crashed on through
/// the same checks the fuzz targets make.
@Suite struct FuzzReplayTests {
  @Test func seedsAndRegressionsPassTheFuzzChecks() throws {
    let root = Executable.packageRoot.appendingPathComponent("Fuzz")
    let files = try ["seeds", "regressions"].flatMap { folder in
      try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
        .filter { $0 != "README.md" }
        .map { root.appendingPathComponent(folder).appendingPathComponent($0).path }
    }
    #expect(files.count >= 5)
    let process = Process()
    process.executableURL = Executable.productsFolder.appendingPathComponent("casualties-fuzz")
    process.arguments = files
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(text.contains("\(files.count) inputs replayed"))
  }
}
