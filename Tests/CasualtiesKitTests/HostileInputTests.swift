@testable import CasualtiesKit
import Foundation
import Testing

/// Text a scraper may produce, which must neither crash nor hang the engine.
/// Nothing here is timed: each test counts the engine's work (the PCRE2
/// searches it runs and the bytes they span) on an input of size n and on
/// one of size 4n, and expects about 4 times the work, as a linear engine
/// does, not 16 (speed is measured in Benchmarks/).
@Suite struct HostileInputTests {
  let rules = try! RuleSet.bundled()

  /// The work done on one input, counted by a fresh extractor (so no
  /// scratch or memo is carried over from another input).
  struct Work {
    let result: ExtractionResult
    let searches: Int
    let bytes: Int

    init(_ text: [UInt8], rules: RuleSet) {
      let extractor = try! Extractor(rules: rules)
      result = extractor.extract(utf8: text, doc: "hostile.txt")
      (searches, bytes) = extractor.work
    }
  }

  /// Extracts `make(n)` and `make(4 * n)`, expects the work to grow about
  /// fourfold (between `3` and `5` times, or by a handful of searches when
  /// there is almost none), and returns the work on the larger input.
  func scalesLinearly(_ make: (Int) -> [UInt8], n: Int, mustGrow: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) -> Work {
    let small = Work(make(n), rules: rules)
    let large = Work(make(4 * n), rules: rules)
    for (name, atN, at4N) in [("searches", small.searches, large.searches), ("bytes searched", small.bytes, large.bytes)] {
      #expect(at4N <= 5 * atN + 16, "\(name): \(atN) at n, \(at4N) at 4n: more than linear", sourceLocation: sourceLocation)
      #expect(!mustGrow || atN < 16 || at4N >= 3 * atN, "\(name): \(atN) at n, \(at4N) at 4n: the work did not grow with the input", sourceLocation: sourceLocation)
    }
    return large
  }

  // Digits and commas, or one word a megabyte long, hold no sentence the
  // prefilter lets through: no rule runs at all.
  @Test func aMegabyteOfDigitsAndCommas() {
    let seed = TestSeed.make()
    var generator = SplitMix64(seed: seed)
    let digitsAndComma = Array("0123456789,".utf8)
    let bytes = (0..<1_000_000).map { _ in generator.pick(digitsAndComma) }
    let work = scalesLinearly({ Array(bytes.prefix($0)) }, n: 250_000)
    #expect(work.result.records.isEmpty, "\(TestSeed.describe(seed))")
    #expect(work.searches == 0, "\(TestSeed.describe(seed))")
  }

  @Test func aHundredThousandKilled() {
    let result = scalesLinearly({ Array(String(repeating: "killed ", count: $0).utf8) }, n: 25_000).result
    #expect(result.records.isEmpty)
  }

  @Test func deeplyNestedParentheses() {
    let result = scalesLinearly({ Array((String(repeating: "(", count: $0) + "five people were killed" + String(repeating: ")", count: $0)).utf8) }, n: 25_000, mustGrow: false).result
    // Parentheses hold no trigger word: only the claim in the middle is searched,
    // so the work need not grow with them; it must not grow faster than they do.
    #expect(result.records.map(\.count) == [5])
  }

  @Test func aMegabyteWithoutSpaces() {
    let work = scalesLinearly({ Array(String(repeating: "killedfivepeople", count: $0).utf8) }, n: 16_384)
    #expect(work.result.records.isEmpty)
    #expect(work.searches == 0)
  }

  @Test func aMegabyteOfGluedStopsAndReferences() {
    for piece in ["said.Eight", "said.Eight&nbsp;", "&&#&#x&amp", "\u{A0}\u{200B}\u{200D}", "1\u{202F}000\u{A0}"] {
      let result = scalesLinearly({ Array(String(repeating: piece, count: $0).utf8) }, n: 250_000 / piece.utf8.count).result
      #expect(result.records.isEmpty, "\(piece)")
    }
  }

  @Test func aLongSentenceFullOfClaimsStaysLinear() {
    let result = scalesLinearly({ Array(String(repeating: "Five people were killed and 12 wounded in Gaza, ", count: $0).utf8) }, n: 500).result
    #expect(result.records.map(\.count) == [5, 12], "the repeated claims of one sentence are given once")
  }

  @Test func aRuleThatHitsTheMatchLimitBecomesAWarning() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("casualties-limit-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: SourceTree.data, to: folder)
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
