import Foundation
import Testing

@Suite struct EvalAndCheckCommandTests {
  @Test func evalOnTheDevSetPrintsFigures() throws {
    let result = try Executable.run(["eval", "--gold", "Data/fixtures/gold.jsonl", "Data/fixtures/seed.txt", "--verbose"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("precision"))
    #expect(result.stdout.contains("among"))
    #expect(result.stdout.contains("location"))
  }

  @Test func evalJSONAndMinF1() throws {
    let json = try Executable.run(["eval", "--gold", "Data/fixtures/gold.jsonl", "Data/fixtures/seed.txt", "--json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let overall = try #require(object?["overall"] as? [String: Any])
    let f1 = try #require(overall["f1"] as? Double)
    #expect(f1 > 0.5)
    let strict = try Executable.run(["eval", "--gold", "Data/fixtures/gold.jsonl", "Data/fixtures/seed.txt", "--min-f1", "1.0"])
    #expect(strict.status == (f1 < 1 ? 1 : 0))
    let lenient = try Executable.run(["eval", "--gold", "Data/fixtures/gold.jsonl", "Data/fixtures/seed.txt", "--min-f1", "0.1"])
    #expect(lenient.status == 0)
  }

  @Test func checkPassesThenFailsOnADifferenceThenUpdates() throws {
    let folder = try Executable.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let fixtures = Executable.packageRoot.appendingPathComponent("Data/fixtures")
    for name in ["seed.txt", "seed.expected.jsonl"] {
      try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    let clean = try Executable.run(["check", folder.path])
    #expect(clean.status == 0)
    #expect(clean.stdout.contains("1 fixtures, 0 differ"))

    // Drop one reviewed record and change another: check must name both.
    let expected = folder.appendingPathComponent("seed.expected.jsonl")
    var lines = try String(contentsOf: expected, encoding: .utf8).split(separator: "\n").map(String.init)
    lines.removeFirst()
    lines[0] = lines[0].replacingOccurrences(of: "\"scope\":\"incident\"", with: "\"scope\":\"cumulative\"")
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: expected)
    let dirty = try Executable.run(["check", folder.path])
    #expect(dirty.status == 1)
    #expect(dirty.stdout.contains("+ added:"))
    #expect(dirty.stdout.contains("scope: cumulative -> incident"))
    #expect(dirty.stdout.contains("counts: "))

    let updated = try Executable.run(["check", folder.path, "--update"])
    #expect(updated.status == 0)
    #expect(updated.stdout.contains("rewrote seed.expected.jsonl"))
    #expect(try Executable.run(["check", folder.path]).status == 0)
  }
}
