@testable import CasualtiesKit
import Foundation
import Testing

/// The number reader's byte-level string operations agree with Foundation's.
@Suite struct PlainTextTests {
  @Test func agreesWithFoundationOnRandomText() {
    let pieces = [" ", "  ", "\t", "and", " and ", " to ", "to", ",", "1", "12", "-", "–", "é", "\u{301}", "x", "\n"]
    let seed = TestSeed.make()
    var generator = SplitMix64(seed: seed)
    for _ in 0..<5_000 {
      let text = (0..<6).map { _ in generator.pick(pieces) }.joined()
      for needle in [" and ", " to "] {
        #expect(PlainText.range(of: needle, in: text).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
          == text.range(of: needle).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }, "\(TestSeed.describe(seed)): \(text)")
      }
      #expect(Array(PlainText.trimmingSpaces(text).utf8) == Array(text.trimmingCharacters(in: .whitespaces).utf8), "\(TestSeed.describe(seed)): \(text)")
      #expect(Array(PlainText.removingCommas(text[...]).utf8) == Array(text.replacingOccurrences(of: ",", with: "").utf8), "\(TestSeed.describe(seed)): \(text)")
    }
  }
}
