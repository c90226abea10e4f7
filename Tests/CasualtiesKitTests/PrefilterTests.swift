@testable import CasualtiesKit
import Foundation
import Testing

/// The prefilter is a shortcut, never a change of output.
@Suite struct PrefilterTests {
  @Test func prefilterChangesNoRecordOfAnyFixture() throws {
    let fast = try Extractor(rules: nil, categories: nil, usesPrefilter: true)
    let full = try Extractor(rules: nil, categories: nil, usesPrefilter: false)
    for fixture in try Fixture.all(in: SourceTree.fixtures) {
      let bytes = Array(try Data(contentsOf: fixture.text))
      #expect(fast.extract(utf8: bytes, doc: fixture.name).records == full.extract(utf8: bytes, doc: fixture.name).records, "\(fixture.name)")
    }
  }

  @Test func everyBundledClaimRuleNamesItsWords() throws {
    #expect(try RuleSet.bundled().prefilter != nil)
  }

  @Test func findsTriggerWordsByTheirLastContentWord() throws {
    let prefilter = try #require(try RuleSet.bundled().prefilter)
    let text = Array("Nothing here. Two remain in critical condition; KILLED, killed-in-action.".utf8)
    let hits = text.withUnsafeBufferPointer { prefilter.hits(in: $0) }
    let words = hits.map { offset in String(decoding: text[offset...].prefix { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }, as: UTF8.self) }
    #expect(words == ["condition", "KILLED", "killed"])
  }

  /// A phrase is found by its last content word that is not a common one
  /// (`common-words.txt`): "rounded up" by "rounded", so a sentence with
  /// "up" alone is not read for claims, and the claim is still found.
  @Test func passesOverCommonWords() throws {
    let prefilter = try #require(try RuleSet.bundled().prefilter)
    let text = Array("Prices went up. Police rounded up 12 protesters; gunmen gunned down two men.".utf8)
    let hits = text.withUnsafeBufferPointer { prefilter.hits(in: $0) }
    let words = hits.map { offset in String(decoding: text[offset...].prefix { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }, as: UTF8.self) }
    #expect(words == ["rounded", "gunned"])
    let records = try Extractor().extract(utf8: text, doc: "t").records
    #expect(records.map { "\($0.category.rawValue) \($0.count)" } == ["detained 12", "killed 2"])
  }
}
