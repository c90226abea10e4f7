@testable import CasualtiesKit
import Foundation
import Testing

/// The number reader's byte-level string operations agree with Foundation's.
@Suite struct PlainTextTests {
  @Test func agreesWithFoundationOnRandomText() {
    let pieces = [" ", "  ", "\t", "and", " and ", " to ", "to", ",", "1", "12", "-", "–", "é", "\u{301}", "x", "\n"]
    var state: UInt64 = 9
    for _ in 0..<5_000 {
      var text = ""
      for _ in 0..<6 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        text += pieces[Int(state >> 33) % pieces.count]
      }
      for needle in [" and ", " to "] {
        #expect(PlainText.range(of: needle, in: text).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
          == text.range(of: needle).map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }, "\(text)")
      }
      #expect(Array(PlainText.trimmingSpaces(text).utf8) == Array(text.trimmingCharacters(in: .whitespaces).utf8), "\(text)")
      #expect(Array(PlainText.removingCommas(text[...]).utf8) == Array(text.replacingOccurrences(of: ",", with: "").utf8), "\(text)")
    }
  }
}
