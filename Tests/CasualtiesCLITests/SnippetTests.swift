import Foundation
import Testing

/// The DocC catalog's code listings are the package's `Snippets/`: `swift
/// build` compiles them, and these tests run each and check what it prints,
/// so a listing that stops compiling or stops doing what the article says fails.
@Suite struct SnippetTests {
  /// Runs the snippet `name` (a product beside `casualties`).
  func run(_ name: String) throws -> Executable.Result {
    let binary = Executable.productsFolder.appendingPathComponent(name)
    #expect(FileManager.default.isExecutableFile(atPath: binary.path), "snippet \(name) was not built: run swift build")
    return try Executable.run([], product: name)
  }

  @Test func extractFromAString() throws {
    let result = try run("ExtractFromString")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "killed 5 exact Baalchmay\n")
  }

  @Test func extractManyDocumentsInInputOrder() throws {
    let result = try run("ExtractManyDocuments")
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.first?.hasSuffix("/a.txt [\"killed 2\"]") == true, "\(lines)")
    #expect(lines.last?.hasSuffix("/b.txt [\"displaced 4000\"]") == true, "\(lines)")
  }

  @Test func customRulesAndCategories() throws {
    let result = try run("CustomRules")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "killed 3 fishermen\n")
  }

  @Test func summarizeKeepsIncidentAndRunningTotalApart() throws {
    let result = try run("SummarizeRecords")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "Baalchmay 5 0\nLebanon 0 3000\n")
  }
}
