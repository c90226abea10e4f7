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

  @Test func aUserRuleVetoedByTheNotVictimsLexiconOrANeverACountRuleIsWarnedOncePerRun() throws {
    let folder = try Executable.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("my-rules.json")
    try Data(#"""
      {"rules": [
        {"id": "custom.slaughtered", "categories": ["killed"], "prefilter": ["slaughtered"],
         "pattern": "{count} \\s+ (?<subject> \\w+ ) \\s+ were \\s+ slaughtered"},
        {"id": "custom.drowned", "categories": ["killed"], "prefilter": ["drowned"], "pattern": "{count} \\s+ drowned"}
      ]}
      """#.utf8).write(to: file)
    let text = "Thirty sheep were slaughtered near the village. Five people were slaughtered in the market.\nThe two boys, aged 9 and 13 drowned in the river.\n"
    for name in ["a.txt", "b.txt"] { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
    let inputs = [folder.appendingPathComponent("a.txt").path, folder.appendingPathComponent("b.txt").path]

    let result = try Executable.run(["extract", "--rules", file.path, "--csv"] + inputs)
    #expect(result.status == 0, "\(result.stderr)")
    // The rule's other match still gives its record, in both documents.
    #expect(result.stdout.split(separator: "\n").filter { $0.contains(",killed,5,5,5,exact,people,") }.count == 2, "\(result.stdout)")
    let warnings = result.stderr.split(separator: "\n")
    #expect(warnings.count == 2, "\(result.stderr)")
    let sheep = warnings.filter { $0.contains("rule 'custom.slaughtered' matched, but its subject 'sheep' is in the not-victims lexicon") }
    let ages = warnings.filter { $0.contains("rule 'custom.drowned' matched, but its number lies in 'aged 9 and 13', which the never-a-count rule 'ignore.ages' holds") }
    #expect(sheep.count == 1 && ages.count == 1, "\(result.stderr)")
    #expect(sheep.first?.hasPrefix("casualties: \(inputs[0]): bytes 0-6: ") == true, "\(result.stderr)")
    #expect(warnings.allSatisfy { $0.hasSuffix("(said once per run)") }, "\(result.stderr)")

    let quiet = try Executable.run(["extract", "-q", "--rules", file.path, "--csv"] + inputs)
    #expect(quiet.status == 0)
    #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
    #expect(quiet.stdout == result.stdout)

    // The built-in rules are blocked by design: the same text without --rules warns of nothing.
    let builtIn = try Executable.run(["extract", "--csv"] + inputs)
    #expect(builtIn.status == 0)
    #expect(builtIn.stderr.isEmpty, "\(builtIn.stderr)")
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
