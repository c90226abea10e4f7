import Foundation
import Testing

@Suite struct CustomRulesCommandTests {
  let rules = """
    {
      "lexicons": {
        "triggers-after": [["perished at sea", "killed"]],
        "sources": [["coast guard", "rescue"]]
      },
      "places": [["Tefahta", "LB", "city"]],
      "rules": [
        {"id": "custom.sailors-lost", "categories": ["missing"], "prefilter": ["lost"],
         "pattern": "{count} \\\\s+ sailors \\\\s+ (?: were \\\\s+ )? lost \\\\s+ at \\\\s+ sea"}
      ]
    }
    """

  @Test func userRulesAddTriggersSourcesPlacesAndPatterns() throws {
    let folder = try Executable.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("my-rules.json")
    try Data(rules.utf8).write(to: file)
    let text = "Twelve sailors were lost at sea, the coast guard said. Three fishermen perished at sea near Tefahta.\n"
    let result = try Executable.run(["extract", "--rules", file.path, "--csv"], stdin: text)
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[1].contains(",missing,12,12,12,exact,people,the coast guard,rescue,"))
    #expect(lines[2].contains(",killed,3,3,3,exact,fishermen,,,Tefahta,LB,"))
  }

  @Test func aBrokenRulesFileIsRefusedWithFileLineAndReason() throws {
    let folder = try Executable.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("broken.json")
    try Data("{\"rules\": [\n  {\"id\": \"x\", \"categories\": [\"killed\"],\n   \"pattern\": \"(?<count> \\\\d+\"}\n]}".utf8).write(to: file)
    let result = try Executable.run(["extract", "--rules", file.path, "--csv"], stdin: "")
    #expect(result.status == 2)
    #expect(result.stderr.contains("broken.json:2: rule 'x': PCRE2: error compiling pattern at offset"))
    #expect(result.stderr.contains("missing closing parenthesis"))

    try Data("{\"rules\": [\n  {\"id\": }\n]}".utf8).write(to: file)
    let syntax = try Executable.run(["extract", "--rules", file.path, "--csv"], stdin: "")
    #expect(syntax.status == 2)
    #expect(syntax.stderr.contains("broken.json:2: not a valid rules file"))
  }
}
