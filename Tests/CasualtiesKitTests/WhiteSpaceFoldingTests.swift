@testable import CasualtiesKit
import Testing

/// Folding white space on bytes gives what folding the `String` gives.
@Suite struct WhiteSpaceFoldingTests {
  static func slow(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  static func fast(_ bytes: [UInt8]) -> String? {
    bytes.withUnsafeBufferPointer { WhiteSpaceFolding.fold($0) }
  }

  @Test func foldsRunsAndTrims() {
    #expect(Self.fast(Array("  Two\t people \r\n were “killed” — é \u{0B}".utf8)) == "Two people were “killed” — é")
    #expect(Self.fast([]) == "")
  }

  @Test func leavesUnicodeSegmentationToStrings() {
    #expect(Self.fast(Array("a \u{301}b".utf8)) == nil, "a combining mark joins the space before it")
    #expect(Self.fast(Array("a\u{A0}b".utf8)) == nil, "no-break space")
    #expect(Self.fast(Array("a\u{2028}b".utf8)) == nil, "line separator")
    #expect(Self.fast([0x61, 0xFF, 0x20, 0x62]) == nil, "invalid UTF-8")
    #expect(Self.fast([0xE0, 0x80, 0xA0]) == nil, "overlong")
  }

  @Test func agreesWithStringFoldingOnRandomText() {
    let pieces: [[UInt8]] = [
      " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "a", "Z", "9", ".", "é", "—", "’", "“", "…", "€", "ʼ",
      "\u{301}", "\u{A0}", "\u{85}", "\u{2009}", "\u{200D}", "\u{600}", "ह", "\u{94D}", "日", "😀",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0x80]]
    let seed = TestSeed.make()
    var generator = SplitMix64(seed: seed)
    for _ in 0..<20_000 {
      let bytes = (0..<8).flatMap { _ in generator.pick(pieces) }
      if let fast = Self.fast(bytes) { #expect(Array(fast.utf8) == Array(Self.slow(bytes).utf8), "\(TestSeed.describe(seed)): \(bytes)") }
    }
  }
}
