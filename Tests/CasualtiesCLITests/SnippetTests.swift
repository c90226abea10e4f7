import Foundation
import Testing

/// The DocC catalog's code listings are the slices of
/// `Snippets/GettingStarted.swift`: `swift build` compiles it, and this test
/// runs it and checks what each slice prints, so a listing that stops
/// compiling or stops doing what the article says fails.
@Suite struct SnippetTests {
  @Test func gettingStartedPrintsWhatTheArticleSays() throws {
    let binary = Executable.productsFolder.appendingPathComponent("GettingStarted")
    #expect(FileManager.default.isExecutableFile(atPath: binary.path), "the snippet was not built: run swift build")
    let result = try Executable.run([], product: "GettingStarted")
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 6, "\(result.stdout)")
    guard lines.count == 6 else { return }
    // Extract from a string.
    #expect(lines[0] == "killed 5 exact Baalchmay")
    // Many documents, results in input order.
    #expect(lines[1].hasSuffix("/a.txt [\"killed 2\"]"), "\(lines[1])")
    #expect(lines[2].hasSuffix("/b.txt [\"displaced 4000\"]"), "\(lines[2])")
    // A rules file added, only killed and injured kept.
    #expect(lines[3] == "killed 3 fishermen")
    // The summary keeps an incident and a running total apart.
    #expect(Array(lines[4...]) == ["Baalchmay 5 0", "Lebanon 0 3000"])
  }
}
