@testable import CasualtiesKit
import Foundation
import Testing

/// The byte reading of a speaker's words gives what the `Character`
/// reading gives.
@Suite struct SpeakerWordsTests {
  @Test func readsRandomTextAsCharactersDo() {
    let pieces = ["the", "Ministry", "of", " ", "  ", "\t", "\r\n", "\n", "\r", "\u{0B}", "\u{0C}", "(", ")", ",", ".", "'", "\"",
                  "-", "$", "+", "@", "_", "~", "é", "É", "İ", "ß", "’s", "—", "“", "”", "…", "⁄", "‰", "€", "\u{A0}", "\u{301}",
                  "\u{2028}", "\u{202F}", "\u{85}", "Ω", "AP", "4"]
    let seed = TestSeed.make()
    var generator = SplitMix64(seed: seed)
    for _ in 0..<20_000 {
      let text = (0..<generator.int(in: 0...8)).map { _ in generator.pick(pieces) }.joined()
      #expect(SpeakerWords.words(of: text) == SpeakerWords.wordsByCharacter(of: text), "\(TestSeed.describe(seed)): \(text.debugDescription)")
    }
  }

  @Test func readsEveryASCIICharacterAsCharactersDo() {
    for byte in UInt8(0)..<128 {
      let text = "a\(Character(Unicode.Scalar(byte)))b \(Character(Unicode.Scalar(byte)))c\(Character(Unicode.Scalar(byte)))"
      #expect(SpeakerWords.words(of: text) == SpeakerWords.wordsByCharacter(of: text), "\(byte)")
    }
  }

  @Test func readsTheFixturesAsCharactersDo() throws {
    for fixture in try Fixture.all(in: SourceTree.fixtures) {
      let text = try String(contentsOf: fixture.text, encoding: .utf8)
      for line in text.split(separator: "\n") {
        #expect(SpeakerWords.words(of: String(line)) == SpeakerWords.wordsByCharacter(of: String(line)))
      }
    }
  }
}
