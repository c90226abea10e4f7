@testable import CasualtiesKit
import PCRE2
import Testing

/// A lexicon's factored alternation is a faster spelling of the plain one,
/// never a change of what matches.
@Suite struct PrefixAlternationTests {
  @Test func everyBundledLexiconIsFactored() throws {
    let rules = try RuleSet.bundled()
    for (name, lexicon) in rules.lexicons {
      let sorted = lexicon.phrases.sorted { $0.utf8.count != $1.utf8.count ? $0.utf8.count > $1.utf8.count : $0 < $1 }
      #expect(lexicon.alternation != lexicon.plainAlternation(of: sorted), "\(name) kept the plain alternation")
    }
  }

  @Test func factorsCommonPrefixesLongestFirst() throws {
    let units = try ["shot dead", "shelled", "shot"].map { try #require(PrefixAlternation.units(of: $0)) }
    #expect(PrefixAlternation.pattern(for: units) == #"(?:sh(?:ot(?:\s+dead|)|elled))"#)
  }

  @Test func refusesWhatItCannotProve() {
    #expect(PrefixAlternation.units(of: "two  words") == nil)
    #expect(PrefixAlternation.units(of: "café") == nil)
    #expect(PrefixAlternation.units(of: "tab\there") == nil)
    // A shorter phrase listed before a longer one it starts.
    #expect(PrefixAlternation.pattern(for: [["a"], ["a", "b"]]) == nil)
    // Case variants at a branch that reorder a chain under the caseless
    // option: "abcd", "ab" are tried before "Abcde", which was listed between.
    #expect(PrefixAlternation.pattern(for: [["a", "b", "c", "d"], ["A", "b", "c", "d", "e"], ["a", "b"]]) == nil)
    // Case variants that keep every chain in order are fine.
    #expect(PrefixAlternation.pattern(for: [["a", "b", "c"], ["A", "b"], ["a", "b"]]) != nil)
  }

  /// Every bundled lexicon, used where every rule uses it (after a letter,
  /// with and without case), finds the same matches both ways in text made
  /// of its own phrases, their prefixes and case changes.
  @Test(arguments: [false, true]) func matchesExactlyWhatThePlainAlternationMatches(caseless: Bool) throws {
    let rules = try RuleSet.bundled()
    let seed = TestSeed.make()
    var generator = SplitMix64(seed: seed)
    for (name, lexicon) in rules.lexicons.sorted(by: { $0.key < $1.key }) {
      let sorted = lexicon.phrases.sorted { $0.utf8.count != $1.utf8.count ? $0.utf8.count > $1.utf8.count : $0 < $1 }
      let options: CompileOptions = caseless ? [.caseless, .extended] : [.extended]
      // What follows the alternation decides which phrase wins, so try a
      // few continuations that make the longest phrase fail.
      for tail in ["", #"(?![\w])"#, #"\s+[a-z]"#, "s"] {
        let plain = try Pattern(lexicon.plainAlternation(of: sorted) + tail, options: options).makeMatcher()
        let factored = try Pattern(lexicon.alternation + tail, options: options).makeMatcher()
        for _ in 0..<40 {
          var text = ""
          for _ in 0..<6 {
            var phrase = sorted[Int(generator.next() % UInt64(sorted.count))]
            if generator.next() % 3 == 0 { phrase = String(phrase.prefix(Int(generator.next() % UInt64(phrase.count + 1)))) }
            if generator.next() % 3 == 0 { phrase = phrase.uppercased() }
            text += phrase + ["", " ", "  ", "s ", "-", "'s "][Int(generator.next() % 6)]
          }
          #expect(try plain.matches(in: text) == factored.matches(in: text), "\(TestSeed.describe(seed)): \(name): \(text)")
        }
      }
    }
  }
}
