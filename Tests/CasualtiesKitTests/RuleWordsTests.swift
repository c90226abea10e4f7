@testable import CasualtiesKit
import Foundation
import Testing

/// Rules other than claim rules that name their words (`prefilter`) skip
/// sentences without one and try no match after the last one: a shortcut,
/// never a change of what they match.
@Suite struct RuleWordsTests {
  /// The texts the rules are checked on: the fixtures, every example and
  /// counterexample, and upper- and lower-cased copies of them.
  private func texts(_ rules: RuleSet) throws -> [[UInt8]] {
    var texts = try Fixture.all(in: SourceTree.fixtures).map { Array(try Data(contentsOf: $0.text)) }
    texts += rules.examples.map { Array($0.example.text.utf8) } + rules.counterexamples.map { Array($0.text.utf8) }
    let strings = texts.map { String(decoding: $0, as: UTF8.self) }
    return texts + strings.map { Array($0.lowercased().utf8) } + strings.map { Array($0.uppercased().utf8) }
  }

  /// The rules whose matches differ with the shortcut from a full scan, in `texts`.
  private func rulesMissingMatches(_ rules: RuleSet, in texts: [[UInt8]]) -> Set<String> {
    var missing: Set<String> = []
    let named = rules.rules.indices.filter { rules.ruleWords.namesWords($0) }
    for text in texts {
      let document = Document(name: "test", bytes: text)
      var scan = DocumentScan(rules: rules, document: document, usesPrefilter: true)
      for sentence in rules.splitter.sentences(in: document.bytes) {
        for index in named {
          let full = scan.matches(of: index, in: sentence)
          let starts = scan.wordStarts(of: index, in: sentence)
          let limited = starts == .nowhere ? [] : scan.matches(of: index, in: sentence, startingBy: starts.limit)
          if limited != full { missing.insert(rules.rules[index].id) }
        }
      }
    }
    return missing
  }

  @Test func rulesFindWhatTheirFullScanFindsInEveryFixtureAndExample() throws {
    let rules = try RuleSet.bundled()
    #expect(rules.rules.indices.filter { rules.ruleWords.namesWords($0) }.count >= 15)
    #expect(rules.rules.indices.allSatisfy { rules.rules[$0].role != .claim || !rules.ruleWords.namesWords($0) })
    #expect(rulesMissingMatches(rules, in: try texts(rules)).isEmpty)
  }

  @Test func aRuleNamingWordsItsMatchesLackIsCaught() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("rule-words-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: file) }
    let rule = #"{"rules": [{"id": "test.wrong-words", "role": "scope", "scope": "cumulative", "prefilter": ["peace"], "pattern": "(?<marker> fighting )"}]}"#
    try Data(rule.utf8).write(to: file)
    let rules = try RuleSet.bundled(adding: [file])
    let text = Array("Heavy fighting resumed after the peace talks. More fighting followed.".utf8)
    #expect(rulesMissingMatches(rules, in: [text]) == ["test.wrong-words"])
  }

  @Test func findsTheLastWordOfEachRule() throws {
    let rules = try RuleSet.bundled()
    let ofRule = try #require(rules.rules.firstIndex { $0.id == "location.place-noun-of" })
    let document = Document(name: "test", bytes: Array("The city of Gaza, OF all places; offside.".utf8))
    var scan = DocumentScan(rules: rules, document: document, usesPrefilter: true)
    let sentence = try #require(rules.splitter.sentences(in: document.bytes).first)
    #expect(scan.wordStarts(of: ofRule, in: sentence) == .through(18))
    let none = Document(name: "test", bytes: Array("The city offered Gaza nothing.".utf8))
    var noneScan = DocumentScan(rules: rules, document: none, usesPrefilter: true)
    #expect(noneScan.wordStarts(of: ofRule, in: try #require(rules.splitter.sentences(in: none.bytes).first)) == .nowhere)
    var fullScan = DocumentScan(rules: rules, document: none, usesPrefilter: false)
    #expect(fullScan.wordStarts(of: ofRule, in: try #require(rules.splitter.sentences(in: none.bytes).first)) == .anywhere)
  }

  @Test func narrowsToTheEarlierLimit() {
    #expect(MatchStarts.through(5).narrowed(by: .through(3)) == .through(3))
    #expect(MatchStarts.anywhere.narrowed(by: .through(3)) == .through(3))
    #expect(MatchStarts.through(5).narrowed(by: .anywhere) == .through(5))
    #expect(MatchStarts.through(5).narrowed(by: .nowhere) == .nowhere)
    #expect(MatchStarts.nowhere.narrowed(by: 4) == .nowhere)
    #expect(MatchStarts.anywhere.narrowed(by: nil) == .anywhere)
  }
}
