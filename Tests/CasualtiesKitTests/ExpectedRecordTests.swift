import CasualtiesKit
import Foundation
import Testing

/// A rule example's expectation: fields left out are not checked, and
/// `source`, `source_type`, `location` and `country` stated `null` must be empty.
@Suite struct ExpectedRecordTests {
  static let extractor = try! Extractor()

  func expectation(_ json: String) throws -> ExpectedRecord {
    try JSONDecoder().decode(ExpectedRecord.self, from: Data(json.utf8))
  }

  @Test func nullAssertsThatNoneIsGiven() throws {
    let attributed = try #require(Self.extractor.extract(from: "Nobody was killed, police said.").first)
    let unattributed = try #require(Self.extractor.extract(from: "Nobody was killed.").first)
    let noSource = try expectation(#"{"category": "killed", "count": 0, "source": null, "source_type": null}"#)
    #expect(noSource.absent == [.source, .sourceType])
    #expect(!noSource.isSatisfied(by: attributed))
    #expect(noSource.isSatisfied(by: unattributed))
    #expect(noSource.description == "killed 0 source=null source_type=null")

    let unchecked = try expectation(#"{"category": "killed", "count": 0}"#)
    #expect(unchecked.absent.isEmpty)
    #expect(unchecked.isSatisfied(by: attributed) && unchecked.isSatisfied(by: unattributed))

    let placed = try #require(Self.extractor.extract(from: "Two people were killed in Gaza.").first)
    #expect(!(try expectation(#"{"category": "killed", "count": 2, "location": null}"#)).isSatisfied(by: placed))
    #expect(!(try expectation(#"{"category": "killed", "count": 2, "country": null}"#)).isSatisfied(by: placed))
    #expect(try expectation(#"{"category": "killed", "count": 2, "location": "Gaza", "source": null}"#).isSatisfied(by: placed))
  }

  @Test func aFieldThatIsNeverEmptyCannotBeNull() throws {
    for field in ["qualifier", "subject", "scope"] {
      #expect(throws: DecodingError.self) { try expectation(#"{"category": "killed", "count": 2, "\#(field)": null}"#) }
    }
  }

  @Test func aRulesFileWithANullQualifierIsRefusedWithItsReason() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("casualties-null-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: file) }
    try Data(#"""
      {"rules": [{"id": "custom.null", "categories": ["killed"], "pattern": "{count} \\s+ perished",
        "examples": [{"text": "Two perished.", "expect": [{"category": "killed", "count": 2, "qualifier": null}]}]}]}
      """#.utf8).write(to: file)
    let error = #expect(throws: RuleSetError.self) { try RuleSet.bundled(adding: [file]) }
    #expect(error?.reason.contains("'qualifier' is never empty in a record, so it cannot be null") == true, "\(String(describing: error))")
  }
}
