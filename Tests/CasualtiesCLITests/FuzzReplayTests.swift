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
    let result = try Executable.run(files, product: "casualties-fuzz")
    #expect(result.status == 0)
    #expect(result.stdout.contains("\(files.count) inputs replayed"))
  }
}
