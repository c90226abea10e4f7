@testable import CasualtiesKit
import Foundation
import Testing

/// Broken custom rules are refused with the file, line and reason.
@Suite struct RuleSetErrorTests {
  /// A copy of the bundled data folder with one rules file replaced.
  func dataFolder(withRules json: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casualties-rules-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: SourceTree.data, to: folder)
    try Data(json.utf8).write(to: folder.appendingPathComponent("rules/90-custom.json"))
    return folder
  }

  @Test func nonASCIICharacterInAClass() throws {
    let folder = try dataFolder(withRules: """
      {
        "rules": [
          {"id": "custom.curly", "categories": ["killed"],
           "pattern": "(?<count> \\\\d+ ) [\\\\w’-]+ killed"}
        ]
      }
      """)
    defer { try? FileManager.default.removeItem(at: folder) }
    let error = #expect(throws: RuleSetError.self) { try RuleSet(directory: folder) }
    #expect(error?.rule == "custom.curly")
    #expect(error?.reason.contains("holds '’'") == true)
    #expect(RuleSet.nonASCIIInClass(#"[\w'] | ’ | [^\]é] | \[é"#) == "é")
    #expect(RuleSet.nonASCIIInClass(#"(?: [\w'] | ’ ) [\x80-\xBF] \[é\]"#) == nil)
  }

  @Test func patternThatDoesNotCompile() throws {
    let folder = try dataFolder(withRules: """
      {
        "rules": [
          {"id": "custom.broken", "categories": ["killed"],
           "pattern": "(?<count> \\\\d+ killed"}
        ]
      }
      """)
    defer { try? FileManager.default.removeItem(at: folder) }
    let error = #expect(throws: RuleSetError.self) { try RuleSet(directory: folder) }
    #expect(error?.file == "90-custom.json")
    #expect(error?.line == 3)
    #expect(error?.rule == "custom.broken")
    #expect(error?.reason.contains("missing closing parenthesis") == true)
  }

  @Test func invalidJSON() throws {
    let folder = try dataFolder(withRules: "{\n  \"rules\": [\n    {\"id\": }\n]}")
    defer { try? FileManager.default.removeItem(at: folder) }
    let error = #expect(throws: RuleSetError.self) { try RuleSet(directory: folder) }
    #expect(error?.file.hasSuffix("90-custom.json") == true)
    #expect(error?.line == 3)
    #expect(error?.description.contains("not a valid rules file") == true)
  }

  @Test func unknownFragment() throws {
    let folder = try dataFolder(withRules: #"{"rules": [{"id": "custom.x", "categories": ["killed"], "pattern": "{nope} (?<count>\\d+)"}]}"#)
    defer { try? FileManager.default.removeItem(at: folder) }
    let error = #expect(throws: RuleSetError.self) { try RuleSet(directory: folder) }
    #expect(error?.reason == "unknown fragment '{nope}'")
  }

  @Test func claimRuleWithoutCount() throws {
    let folder = try dataFolder(withRules: #"{"rules": [{"id": "custom.y", "categories": ["killed"], "pattern": "killed"}]}"#)
    defer { try? FileManager.default.removeItem(at: folder) }
    let error = #expect(throws: RuleSetError.self) { try RuleSet(directory: folder) }
    #expect(error?.reason.contains("(?<count>") == true)
  }

  @Test func validCustomRuleIsUsed() throws {
    let folder = try dataFolder(withRules: #"{"rules": [{"id": "custom.sunk", "categories": ["missing"], "pattern": "{count} \\s+ sailors \\s+ lost \\s+ at \\s+ sea"}]}"#)
    defer { try? FileManager.default.removeItem(at: folder) }
    let extractor = try Extractor(rules: RuleSet(directory: folder))
    let records = extractor.extract(from: "Twelve sailors lost at sea.")
    #expect(records.map(\.category) == [.missing])
    #expect(records.map(\.count) == [12])
  }
}
