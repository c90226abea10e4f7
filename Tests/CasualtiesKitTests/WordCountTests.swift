@testable import CasualtiesKit
import Testing

/// The quick word count that lets a long speaker's name skip the
/// back-reference check must never call a one- or two-word phrase long.
@Suite struct WordCountTests {
  @Test func aTextWithMoreWordsThanTheLimitHasMoreAfterNormalizing() {
    let pieces = ["the", "ministry", " ", "  ", "\t", "\n", "\u{0B}", "\u{A0}", "officials", "Ö", "é", ",", "’s", ""]
    let seed = TestSeed.make()
    var generator = SplitMix64(seed: seed)
    for _ in 0..<5000 {
      let text = (0..<generator.int(in: 0...6)).map { _ in generator.pick(pieces) }.joined()
      let words = Lexicon.normalize(text).split(separator: " ").count
      for limit in 0...3 where !DocumentScan.wordCount(text, isAtMost: limit) {
        #expect(words > limit, "\(TestSeed.describe(seed)): \(text.debugDescription)")
      }
    }
  }

  @Test func countsRunsBetweenSpaces() {
    #expect(DocumentScan.wordCount("the ministry", isAtMost: 2))
    #expect(DocumentScan.wordCount("  officials ", isAtMost: 1))
    #expect(!DocumentScan.wordCount("the health ministry", isAtMost: 2))
    #expect(DocumentScan.wordCount("", isAtMost: 0))
  }
}
