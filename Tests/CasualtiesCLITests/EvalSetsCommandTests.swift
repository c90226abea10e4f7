import Foundation
import Testing

/// `casualties eval` on dev-set folders, and its messages about bad gold.
@Suite struct EvalSetsCommandTests {
  @Test func twoFoldersGiveEachSetAndTheirUnion() throws {
    let result = try Executable.run(["eval", "Data/fixtures", "Data/fixtures/wikinews"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("== Data/fixtures\n"))
    #expect(result.stdout.contains("== Data/fixtures/wikinews\n"))
    #expect(result.stdout.contains("== all sets\n"))
    #expect(result.stdout.contains("where the gold names a source"))
    #expect(result.stdout.contains("documents without gold claims: 34,"), "the Wikinews set's negatives are counted")
    let summary = try #require(result.stdout.components(separatedBy: "\nset ").last)
    #expect(summary.split(separator: "\n").count == 4, "a header and one line per set and the union")
  }

  @Test func jsonForSetsHasEachSetAndAll() throws {
    let result = try Executable.run(["eval", "Data/fixtures", "Data/fixtures/wikinews", "--json"])
    #expect(result.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let sets = try #require(object["sets"] as? [String: Any])
    #expect(Set(sets.keys) == ["Data/fixtures", "Data/fixtures/wikinews"])
    let all = try #require(object["all"] as? [String: Any])
    let overall = try #require(all["overall"] as? [String: Any])
    #expect((overall["tp"] as? Int ?? 0) > 300)
  }

  @Test func aDocumentWithoutGoldIsNamed() throws {
    let result = try Executable.run(["eval", "Data/fixtures/seed.txt"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("Data/fixtures/seed.txt: a document needs gold claims: add --gold FILE"))
    #expect(!result.stderr.contains("USAGE"))
  }

  @Test func aMissingGoldFileSaysSo() throws {
    let result = try Executable.run(["eval", "--gold", "no-such-gold.jsonl", "Data/fixtures/seed.txt"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("no-such-gold.jsonl: no such file"), "\(result.stderr)")
    #expect(!result.stderr.contains("USAGE"))
  }

  @Test func aBadGoldLineNamesItsLineAndField() throws {
    let folder = try Executable.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let gold = folder.appendingPathComponent("gold.jsonl")
    let good = #"{"doc":"a.txt","category":"killed","count":5,"qualifier":"exact","scope":"incident","quote":"x"}"#
    let bad = #"{"doc":"a.txt","category":"killed","qualifier":"exact","scope":"incident","quote":"x"}"#
    try (good + "\n" + bad + "\n").write(to: gold, atomically: true, encoding: .utf8)
    let result = try Executable.run(["eval", "--gold", gold.path, "Data/fixtures/seed.txt"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("gold.jsonl:2: the field \"count\" is missing"), "\(result.stderr)")
    #expect(!result.stderr.contains("CodingKeys"))
  }
}
