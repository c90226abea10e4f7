@testable import CasualtiesKit
import Foundation
import Testing

/// Location rules that need a capital letter skip sentences without one and
/// try no match after the last one: a shortcut, never a change of what they
/// match.
@Suite struct CapitalLetterTests {
  private func capitals(_ text: String) -> CapitalLetters {
    Array(text.utf8).withUnsafeBufferPointer { CapitalLetters(in: $0) }
  }

  @Test func findsTheLastCapitals() {
    #expect(capitals("killed in gaza").last == nil)
    #expect(capitals("").last == nil)
    let first = capitals("Killed in \"Gaza\"")
    #expect(first.last == 11 && first.lastAfterSpace == nil)
    let spaced = capitals("In Gaza and Rafah, said UN")
    #expect(spaced.last == 25 && spaced.lastAfterSpace == 24)
    #expect(capitals("killed in\tGaza").limit(for: .afterSpace) == 10)
    #expect(capitals("killed in\u{0B}Gaza").limit(for: .afterSpace) == 10)
    #expect(capitals("killed in\u{A0}Gaza").limit(for: .afterSpace) == nil)
    #expect(capitals("killed in\u{A0}Gaza").limit(for: .anywhere) == 11)
    // A Latin-1 capital in UTF-8 counts; a lowercase accented letter does not.
    #expect(capitals("Killed in Évreux").lastAfterSpace == 10)
    #expect(capitals("killed in évreux").last == nil)
  }

  @Test func rulesFindWhatTheirFullScanFindsInEveryFixtureAndExample() throws {
    let rules = try RuleSet.bundled()
    let needing = rules.rules.indices.filter { rules.rules[$0].definition.capital != nil }
    #expect(needing.count >= 6)
    var texts = try Fixture.all(in: SourceTree.fixtures).map { try Data(contentsOf: $0.text) }
    texts += rules.examples.map { Data($0.example.text.utf8) } + rules.counterexamples.map { Data($0.text.utf8) }
    // Lower-cased copies hold places the rules would find, were case ignored.
    texts += texts.map { Data(String(decoding: $0, as: UTF8.self).lowercased().utf8) }
    for text in texts {
      let document = Document(name: "test", bytes: Array(text))
      var scan = DocumentScan(rules: rules, document: document, usesPrefilter: true)
      for sentence in rules.splitter.sentences(in: document.bytes) {
        let capitals = scan.capitalLetters(in: sentence)
        for index in needing {
          let full = scan.matches(of: index, in: sentence)
          let starts = capitals.starts(for: rules.rules[index])
          let limited = starts == .nowhere ? [] : scan.matches(of: index, in: sentence, startingBy: starts.limit)
          #expect(limited == full, "\(rules.rules[index].id): \(document.text(sentence.range))")
        }
      }
    }
  }
}
