import CasualtiesData
import CasualtiesKit
import Foundation
import Testing

/// Text a scraper may produce, which must neither crash nor hang the engine.
/// The time bounds are hang guards far above the real cost, not speed tests
/// (speed is measured in Benchmarks/).
@Suite struct HostileInputTests {
  let extractor = try! Extractor()

  func finishes(_ text: [UInt8], within seconds: Double) -> (ExtractionResult, Bool) {
    let start = Date()
    let result = extractor.extract(utf8: text, doc: "hostile.txt")
    return (result, Date().timeIntervalSince(start) < seconds)
  }

  @Test func aMegabyteOfDigitsAndCommas() {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<1_000_000).map { _ in Array("0123456789,".utf8).randomElement(using: &generator)! }
    let (result, inTime) = finishes(bytes, within: 60)
    #expect(inTime)
    #expect(result.records.isEmpty)
  }

  @Test func aHundredThousandKilled() {
    let (result, inTime) = finishes(Array(String(repeating: "killed ", count: 100_000).utf8), within: 60)
    #expect(inTime)
    #expect(result.records.isEmpty)
  }

  @Test func deeplyNestedParentheses() {
    let text = String(repeating: "(", count: 100_000) + "five people were killed" + String(repeating: ")", count: 100_000)
    let (result, inTime) = finishes(Array(text.utf8), within: 60)
    #expect(inTime)
    #expect(result.records.map(\.count) == [5])
  }

  @Test func aMegabyteWithoutSpaces() {
    let (result, inTime) = finishes(Array(String(repeating: "killedfivepeople", count: 65_536).utf8), within: 60)
    #expect(inTime)
    #expect(result.records.isEmpty)
  }

  @Test func aMegabyteOfGluedStopsAndReferences() {
    for piece in ["said.Eight", "said.Eight&nbsp;", "&&#&#x&amp", "\u{A0}\u{200B}\u{200D}", "1\u{202F}000\u{A0}"] {
      let (result, inTime) = finishes(Array(String(repeating: piece, count: 1_000_000 / piece.utf8.count).utf8), within: 60)
      #expect(inTime, "\(piece)")
      #expect(result.records.isEmpty, "\(piece)")
    }
  }

  @Test func aLongSentenceFullOfClaimsStaysLinear() {
    let text = String(repeating: "Five people were killed and 12 wounded in Gaza, ", count: 4_000)
    let (result, inTime) = finishes(Array(text.utf8), within: 60)
    #expect(inTime)
    #expect(result.records.map(\.count) == [5, 12], "the repeated claims of one sentence are given once")
  }

  @Test func aRuleThatHitsTheMatchLimitBecomesAWarning() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casualties-limit-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: BundledData.directory, to: folder)
    defer { try? FileManager.default.removeItem(at: folder) }
    // A catastrophic pattern: nested quantifiers that cannot match.
    try Data(#"{"rules": [{"id": "custom.catastrophic", "categories": ["killed"], "pattern": "(?<count> (?: \\d+ )+ )+ \\s* pigs"}]}"#.utf8)
      .write(to: folder.appendingPathComponent("rules/90-custom.json"))
    let extractor = try Extractor(rules: RuleSet(directory: folder))
    let text = "Two people were killed. " + String(repeating: "1", count: 40) + " cows."
    let result = extractor.extract(utf8: Array(text.utf8), doc: "slow.txt")
    #expect(result.records.map(\.count) == [2], "the other rules still ran")
    let warning = try #require(result.warnings.first)
    #expect(warning.rule == "custom.catastrophic")
    #expect(warning.doc == "slow.txt")
    #expect(warning.description.contains("match limit"))
  }
}
