import Foundation
import Testing

@Suite struct EvalAndCheckCommandTests {
  /// The seed's 11 gold claims are scored: the `all` row counts them, the
  /// field agreement is over as many claims as matched, and `--verbose` lists
  /// one line for each claim missed and each field in disagreement.
  @Test func evalOnTheDevSetPrintsFigures() throws {
    let result = try Executable.run(["eval", "--gold", "Data/fixtures/gold.jsonl", "Data/fixtures/seed.txt", "--verbose"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first?.hasPrefix("category     gold  found  tp   fp   fn   precision  recall  f1") == true, "\(result.stdout)")
    let all = try #require(lines.first { $0.hasPrefix("all ") }, "\(result.stdout)").split(separator: " ")
    #expect(all[1] == "11", "the seed has 11 gold claims: \(all)")
    let (tp, fn) = (try #require(Int(all[3])), try #require(Int(all[5])))
    #expect(tp + fn == 11 && tp > 0)
    #expect(lines.contains("among \(tp) matched claims, agreement:"), "\(result.stdout)")
    #expect(lines.contains { $0.hasPrefix("  location ") && $0.hasSuffix("of \(tp))") }, "\(result.stdout)")
    // --verbose: a heading with the count of each list, and that many entries.
    let missed = lines.filter { $0.hasPrefix("  - seed.txt: ") }.count
    #expect(missed == fn)
    if fn > 0 { #expect(lines.contains("missed gold claims (\(fn)):"), "\(result.stdout)") }
    let disagreements = lines.filter { $0.hasPrefix("  ~ seed.txt: ") }.count
    #expect(lines.contains("field disagreements among matched claims (\(disagreements)):") || disagreements == 0, "\(result.stdout)")

    let quiet = try Executable.run(["eval", "--gold", "Data/fixtures/gold.jsonl", "Data/fixtures/seed.txt"])
    #expect(quiet.status == 0)
    #expect(!quiet.stdout.contains("  ~ ") && !quiet.stdout.contains("  - "), "without --verbose no list")
  }

  /// `--json` gives the figures and `--min-f1` turns them into the exit
  /// status: against a gold file with one claim the text does not make, F1
  /// is below 1, so `--min-f1 1.0` exits 1 and says why, and `--min-f1 0.5`
  /// exits 0.
  @Test func evalJSONAndMinF1() throws {
    let folder = try Executable.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let seedGold = try String(contentsOfFile: Executable.packageRoot.appendingPathComponent("Data/fixtures/gold.jsonl").path, encoding: .utf8)
      .split(separator: "\n").filter { $0.contains(#""doc": "seed.txt""#) }
    #expect(seedGold.count == 11)
    let invented = #"{"doc": "seed.txt", "category": "killed", "count": 987, "low": 987, "high": 987, "qualifier": "exact", "subject": "people", "source_type": null, "source": null, "location": null, "scope": "incident", "quote": "987 people were killed"}"#
    let gold = folder.appendingPathComponent("gold.jsonl")
    try Data((seedGold + [Substring(invented)]).joined(separator: "\n").appending("\n").utf8).write(to: gold)

    let json = try Executable.run(["eval", "--gold", gold.path, "Data/fixtures/seed.txt", "--json"])
    #expect(json.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let overall = try #require(object?["overall"] as? [String: Any])
    #expect(overall["fn"] as? Int == 1, "the invented claim is missed")
    #expect(overall["tp"] as? Int == 11)
    let f1 = try #require(overall["f1"] as? Double)
    #expect(f1 > 0.9 && f1 < 1)

    let strict = try Executable.run(["eval", "--gold", gold.path, "Data/fixtures/seed.txt", "--min-f1", "1.0"])
    #expect(strict.status == 1)
    #expect(strict.stderr.contains("is below --min-f1 1.000"))
    let lenient = try Executable.run(["eval", "--gold", gold.path, "Data/fixtures/seed.txt", "--min-f1", "0.5"])
    #expect(lenient.status == 0)
    #expect(lenient.stdout.contains("all "))
    let outOfRange = try Executable.run(["eval", "--gold", gold.path, "Data/fixtures/seed.txt", "--min-f1", "1.5"])
    #expect(outOfRange.status == 2, "a usage error")
    #expect(outOfRange.stderr.contains("--min-f1 must be between 0 and 1"))
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
